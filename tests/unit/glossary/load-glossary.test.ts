import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../../src/course/load-course';
import { CourseContentError } from '../../../src/course/problem';

const fixture = (name: string) => join(__dirname, '../../fixtures/course', name);

describe('the glossary loader', () => {
  test('names the file, the entry (id and line), the field, what was expected and what was found', () => {
    let message = '';
    try {
      loadCourse(fixture('glossary-bad'));
    } catch (err) {
      if (!(err instanceof CourseContentError)) throw err;
      message = err.message;
    }
    expect(message).toMatchInlineSnapshot(`
      "Isolation Lab: 7 problems in the course content:
        - glossary/glossary.yaml › cgroup (line 19).definition: expected at least 20 characters, found "Too short". Hint: write one sentence that defines the term.
        - glossary/glossary.yaml › cgroup (line 19).definition: expected a sentence ending with a full stop, found "Too short".
        - glossary/glossary.yaml › cgroup (line 19): expected only known fields, found unknown field "seeAlso". Hint: check the spelling against the README’s “Glossary” section.
        - glossary/glossary.yaml › process (line 6).lessons.1: expected a lesson that uses "process" (or one of its forms), found "two", which never does. Hint: list only lessons that teach the term.
        - glossary/glossary.yaml › kernel (line 10).id: expected an id used once, found "kernel" again. Hint: it is also entry 1.
        - glossary/glossary.yaml › kernel (line 10).lessons.0: expected a lesson that uses "core" (or one of its forms), found "one", which never does. Hint: list only lessons that teach the term.
        - glossary/glossary.yaml › os-core (line 14).aka: expected forms no other entry uses, found "Kernel", already a form of "kernel". Hint: a word can link to one entry only."
    `);
  });

  test('the real course: at least 80 terms, each taught in a lesson that uses it', () => {
    const course = loadCourse(process.cwd());
    expect(course.glossary.length).toBeGreaterThanOrEqual(80);
    const ids = new Set(course.lessons.map((l) => l.id));
    for (const e of course.glossary) for (const l of e.lessons) expect(ids).toContain(l);
  });

  test('a course without a glossary file loads, with no entries', () => {
    expect(loadCourse(fixture('valid')).glossary).toEqual([]);
  });
});
