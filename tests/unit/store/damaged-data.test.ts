// Saved progress that is damaged in one field at a time: each bad entry is dropped and counted in the notice,
// each good one kept as written. Also: which storage errors count as "full", and that a failure is told once.
import { describe, expect, test } from 'vitest';
import { decodeProgress } from '../../../src/engines/store/decode';
import { createProgressStore, PROGRESS_KEY } from '../../../src/engines/store/progress-store';
import { memoryBackend } from '../../../src/engines/store/backends';
import { CURRENT_VERSION } from '../../../src/engines/store/types';
import { fakeBackend, fakeClock } from './fake-backend';

const T0 = '2025-01-01T00:00:00.000Z';
const SCORE = { score: 1, maxScore: 2, percent: 50, passed: false, at: T0 };
const recovered = (n: number) =>
  `Part of your saved progress could not be read (${n} entr${n === 1 ? 'y' : 'ies'}) and was dropped; the rest was kept.`;

/** Decodes a record of the current version made of `parts` (missing sections default to empty). */
function decodeCurrent(parts: Record<string, unknown>, text?: string) {
  const raw = text ?? JSON.stringify({ version: CURRENT_VERSION, lessons: {}, quizzes: {}, exercises: {}, ...parts });
  return decodeProgress(raw, () => T0);
}

describe('damaged entries are dropped one by one, and counted', () => {
  test.each([
    ['a lesson visit that is not a date', { lessons: { a: { visitedAt: 'yesterday' } } }],
    ['a lesson that is not an object', { lessons: { a: 'yes' } }],
    ['a lesson visit that is a number, not a date string', { lessons: { a: { visitedAt: 2025 } } }],
    ['an exercise that is not an object', { exercises: { e: true } }],
    ['an exercise done at no date', { exercises: { e: { doneAt: 'soon' } } }],
    ['a quiz with no attempt list', { quizzes: { q: { attemptCount: 1 } } }],
    ['a quiz that is a number', { quizzes: { q: 3 } }],
    [
      'a best score whose score is text',
      { quizzes: { q: { attempts: [], attemptCount: 1, best: { ...SCORE, score: '1' } } } },
    ],
    [
      'a best score whose passed is text',
      { quizzes: { q: { attempts: [], attemptCount: 1, best: { ...SCORE, passed: 'no' } } } },
    ],
    [
      'an attempt with answers but no score',
      { quizzes: { q: { attempts: [{ answers: { q1: 'a' }, at: T0 }], attemptCount: 1 } } },
    ],
    [
      'an attempt whose answers are not an object',
      { quizzes: { q: { attempts: [{ ...SCORE, answers: 'a' }], attemptCount: 1 } } },
    ],
    ['a section that is not an object', { lessons: 'all of them' }],
  ])('%s', (_what, parts) => {
    const d = decodeCurrent(parts);
    expect(d.problem).toEqual({ code: 'recovered', message: recovered(1) });
    expect(d.changed).toBe(true);
    expect(Object.keys(d.progress.lessons)).toEqual([]);
    expect(Object.keys(d.progress.exercises)).toEqual([]);
  });

  test('a score of 1e999 (JSON for Infinity) is not a score', () => {
    const raw = `{"version":${CURRENT_VERSION},"lessons":{},"exercises":{},"quizzes":{"q":{"attempts":[],"attemptCount":1,"best":{"score":1e999,"maxScore":2,"percent":50,"passed":false,"at":"${T0}"}}}}`;
    const d = decodeCurrent({}, raw);
    expect(d.problem?.message).toBe(recovered(1));
    expect(d.progress.quizzes.q).toEqual({ attempts: [], attemptCount: 1 });
  });

  test('a missing section is not damage', () => {
    expect(decodeProgress(JSON.stringify({ version: CURRENT_VERSION }), () => T0)).toEqual({
      progress: { version: CURRENT_VERSION, lessons: {}, quizzes: {}, exercises: {} },
      changed: false,
    });
  });

  test('good entries come back exactly, answers included', () => {
    const progress = {
      version: CURRENT_VERSION,
      lessons: { a: { visitedAt: T0 } },
      quizzes: { q: { attempts: [{ ...SCORE, answers: { q1: 'b' } }, SCORE], attemptCount: 2, best: SCORE } },
      exercises: { e: { doneAt: T0 } },
    };
    expect(decodeCurrent(progress)).toEqual({ progress, changed: false });
  });
});

describe('older versions with damage', () => {
  test('v1: ids that are not text are skipped; a best score that is not a number is dropped and reported', () => {
    const v1 = {
      version: 1,
      visited: ['a', 7, null],
      completed: 'b',
      quizScores: { good: { best: 80, passed: true }, bad: { best: 'high', passed: true } },
      exercisesDone: ['e', {}],
    };
    const d = decodeProgress(JSON.stringify(v1), () => T0);
    expect(d.progress).toEqual({
      version: CURRENT_VERSION,
      lessons: { a: { visitedAt: T0 } },
      quizzes: {
        // The pass is kept; only the unreadable best score is dropped.
        bad: { attempts: [], attemptCount: 1, passedAt: T0 },
        good: {
          attempts: [],
          attemptCount: 1,
          best: { score: 80, maxScore: 100, percent: 80, passed: true, at: T0 },
          passedAt: T0,
        },
      },
      exercises: { e: { doneAt: T0 } },
    });
    expect(d.problem?.message).toBe(recovered(1));
  });

  test('v2: a section that is text is one damaged entry, not one per character', () => {
    const v2 = { version: 2, lessons: 'abc', quizzes: {}, exercises: {} };
    expect(decodeProgress(JSON.stringify(v2), () => T0).problem?.message).toBe(recovered(1));
  });
});

describe('storage errors', () => {
  const named = (name: string, code?: number) => Object.assign(new Error('x'), { name, ...(code && { code }) });
  test.each([
    ['QuotaExceededError', 'quota-exceeded', named('QuotaExceededError')],
    ["Firefox's NS_ERROR_DOM_QUOTA_REACHED", 'quota-exceeded', named('NS_ERROR_DOM_QUOTA_REACHED')],
    ['legacy code 22', 'quota-exceeded', named('Error', 22)],
    ['legacy code 1014', 'quota-exceeded', named('Error', 1014)],
    ['another error', 'unavailable', named('SecurityError', 18)],
    ['not an Error at all', 'unavailable', 'denied'],
  ])('%s on write is told as %s, once', (_what, code, err) => {
    const fake = fakeBackend();
    fake.faults.set = () => err as Error;
    const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
    store.markLessonVisited('a');
    store.markLessonVisited('b');
    expect(store.notices().map((n) => n.code)).toEqual([code]);
    expect(store.isPersistent()).toBe(false);
  });

  test('once storage failed, a reload of corrupt data is not backed up into it, and the notice says so', () => {
    const fake = fakeBackend({ [PROGRESS_KEY]: '{' });
    const err = new Error('denied');
    fake.faults.get = err;
    const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
    // Storage failed on the first read: the store starts empty, in memory, and says so once.
    expect(store.notices().map((n) => n.code)).toEqual(['unavailable']);
    store.applyExternalChange('not json');
    expect(store.snapshot().lessons).toEqual({});
    expect(fake.entries()).toEqual({ [PROGRESS_KEY]: '{' });
  });

  test('another tab’s damaged write is adopted as it decodes, without a second backup or notice', () => {
    const fake = fakeBackend();
    const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
    store.applyExternalChange(JSON.stringify({ version: CURRENT_VERSION, lessons: { a: { visitedAt: T0 }, b: 1 } }));
    expect(store.snapshot().lessons).toEqual({ a: { visitedAt: T0 } });
    expect(store.notices()).toEqual([]);
    expect(Object.keys(fake.entries())).toEqual([]);
  });

  test('the memory backend forgets a removed key', () => {
    const b = memoryBackend({ k: 'v' });
    expect(b.get('k')).toBe('v');
    b.remove('k');
    expect(b.get('k')).toBeNull();
    expect(b.entries()).toEqual({});
  });
});

describe('versions and the key', () => {
  test.each([
    ['a version that is text', { version: '3', lessons: {} }],
    ['a version that is not whole', { version: 2.5 }],
    ['version 0', { version: 0 }],
  ])('%s is foreign data', (_what, data) => {
    expect(decodeProgress(JSON.stringify(data), () => T0)).toEqual({
      progress: { version: CURRENT_VERSION, lessons: {}, quizzes: {}, exercises: {} },
      changed: true,
      problem: {
        code: 'foreign',
        message: 'The saved progress was in a format this course does not recognise, so it has been reset.',
      },
    });
  });

  test('a newer version is read as far as possible, told, and written back as this version', () => {
    const fake = fakeBackend({ [PROGRESS_KEY]: JSON.stringify({ version: 9, lessons: { a: { visitedAt: T0 } } }) });
    const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
    expect(store.snapshot().lessons).toEqual({ a: { visitedAt: T0 } });
    expect(store.notices()[0]?.message).toMatch(
      /^Your saved progress was written by a newer version of the course; everything this version can read was kept\. A copy/,
    );
    expect(JSON.parse(fake.entries()[PROGRESS_KEY] ?? '').version).toBe(CURRENT_VERSION);
  });

  test('invalid JSON is replaced by empty progress in storage (after the backup)', () => {
    const fake = fakeBackend({ [PROGRESS_KEY]: 'not json' });
    createProgressStore({ backend: fake.backend, now: fakeClock() });
    expect(JSON.parse(fake.entries()[PROGRESS_KEY] ?? '')).toEqual({
      version: CURRENT_VERSION,
      lessons: {},
      quizzes: {},
      exercises: {},
    });
  });

  test('progress lives under one key that existing browsers already use', () => {
    expect(PROGRESS_KEY).toBe('isolation-lab:progress');
  });

  test('the notice for storage that refuses writes', () => {
    const fake = fakeBackend();
    fake.faults.set = () => new Error('denied');
    const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
    store.markLessonVisited('a');
    expect(store.notices()).toEqual([
      {
        code: 'unavailable',
        message: 'This browser does not allow saving progress here, so it is kept only until you close this page.',
      },
    ]);
  });
});

describe('what the store answers', () => {
  test('an equal score does not replace the best one (the earlier stays)', () => {
    const store = createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
    store.recordAttempt('q', { score: 1, maxScore: 2, percent: 50, passed: false, at: T0 });
    store.recordAttempt('q', { score: 1, maxScore: 2, percent: 50, passed: false, at: '2025-03-01T00:00:00.000Z' });
    expect(store.bestScore('q')?.at).toBe(T0);
  });

  test('a lesson never visited is not marked done; an exercise is stamped once', () => {
    const store = createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
    expect(store.isLessonMarkedDone('never')).toBe(false);
    store.markExerciseDone('e');
    const first = store.snapshot().exercises.e;
    store.markExerciseDone('e');
    expect(store.snapshot().exercises.e).toBe(first);
  });
});
