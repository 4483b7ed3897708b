import { loadCourse } from './load-course';
import type { Course } from './model';

const loaded = new Map<string, Course>();

/**
 * The checked course for pages and components. A production build reads and validates the content once and
 * shares it across every page; the dev server reads it afresh each time, so an author's edit shows at once.
 */
export function courseForBuild(root = process.cwd()): Course {
  if (!import.meta.env?.PROD) return loadCourse(root);
  let course = loaded.get(root);
  if (!course) loaded.set(root, (course = loadCourse(root)));
  return course;
}
