import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourse } from '../../src/course/load-course';
import { formatMinutes } from '../../src/course/syllabus';

// What the course holds, read from its content as the build reads it, so that page texts which count lessons or
// minutes are checked against the course itself instead of numbers copied into the tests.
const course = loadCourse(process.cwd());

/** Lessons in course order. */
export const LESSONS = course.lessons.map((l) => ({ id: l.id, title: l.data.title, minutes: l.data.minutes }));
/** How many modules and lessons the course has. */
export const MODULE_COUNT = course.modules.length;
export const LESSON_COUNT = LESSONS.length;
/** Minutes of all lessons together, and the same as the pages print it ("4 h 30 min"). */
export const TOTAL_MINUTES = LESSONS.reduce((sum, l) => sum + l.minutes, 0);
export { formatMinutes };
/** How many lessons have a quiz. */
export const QUIZ_COUNT = course.lessons.filter((l) => l.data.quiz).length;
/** "N of M lessons done" as the sidebar, My progress and the record print it. */
export const lessonsDone = (n: number) => `${n} of ${LESSON_COUNT} lessons done`;
/** Lessons done as a whole percentage, rounded down (as My progress prints it). */
export const percentDone = (n: number) => Math.floor((100 * n) / LESSON_COUNT);
/** How many labs the course has (lessons/labs/*.yaml; every one is used by a lesson, as the unit tests check). */
export const LAB_COUNT = readdirSync(join(process.cwd(), 'lessons/labs')).filter((f) => f.endsWith('.yaml')).length;
