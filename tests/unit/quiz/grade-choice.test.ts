import { describe, expect, test } from 'vitest';
import { gradeQuestion } from '../../../src/engines/quiz/grade';
import { makeQuestion, option } from './questions';

const NOT_ANSWERED = [{ id: 'answer', correct: false, feedback: 'Not answered.' }];

describe('SingleChoice (all or nothing)', () => {
  const q = makeQuestion('SingleChoice', { options: [option('a', false), option('b', true), option('c', false)] });

  test('the right option earns full marks and its feedback', () => {
    expect(gradeQuestion(q, 'b')).toEqual({
      questionId: 'q',
      score: 1,
      maxScore: 1,
      correct: true,
      answered: true,
      parts: [{ id: 'b', correct: true, feedback: 'about b', expected: 'b', given: 'b' }],
    });
  });

  test('a wrong option earns 0 and shows that option’s feedback', () => {
    const g = gradeQuestion(q, 'c');
    expect([g.score, g.correct, g.parts[0]?.feedback, g.parts[0]?.expected]).toEqual([0, false, 'about c', 'b']);
  });

  test('an id that is not an option earns 0 and says so', () => {
    expect(gradeQuestion(q, 'z').parts).toEqual([
      { id: 'answer', correct: false, feedback: '"z" is not one of the options.', expected: 'b', given: 'z' },
    ]);
  });

  test.each([undefined, null, '', '   ', 42, ['b']])('%j counts as not answered', (answer) => {
    const g = gradeQuestion(q, answer);
    expect([g.score, g.answered, g.parts]).toEqual([0, false, NOT_ANSWERED]);
  });

  test('points scale the score', () => {
    expect(gradeQuestion({ ...q, points: 3 }, 'b')).toMatchObject({ score: 3, maxScore: 3 });
  });
});

describe('MultipleChoice (+1/k per right pick, −1/k per wrong pick, floor 0)', () => {
  // k = 2 correct options (a, b) of 4.
  const q = makeQuestion('MultipleChoice', {
    points: 2,
    options: [option('a', true), option('b', true), option('c', false), option('d', false)],
  });
  const score = (answer: unknown) => gradeQuestion(q, answer).score;

  test('exactly the right options earn full marks', () => {
    const g = gradeQuestion(q, ['b', 'a']);
    expect([g.score, g.correct]).toEqual([2, true]);
    expect(g.parts.map((p) => [p.id, p.correct, p.given])).toEqual([
      ['a', true, 'selected'],
      ['b', true, 'selected'],
      ['c', true, 'not selected'],
      ['d', true, 'not selected'],
    ]);
  });

  test('partial credit follows the documented rule', () => {
    expect(score(['a'])).toBe(1); // 1/2 of 2 points
    expect(score(['a', 'c'])).toBe(0); // (1 − 1) / 2
    expect(score(['a', 'b', 'c'])).toBe(1); // (2 − 1) / 2
    expect(score(['c'])).toBe(0); // floored at 0, not negative
  });

  test('selecting every option does not pay', () => {
    expect(score(['a', 'b', 'c', 'd'])).toBe(0);
  });

  test('a duplicate choice counts once', () => {
    expect(score(['a', 'a'])).toBe(1);
    expect(score(['c', 'a', 'b', 'c'])).toBe(1);
  });

  test('ids that are not options are ignored', () => {
    expect(score(['a', 'b', 'zzz'])).toBe(2);
  });

  test('missed and wrongly picked options carry their feedback', () => {
    const parts = gradeQuestion(q, ['a', 'c']).parts;
    expect(parts.filter((p) => !p.correct).map((p) => [p.id, p.feedback, p.expected, p.given])).toEqual([
      ['b', 'about b', 'selected', 'not selected'],
      ['c', 'about c', 'not selected', 'selected'],
    ]);
  });

  test.each([[], [''], 'a', { a: true }])('%j counts as not answered', (answer) => {
    expect(gradeQuestion(q, answer)).toMatchObject({ score: 0, answered: false, parts: NOT_ANSWERED });
  });
});

describe('TrueFalse', () => {
  const q = makeQuestion('TrueFalse', {
    answer: false,
    feedbackTrue: 'No: VMs have a kernel.',
    feedbackFalse: 'Right.',
  });

  test('the right value earns full marks with its feedback', () => {
    expect(gradeQuestion(q, false)).toMatchObject({
      score: 1,
      correct: true,
      parts: [{ feedback: 'Right.', expected: 'false', given: 'false' }],
    });
  });

  test('the wrong value earns 0 with the feedback for what was chosen', () => {
    expect(gradeQuestion(q, true)).toMatchObject({
      score: 0,
      correct: false,
      parts: [{ feedback: 'No: VMs have a kernel.' }],
    });
  });

  test('a string is not a boolean answer', () => {
    expect(gradeQuestion(q, 'false').answered).toBe(false);
  });
});
