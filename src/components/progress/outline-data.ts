import type { CourseOutline } from '../../engines/progress/index';
import { withBase } from '../../course/paths';

/** What a page hands its progress views: the course outline and the site's base path. */
export interface OutlineData {
  outline: CourseOutline;
  base: string;
}

/** Reads the `<script type="application/json" class="il-outline">` inside `root` (written by OutlineScript.astro). */
export function readOutline(root: Element): OutlineData {
  return JSON.parse(root.querySelector('script.il-outline')?.textContent ?? 'null') as OutlineData;
}

/** Site-relative links for the views: a lesson, a quiz page, the progress page. */
export const links = (base: string) => ({
  lesson: (id: string) => withBase(base, `lessons/${id}/`),
  quiz: (id: string) => withBase(base, `quizzes/${id}/`),
  progress: () => withBase(base, 'progress/'),
});
