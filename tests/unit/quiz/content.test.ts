import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadCourse } from '../../../src/course/load-course';
import { selfTestQuestion } from '../../../src/engines/quiz/answer-key';
import type { Quiz } from '../../../src/schemas/quiz';

const ROOT = join(import.meta.dirname, '../../..');
const quizFiles = existsSync(join(ROOT, 'quizzes'))
  ? readdirSync(join(ROOT, 'quizzes')).filter((f) => /^[^_.].*\.ya?ml$/.test(f))
  : [];

// The content self-test: every real quiz's answer key earns full marks, and every wrong option less.
test('every quiz in quizzes/ is graded right by its own answer key', () => {
  const course = loadCourse(ROOT);
  expect(quizFiles.length).toBeGreaterThan(0);
  expect(course.quizzes).toHaveLength(quizFiles.length);
  for (const record of course.quizzes) {
    const quiz: Quiz = record.data;
    expect(quiz.questions.flatMap((q) => selfTestQuestion(q).map((f) => `${record.file} › ${f}`))).toEqual([]);
  }
});
