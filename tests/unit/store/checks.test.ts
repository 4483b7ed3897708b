// Quick checks keep the last answer per question, apart from quiz scores; damaged entries go the way of any other.
import { describe, expect, test } from 'vitest';
import { decodeProgress } from '../../../src/engines/store/decode';
import { createProgressStore } from '../../../src/engines/store/progress-store';
import { CURRENT_VERSION } from '../../../src/engines/store/types';
import { fakeBackend, fakeClock } from './fake-backend';

const T0 = '2025-01-01T00:00:00.000Z';
const decode = (checks: unknown) =>
  decodeProgress(
    JSON.stringify({ version: CURRENT_VERSION, lessons: {}, quizzes: {}, exercises: {}, checks }),
    () => T0,
  );

describe('quick checks in the progress store', () => {
  test('keeps only the last answer to each check, and scores no quiz', () => {
    const { backend } = fakeBackend();
    const store = createProgressStore({ backend, now: fakeClock() });
    store.recordCheck('why-isolate-checks', 'q1', { answer: 'a', correct: false });
    store.recordCheck('why-isolate-checks', 'q1', { answer: 'b', correct: true });
    store.recordCheck('why-isolate-checks', 'q2', { answer: true, correct: false });
    expect(store.lastCheck('why-isolate-checks', 'q1')).toEqual({
      answer: 'b',
      correct: true,
      at: '2025-01-01T00:01:00.000Z',
    });
    expect(store.lastCheck('why-isolate-checks', 'q3')).toBeUndefined();
    expect(store.lastCheck('other-checks', 'q1')).toBeUndefined();
    expect(store.snapshot().quizzes).toEqual({});
    // A reload reads them back.
    const again = createProgressStore({ backend, now: fakeClock() });
    expect(again.lastCheck('why-isolate-checks', 'q2')).toEqual({
      answer: true,
      correct: false,
      at: '2025-01-01T00:02:00.000Z',
    });
    again.reset();
    expect(again.lastCheck('why-isolate-checks', 'q2')).toBeUndefined();
  });

  test('a record without checks reads as none answered, and is not rewritten', () => {
    const d = decodeProgress(
      JSON.stringify({ version: CURRENT_VERSION, lessons: {}, quizzes: {}, exercises: {} }),
      () => T0,
    );
    expect(d).toEqual({
      progress: { version: CURRENT_VERSION, lessons: {}, quizzes: {}, exercises: {} },
      changed: false,
    });
  });

  test('good checks come back exactly', () => {
    const checks = {
      c: { q1: { answer: ['a', 'b'], correct: true, at: T0 }, q2: { answer: 'x', correct: false, at: T0 } },
    };
    expect(decode(checks)).toMatchObject({ progress: { checks }, changed: false });
  });

  test.each([
    ['a check with no date', { c: { q1: { answer: 'a', correct: true } } }],
    ['a check whose verdict is text', { c: { q1: { answer: 'a', correct: 'yes', at: T0 } } }],
    ['a check with no answer', { c: { q1: { correct: true, at: T0 } } }],
    ['a check quiz that is a list', { c: [] }],
    ['a checks section that is text', 'all'],
  ])('%s is dropped and counted as one entry', (_what, checks) => {
    const d = decode(checks);
    expect(d.problem?.code).toBe('recovered');
    expect(d.problem?.message).toContain('(1 entry)');
    expect(d.progress.checks).toBeUndefined();
  });
});
