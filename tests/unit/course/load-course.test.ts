import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../../src/course/load-course';
import { CourseContentError } from '../../../src/course/problem';
import { buildSidebar } from '../../../src/course/sidebar';
import { buildSyllabus, formatMinutes } from '../../../src/course/syllabus';

const fixture = (name: string) => join(__dirname, '../../fixtures/course', name);

/** Loads a broken fixture and returns the author-facing message it fails with. */
function failureOf(name: string): string {
  try {
    loadCourse(fixture(name));
  } catch (err) {
    if (err instanceof CourseContentError) return err.message;
    throw err;
  }
  throw new Error(`fixture ${name} loaded without problems`);
}

describe('loadCourse on a valid course', () => {
  const course = loadCourse(fixture('valid'));

  test('orders modules and lessons, with ids from file names', () => {
    expect(course.modules.map((m) => [m.id, m.lessons.map((l) => l.id)])).toEqual([
      ['basics', ['one', 'two']],
      ['more', ['three']],
    ]);
  });

  test('builds a sidebar grouped by module with stable lesson slugs, marked for the progress ticks', () => {
    expect(buildSidebar(course)).toEqual([
      {
        label: '1. Basics',
        items: [
          { slug: 'lessons/one', label: 'Lesson 1', attrs: { 'data-lesson': 'one', 'data-quiz': 'basics-quiz' } },
          { slug: 'lessons/two', label: 'Lesson 2', attrs: { 'data-lesson': 'two' } },
        ],
      },
      { label: '2. More', items: [{ slug: 'lessons/three', label: 'Lesson 1', attrs: { 'data-lesson': 'three' } }] },
      { label: 'Teacher pack', link: '/teach/' },
    ]);
  });

  test('sums course time for the syllabus', () => {
    const s = buildSyllabus(course);
    expect(s.totalMinutes).toBe(30);
    expect(s.firstLessonId).toBe('one');
    expect(s.modules.map((m) => m.minutes)).toEqual([20, 10]);
    expect(formatMinutes(95)).toBe('1 h 35 min');
    expect(formatMinutes(40)).toBe('40 min');
    expect(formatMinutes(120)).toBe('2 h');
  });
});

describe('broken fixtures fail with a message naming file, field, expected and found', () => {
  test.each([
    [
      'missing-field',
      'lessons/01-basics/01-one.mdx › minutes: expected a number, found nothing (the field is missing). Hint: add `minutes`.',
    ],
    ['wrong-type', 'lessons/01-basics/01-one.mdx › minutes: expected a number, found "ten".'],
    [
      'unknown-quiz',
      'lessons/01-basics/01-one.mdx › quiz: expected the id of a quiz in quizzes/ [], found "no-such-quiz". Hint: create quizzes/no-such-quiz.yaml or fix the id.',
    ],
    [
      'prerequisite-cycle',
      'lessons/01-basics/01-one.mdx › prerequisites: expected prerequisites that form no cycle, found the cycle one → three → two → one. Hint: a lesson cannot (even indirectly) require itself; remove one link.',
    ],
    [
      'duplicate-order',
      'lessons/01-basics/02-two.mdx › order: expected an order unique within module "basics", found 1, also used by lessons/01-basics/01-one.mdx. Hint: give each lesson in a module its own order number.',
    ],
    [
      'duplicate-objective',
      'lessons/01-basics/02-two.mdx › objectives.0.id: expected an objective id unique across the course, found "one-a", also used in lessons/01-basics/01-one.mdx. Hint: prefix objective ids with a short lesson name, e.g. "kernel-syscalls".',
    ],
    [
      'unknown-prerequisite',
      'lessons/01-basics/01-one.mdx › prerequisites.0: expected the id of an existing lesson [one], found "kernels".',
    ],
    [
      'unknown-module',
      'lessons/01-basics/01-one.mdx › module: expected one of the modules in lessons/modules.yaml [basics, more], found "networking". Hint: add the module to lessons/modules.yaml or fix the spelling.',
    ],
    [
      'bad-yaml',
      'lessons/01-basics/01-one.mdx › line 7: expected valid YAML, found "Flow sequence in block collection must be sufficiently indented and end with a ]".',
    ],
    [
      'quiz-id-mismatch',
      'quizzes/basics.yaml › id: expected "basics" (the file name), found "basics-quiz". Hint: name each quiz file after its id.',
    ],
    [
      'unknown-field',
      'lessons/01-basics/01-one.mdx: expected only known fields, found unknown field "estimatedTime". Hint: check the spelling against the README’s “Writing a lesson” section.',
    ],
  ])('%s', (name, expected) => {
    const message = failureOf(name);
    expect(message).toContain(expected);
    expect(message).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('lab scenarios are validated at build time', () => {
  test('a scenario with a goal part lacking its description and no hints fails the build', () => {
    expect(failureOf('bad-scenario')).toMatchInlineSnapshot(`
      "Isolation Lab: 2 problems in the course content:
        - lessons/labs/broken-lab.yaml › goal.0.description: expected a string, found nothing (the field is missing). Hint: add \`description\`.
        - lessons/labs/broken-lab.yaml › hints: expected at least 1 item, found a list of 0."
    `);
  });
});

describe('teacher-pack fields in a lesson are checked like the rest', () => {
  test('a too-short discussion question and a misconception with a misspelt field fail the build', () => {
    expect(failureOf('bad-teaching')).toMatchInlineSnapshot(`
      "Isolation Lab: 3 problems in the course content:
        - lessons/01-basics/01-one.mdx › discussion.0: expected at least 10 characters, found "Why?". Hint: expected an open question for the class to discuss
        - lessons/01-basics/01-one.mdx › misconceptions.0.correction: expected a string, found nothing (the field is missing). Hint: add \`correction\`.
        - lessons/01-basics/01-one.mdx › misconceptions.0: expected only known fields, found unknown field "fix". Hint: check the spelling against the README’s “Writing a lesson” section."
    `);
  });
});
