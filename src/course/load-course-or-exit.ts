import { loadCourse } from './load-course';
import type { Course } from './model';
import { CourseContentError } from './problem';

/** For astro.config: loads the course or prints the authors' problem list and exits 1 (no stack trace). */
export function loadCourseOrExit(root: string): Course {
  try {
    return loadCourse(root);
  } catch (err) {
    if (!(err instanceof CourseContentError)) throw err;
    process.stderr.write(`\n${err.message}\n\n`);
    process.exit(1);
  }
}
