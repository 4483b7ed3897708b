import { describe, expect, test } from 'vitest';
import { answerState, confirmSubmitText, openQuestions } from '../../../src/engines/quiz/answer-state';
import { makeQuestion, option } from './questions';

const single = makeQuestion('SingleChoice', { id: 's', options: [option('a', true), option('b', false)] });
const matching = makeQuestion('Matching', {
  id: 'm',
  pairs: [
    { id: 'x', left: 'X', right: 'x' },
    { id: 'y', left: 'Y', right: 'y' },
  ],
  distractors: [],
});
const categorize = makeQuestion('Categorize', {
  id: 'c',
  buckets: [
    { id: 'vm', label: 'VM' },
    { id: 'ct', label: 'Container' },
  ],
  items: [
    { id: 'i1', text: 'one', bucket: 'vm' },
    { id: 'i2', text: 'two', bucket: 'ct' },
  ],
});
const lab = makeQuestion('TerminalTask', { id: 't', scenario: 'lab', scoring: 'proportional' });
const goal = (...met: boolean[]) => ({
  done: met.every(Boolean),
  parts: met.map((m) => ({ description: 'p', met: m })),
});

describe('answerState', () => {
  test('nothing readable is unanswered, for every shape', () => {
    for (const empty of [undefined, '', [], {}, null])
      expect([answerState(single, empty), answerState(matching, empty), answerState(lab, empty)]).toEqual([
        'unanswered',
        'unanswered',
        'unanswered',
      ]);
  });

  test('a chosen option is a complete answer', () => {
    expect(answerState(single, 'b')).toBe('complete');
  });

  test('rows left on "Choose…" make a matching or sorting question partly answered', () => {
    expect(answerState(matching, { x: 'y' })).toBe('partial');
    expect(answerState(matching, { x: 'y', y: 'x' })).toBe('complete');
    expect(answerState(categorize, { i2: 'vm' })).toBe('partial');
    expect(answerState(categorize, { i1: 'vm', i2: 'vm' })).toBe('complete');
  });

  test('a lab counts by its goal: none met, some met, reached', () => {
    expect(answerState(lab, goal(false, false))).toBe('unanswered');
    expect(answerState(lab, goal(true, false))).toBe('partial');
    expect(answerState(lab, goal(true, true))).toBe('complete');
  });
});

describe('submitting with open questions', () => {
  test('lists the unanswered and the partly answered questions of an attempt', () => {
    expect(openQuestions([single, matching, categorize, lab], { s: 'a', m: { x: 'x' }, t: goal(false) })).toEqual({
      unanswered: ['c', 't'],
      partial: ['m'],
    });
  });

  test('asks "N questions are unanswered. Submit anyway?", in the singular for one', () => {
    expect(confirmSubmitText({ unanswered: ['a', 'b', 'c'], partial: [] })).toBe(
      '3 questions are unanswered. Submit anyway?',
    );
    expect(confirmSubmitText({ unanswered: ['a'], partial: [] })).toBe('1 question is unanswered. Submit anyway?');
    expect(confirmSubmitText({ unanswered: [], partial: ['a', 'b'] })).toBe(
      '2 questions are only partly answered. Submit anyway?',
    );
    expect(confirmSubmitText({ unanswered: ['a', 'b'], partial: ['c'] })).toBe(
      '2 questions are unanswered and 1 is only partly answered. Submit anyway?',
    );
  });

  test('asks nothing when every question is answered', () => {
    expect(confirmSubmitText({ unanswered: [], partial: [] })).toBeUndefined();
  });
});
