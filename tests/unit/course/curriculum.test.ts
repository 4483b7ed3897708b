import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkItemRules,
  longestKeyShare,
  MAX_LONGEST_KEY_SHARE,
  TRUE_SHARE_RANGE,
  trueStatementShare,
} from '../../../src/course/item-rules';
import { loadCourse } from '../../../src/course/load-course';
import { courseQuizzes } from '../../../src/course/quiz-source';

// The course's own standards for every lesson, checked on the real content (not fixtures).
const ROOT = join(import.meta.dirname, '../../..');
const course = loadCourse(ROOT);
const quizzes = new Map(course.quizzes.map((q) => [q.id, q.data]));

describe.each(course.lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  const body = readFileSync(join(ROOT, lesson.file), 'utf8');
  const quiz = lesson.data.quiz ? quizzes.get(lesson.data.quiz) : undefined;

  test('has a practice quiz of 8–12 questions using at least 4 question types', () => {
    expect(quiz?.mode).toBe('practice');
    expect(quiz!.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz!.questions.length).toBeLessThanOrEqual(12);
    expect(new Set(quiz!.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
  });

  test('assesses every objective at least twice, and only its own objectives', () => {
    const counts = Object.fromEntries(lesson.data.objectives.map((o) => [o.id, 0]));
    for (const q of quiz!.questions)
      for (const id of q.objectives) {
        expect(Object.keys(counts), `${q.id} assesses another lesson's objective`).toContain(id);
        counts[id]! += 1;
      }
    for (const [id, n] of Object.entries(counts)) expect(n, `objective ${id}`).toBeGreaterThanOrEqual(2);
  });

  test('has 2–3 quick checks on its own objectives, each placed in its text', () => {
    const checks = lesson.data.checks ? quizzes.get(lesson.data.checks) : undefined;
    expect(checks?.mode, `checks: ${lesson.data.checks}`).toBe('check');
    expect(checks!.questions.length).toBeGreaterThanOrEqual(2);
    expect(checks!.questions.length).toBeLessThanOrEqual(3);
    const own = lesson.data.objectives.map((o) => o.id);
    for (const q of checks!.questions) {
      expect(own, `${q.id} checks another lesson's objective`).toEqual(expect.arrayContaining(q.objectives));
      expect(body).toContain(`<QuickCheck quiz="${checks!.id}" question="${q.id}" />`);
    }
  });

  test('has a diagram with a text description, and a Sources section', () => {
    expect(body).toMatch(/```mermaid[\s\S]*?accDescr/);
    expect(body).toMatch(/^## Sources$/m);
  });

  test('links to other pages are relative, so the course works under a sub-path (BASE_PATH)', () => {
    expect(body.match(/\]\(\/[^)]*\)/g) ?? []).toEqual([]);
  });

  test('a lesson with a lab has a terminal task in its quiz', () => {
    const labs = [...body.matchAll(/<Terminal scenario="([a-z0-9-]+)"/g)].map((m) => m[1]);
    const tasks = quiz!.questions.filter((q) => q.type === 'TerminalTask');
    expect(tasks.length > 0).toBe(labs.length > 0);
  });
});

describe('quiz items test reasoning, not test-taking tricks', () => {
  test.each(course.quizzes.map((q) => [q.id, q] as const))(
    '%s: no absolute-word distractors, no key much longer than the rest, correct feedback gives the reason',
    (_id, quiz) => {
      expect(checkItemRules(quiz.data).map((f) => `${f.question} (${f.rule}): ${f.message}`)).toEqual([]);
    },
  );

  test('course-wide, at most a third of single-choice keys are the longest option', () => {
    const { longest, total } = longestKeyShare(course.quizzes.map((q) => q.data));
    expect(total).toBeGreaterThan(0);
    expect(longest / total).toBeLessThanOrEqual(MAX_LONGEST_KEY_SHARE);
  });

  test('course-wide, between a third and two thirds of true/false statements are true', () => {
    const share = trueStatementShare(course.quizzes.map((q) => q.data));
    expect(share.total).toBeGreaterThan(0);
    expect(share.true / share.total).toBeGreaterThanOrEqual(TRUE_SHARE_RANGE[0]);
    expect(share.true / share.total).toBeLessThanOrEqual(TRUE_SHARE_RANGE[1]);
  });
});

describe('the final exam (issue 11)', () => {
  const exam = courseQuizzes(ROOT).find((q) => q.final);
  const lessonQuizzes = course.lessons.flatMap((l) => (l.data.quiz ? [l.data.quiz] : []));

  test('draws at least 30 questions from a bank of at least 120, with a pass mark of 80 %', () => {
    expect(exam?.mode).toBe('exam');
    expect(exam!.draw).toBeGreaterThanOrEqual(30);
    expect(exam!.questions.length).toBeGreaterThanOrEqual(120);
    expect(exam!.passMark).toBe(80);
  });

  test("its bank is every lesson quiz's questions but their terminal tasks, by itself (no hand-kept list)", () => {
    const expected = course.quizzes
      .filter((q) => lessonQuizzes.includes(q.id))
      .flatMap((q) => q.data.questions.filter((x) => x.type !== 'TerminalTask').map((x) => x.id))
      .sort();
    expect(exam!.questions.map((q) => q.id).sort()).toEqual(expected);
  });

  test('every module is in the bank, so every attempt examines each in proportion', () => {
    const modules = new Set(Object.values(exam!.groups ?? {}));
    expect([...modules].sort()).toEqual(course.modules.map((m) => m.id).sort());
  });
});
