import type { Course } from './model';

/** Starlight sidebar groups, one a module, lessons in course order (prev/next follow it). */
export function buildSidebar(course: Course) {
  return course.modules
    .filter((m) => m.lessons.length > 0)
    .map((m, i) => ({
      label: `${i + 1}. ${m.title}`,
      items: m.lessons.map((l) => ({ slug: `lessons/${l.id}`, label: l.data.title })),
    }));
}
