// What a learner sees for a lab question (graded from the simulator's checkGoal result), and a few
// grading edges of Ordering and Numeric that the per-type tests leave open.
import { describe, expect, test } from 'vitest';
import { gradeQuestion } from '../../../src/engines/quiz/grade';
import { findUnit, formatNumber, parseQuantity } from '../../../src/engines/quiz/units';
import { makeQuestion } from './questions';

const lab = (scoring: 'proportional' | 'all-or-nothing') =>
  makeQuestion('TerminalTask', { id: 't', points: 3, scenario: 'lab', scoring });
const part = (description: string, met: boolean, detail?: string) => ({ description, met, ...(detail && { detail }) });

describe('TerminalTask: graded from checkGoal, never by re-running', () => {
  test('done earns full marks, with one part per goal part', () => {
    const g = gradeQuestion(lab('proportional'), { done: true, parts: [part('a', true), part('b', true)] });
    expect(g).toMatchObject({ score: 3, maxScore: 3, correct: true, answered: true });
    expect(g.parts).toEqual([
      { id: 'goal-0', correct: true, feedback: 'a' },
      { id: 'goal-1', correct: true, feedback: 'b' },
    ]);
  });

  test('proportional: met / total, capped below full while not done; the reason follows the description', () => {
    const one = gradeQuestion(lab('proportional'), {
      done: false,
      parts: [part('a', true), part('b', false, 'web is running'), part('c', false)],
    });
    expect(one).toMatchObject({ score: 1, correct: false });
    expect(one.parts[1]).toEqual({ id: 'goal-1', correct: false, feedback: 'b (web is running)' });
    const all = gradeQuestion(lab('proportional'), { done: false, parts: [part('a', true), part('b', true)] });
    expect(all.score).toBe(1.5); // (2 − 1) / 2 of 3 points: only a finished task earns full marks
  });

  test('all-or-nothing earns nothing until done', () => {
    expect(
      gradeQuestion(lab('all-or-nothing'), { done: false, parts: [part('a', true), part('b', false)] }).score,
    ).toBe(0);
    expect(gradeQuestion(lab('all-or-nothing'), { done: true, parts: [part('a', true)] }).score).toBe(3);
  });

  test('a goal with no parts: one part saying whether the task is done', () => {
    expect(gradeQuestion(lab('proportional'), { done: false, parts: [] })).toMatchObject({
      score: 0,
      parts: [{ id: 'answer', correct: false, feedback: 'Task not done yet.' }],
    });
    expect(gradeQuestion(lab('proportional'), { done: true, parts: [] })).toMatchObject({
      score: 3,
      parts: [{ id: 'answer', correct: true, feedback: 'Task done.' }],
    });
  });

  test.each([
    ['a part that is null', { done: true, parts: [null] }],
    ['a part that is text', { done: true, parts: ['a'] }],
    ['a part whose met is not a boolean', { done: true, parts: [{ description: 'a', met: 'yes' }] }],
    ['a part with no description', { done: true, parts: [{ met: true }] }],
    ['done that is not a boolean', { done: 'true', parts: [] }],
    ['no parts list', { done: true }],
  ])('misshapen (%s): not answered, nothing earned', (_what, answer) => {
    expect(gradeQuestion(lab('proportional'), answer)).toMatchObject({
      score: 0,
      answered: false,
      parts: [{ id: 'answer', correct: false, feedback: 'Not answered.' }],
    });
  });
});

describe('Ordering feedback', () => {
  const q = makeQuestion('Ordering', { points: 1, items: ['a', 'b', 'c'].map((id) => ({ id, text: id })) });

  test('the first position is a placed position', () => {
    expect(gradeQuestion(q, ['a', 'b', 'c']).parts[0]).toEqual({
      id: 'a',
      correct: true,
      feedback: 'In the right order.',
      expected: 'position 1',
      given: 'position 1',
    });
    expect(gradeQuestion(q, ['b', 'c']).parts[0]).toMatchObject({ feedback: 'Not placed.', given: 'not placed' });
  });

  test('when two runs are as long, the one placed first is kept', () => {
    const parts = gradeQuestion(q, ['c', 'b', 'a']).parts;
    expect(parts.map((p) => [p.id, p.feedback])).toEqual([
      ['a', 'Out of order: move this one.'],
      ['b', 'Out of order: move this one.'],
      ['c', 'In the right order.'],
    ]);
  });
});

describe('Numeric feedback names the expected value, its unit and tolerance, and echoes the answer', () => {
  test('a percentage tolerance, an answer in the unit', () => {
    const q = makeQuestion('Numeric', { points: 1, value: 64, unit: 'MiB', tolerance: '5%' });
    expect(gradeQuestion(q, ' 66 MiB ').parts).toEqual([
      { id: 'answer', correct: true, feedback: 'Correct.', expected: '64 MiB ± 5%', given: '66 MiB' },
    ]);
    expect(gradeQuestion(q, '70 MiB').parts[0]).toMatchObject({
      correct: false,
      feedback: 'Not the value we expected.',
    });
  });

  test('an absolute tolerance and a plain number', () => {
    const q = makeQuestion('Numeric', { points: 1, value: 10, tolerance: 0.5 });
    expect(gradeQuestion(q, 10.4).parts).toEqual([
      { id: 'answer', correct: true, feedback: 'Correct.', expected: '10 ± 0.5', given: '10.4' },
    ]);
    expect(gradeQuestion(q, 'ten').parts[0]).toMatchObject({
      correct: false,
      feedback: 'Enter a number.',
      given: 'ten',
    });
  });
});

describe('one-part answers are reported under the part id "answer"', () => {
  test('TrueFalse, ShortAnswer, SingleChoice', () => {
    const tf = makeQuestion('TrueFalse', { answer: true, feedbackTrue: 'Yes.', feedbackFalse: 'No.' });
    expect(gradeQuestion(tf, true).parts).toEqual([
      { id: 'answer', correct: true, feedback: 'Yes.', expected: 'true', given: 'true' },
    ]);
    const sa = makeQuestion('ShortAnswer', {
      accept: ['cgroups'],
      patterns: [],
      caseSensitive: false,
      normalizeUnits: false,
    });
    expect(gradeQuestion(sa, ' cgroups ').parts).toEqual([
      { id: 'answer', correct: true, feedback: 'Correct.', expected: 'cgroups', given: 'cgroups' },
    ]);
  });

  test('an unanswered question is not correct and is listed as missed', () => {
    const tf = makeQuestion('TrueFalse', { id: 'tf', answer: true, feedbackTrue: 'Yes.', feedbackFalse: 'No.' });
    expect(gradeQuestion(tf, undefined)).toMatchObject({ correct: false, answered: false, score: 0 });
  });
});

describe('numbers as learners type them (parseQuantity, formatNumber, findUnit)', () => {
  test.each([
    ['1,234.5 MB', 1234.5, 'MB'],
    ['-1,000', -1000, ''],
    ['+12,345,678', 12345678, ''],
    ['1,5 GiB', 1.5, 'GiB'],
    ['1,000.25', 1000.25, ''],
    ['.5', 0.5, ''],
    ['1e3 ms', 1000, 'ms'],
    ['2E-3', 0.002, ''],
    ['  64   MiB  ', 64, 'MiB'],
  ])('%s reads as %s %s', (text, value, unitText) => {
    expect(parseQuantity(text)).toEqual({ value, unitText });
  });

  test('text before the number is not a number', () => {
    expect(parseQuantity('about 5')).toBeUndefined();
    expect(parseQuantity('1.2.3')).toBeUndefined();
  });

  test('tiny values keep 4 significant digits; others 4 decimals without float noise', () => {
    expect(formatNumber(0.0001234)).toBe('0.0001234');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(64)).toBe('64');
  });

  test('a unit spelling is matched without surrounding spaces or case', () => {
    expect(findUnit(' mib ')?.symbol).toBe('MiB');
  });
});
