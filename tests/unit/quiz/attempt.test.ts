import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assembleFinal, drawQuestions, shuffleOptions, startAttempt } from '../../../src/engines/quiz/attempt';
import { answerKey } from '../../../src/engines/quiz/answer-key';
import { gradeQuiz, missedIds } from '../../../src/engines/quiz/grade';
import { mulberry32, shuffle } from '../../../src/engines/quiz/random';
import type { Quiz } from '../../../src/schemas/quiz';
import { validFixture } from './fixtures';

const quiz = validFixture('valid-all-types');
const ids = (qs: ReadonlyArray<{ id: string }>) => qs.map((q) => q.id);

describe('seeded randomness', () => {
  test('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  test('shuffle returns a permutation, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer()), fc.integer(), (items, seed) => {
        const once = shuffle(items, seed);
        expect(once).toEqual(shuffle(items, seed));
        expect([...once].sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe('drawQuestions', () => {
  test('without draw: every question, in the author’s order', () => {
    expect(ids(drawQuestions(quiz, 1))).toEqual(ids(quiz.questions));
  });

  test('with draw: N distinct questions, stable for a seed, varying across seeds', () => {
    const drawn = (seed: number) => ids(drawQuestions({ ...quiz, draw: 4 }, seed));
    expect(drawn(7)).toHaveLength(4);
    expect(new Set(drawn(7)).size).toBe(4);
    expect(drawn(7)).toEqual(drawn(7));
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => drawn(seed).join()));
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe('shuffleOptions', () => {
  const [single, multiple, , ordering, matching, categorize, short] = quiz.questions;

  test('gives the ids of what the view shows, same seed same order', () => {
    expect([...shuffleOptions(single!, 3)].sort()).toEqual(['four', 'one', 'three']);
    expect(shuffleOptions(multiple!, 3)).toEqual(shuffleOptions(multiple!, 3));
    expect([...shuffleOptions(matching!, 3)].sort()).toEqual(['kernel-version', 'net', 'pid', 'uts']);
    expect([...shuffleOptions(categorize!, 3)].sort()).toEqual(['guest-kernel', 'shares-kernel', 'virtual-disk']);
    expect(shuffleOptions(short!, 3)).toEqual([]);
  });

  test('different seeds give different orders', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffleOptions(multiple!, seed).join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  test('questions in one attempt are shuffled independently', () => {
    const twin = { ...multiple!, id: 'namespace-kinds-again' };
    const differs = Array.from(
      { length: 10 },
      (_, seed) => shuffleOptions(twin, seed).join() !== shuffleOptions(multiple!, seed).join(),
    );
    expect(differs).toContain(true);
  });

  test('an Ordering question is never shown already solved', () => {
    const solved = ids((ordering as Extract<typeof ordering, { type: 'Ordering' }>).items).join();
    for (let seed = 0; seed < 200; seed++) expect(shuffleOptions(ordering!, seed).join()).not.toBe(solved);
  });
});

describe('startAttempt and gradeQuiz', () => {
  const fullMarks = Object.fromEntries(quiz.questions.map((q) => [q.id, answerKey(q)]));

  test('an attempt carries the questions and a display order for each', () => {
    const attempt = startAttempt({ ...quiz, draw: 3 }, { seed: 99 });
    expect(attempt).toMatchObject({ quizId: 'valid-all-types', seed: 99, passMark: 75, mode: 'practice' });
    expect(attempt.questions).toHaveLength(3);
    expect(Object.keys(attempt.order)).toEqual(ids(attempt.questions));
    expect(startAttempt({ ...quiz, draw: 3 }, { seed: 99 })).toEqual(attempt);
  });

  test('the answer key passes with 100%', () => {
    const grade = gradeQuiz(startAttempt(quiz, { seed: 1 }), fullMarks);
    expect([grade.score, grade.maxScore, grade.percent, grade.passed]).toEqual([10, 10, 100, true]);
    expect(missedIds(grade)).toEqual([]);
  });

  test('score, percent and pass mark; missed questions can be retried', () => {
    const answers = { ...fullMarks, 'namespace-kinds': ['pid'], 'vm-own-kernel': false, 'boot-time': '1 s' };
    const grade = gradeQuiz(quiz, answers);
    // 10 points; namespace-kinds earns 1/3 of 2, vm-own-kernel and boot-time earn 0.
    expect(grade.score).toBe(6.6667);
    expect(grade.percent).toBe(66.7);
    expect(grade.passed).toBe(false);
    expect(missedIds(grade)).toEqual(['namespace-kinds', 'vm-own-kernel', 'boot-time']);

    const retry = startAttempt(quiz, { seed: 2, onlyIds: missedIds(grade) });
    expect(ids(retry.questions)).toEqual(['namespace-kinds', 'vm-own-kernel', 'boot-time']);
    expect(gradeQuiz(retry, fullMarks)).toMatchObject({ score: 4, maxScore: 4, percent: 100, passed: true });
  });

  test('passing is measured against the pass mark, inclusive', () => {
    // The first three questions are worth 1 + 2 + 1 points; missing the last one scores 3 / 4 = 75 %.
    const threeQuestions = { passMark: 75, questions: quiz.questions.slice(0, 3) };
    const answers = { ...fullMarks, 'vm-own-kernel': false };
    expect(gradeQuiz(threeQuestions, answers)).toMatchObject({ score: 3, maxScore: 4, percent: 75, passed: true });
    expect(gradeQuiz({ ...threeQuestions, passMark: 76 }, answers).passed).toBe(false);
  });

  test('an empty attempt does not pass', () => {
    expect(gradeQuiz({ passMark: 0, questions: [] }, {})).toMatchObject({
      score: 0,
      maxScore: 0,
      percent: 0,
      passed: false,
    });
  });
});

describe('assembleFinal', () => {
  test('a final exam’s bank is its own questions, then each `from` quiz’s, less its terminal tasks', () => {
    const final: Quiz = {
      id: 'final',
      title: 'Final',
      passMark: 80,
      mode: 'exam',
      final: true,
      from: ['valid-all-types'],
      draw: 5,
      questions: [],
    };
    const bank = assembleFinal(final, [quiz]);
    expect(quiz.questions.some((q) => q.type === 'TerminalTask')).toBe(true);
    expect(ids(bank.questions)).toEqual(ids(quiz.questions.filter((q) => q.type !== 'TerminalTask')));
    expect(startAttempt(bank, { seed: 5 }).questions).toHaveLength(5);
  });
});
