import { describe, expect, test } from 'vitest';
import { decodeProgress } from '../../../src/engines/store/decode';
import { migrateV1toV2, migrateV2toV3, migrateV3toV4, type ProgressV1 } from '../../../src/engines/store/migrate';
import { createProgressStore, PROGRESS_KEY } from '../../../src/engines/store/progress-store';
import { fakeBackend, fakeClock, quotaError } from './fake-backend';

const T0 = '2025-01-01T00:00:00.000Z';
const BACKUP = `${PROGRESS_KEY}:backup:${T0}`;

/** A store opened over `raw` as the saved value, with the clock at T0. */
function openWith(raw: string) {
  const fake = fakeBackend({ [PROGRESS_KEY]: raw });
  const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
  return { store, entries: fake.entries };
}

describe('migration', () => {
  const v1: ProgressV1 = {
    version: 1,
    visited: ['why-isolate', 'kernels'],
    completed: ['why-isolate'],
    quizScores: { 'why-isolate': { best: 90, passed: true }, kernels: { best: 40, passed: false } },
    exercisesDone: ['first-container'],
  };

  test('v1 → v2 keeps every fact, stamped with the migration time', () => {
    expect(migrateV1toV2({ ...v1 }, T0)).toEqual({
      version: 2,
      lessons: { 'why-isolate': { visitedAt: T0, completedAt: T0 }, kernels: { visitedAt: T0 } },
      quizzes: {
        'why-isolate': {
          attempts: [],
          best: { score: 90, maxScore: 100, percent: 90, passed: true, at: T0 },
          passedAt: T0,
        },
        kernels: { attempts: [], best: { score: 40, maxScore: 100, percent: 40, passed: false, at: T0 } },
      },
      exercises: { 'first-container': { doneAt: T0 } },
    });
  });

  test('opening v1 data migrates it through v2 to v3, writes v3 back, and raises no notice', () => {
    const { store, entries } = openWith(JSON.stringify(v1));
    expect(store.notices()).toEqual([]);
    expect(store.bestScore('why-isolate')?.percent).toBe(90);
    expect(store.isQuizPassed('why-isolate')).toBe(true);
    expect(store.isQuizPassed('kernels')).toBe(false);
    // v1's "completed" list is the learner's own mark in v3; a surviving best score proves one attempt.
    expect(store.isLessonMarkedDone('why-isolate')).toBe(true);
    expect(store.isLessonMarkedDone('kernels')).toBe(false);
    expect(store.snapshot().quizzes['why-isolate']?.attemptCount).toBe(1);
    expect(JSON.parse(entries()[PROGRESS_KEY] ?? '{}').version).toBe(4);
  });

  test('a damaged v1 entry is dropped and reported; the rest migrates', () => {
    const { store } = openWith(JSON.stringify({ ...v1, quizScores: { ...v1.quizScores, bad: { best: 'lots' } } }));
    expect(store.bestScore('why-isolate')?.percent).toBe(90);
    expect(store.snapshot().quizzes.bad?.best).toBeUndefined();
    expect(store.notices().map((n) => n.code)).toEqual(['recovered']);
  });
});

describe('migration from version 2', () => {
  const T1 = '2025-01-02T00:00:00.000Z';
  const score = (percent: number, at: string) => ({
    score: percent / 10,
    maxScore: 10,
    percent,
    passed: percent >= 80,
    at,
  });
  const v2 = {
    version: 2,
    lessons: { 'why-isolate': { visitedAt: T0, completedAt: T1 }, kernels: { visitedAt: T0 } },
    quizzes: {
      'why-isolate': { attempts: [score(50, T0), score(90, T1)], best: score(90, T1), passedAt: T1 },
      kernels: { attempts: [], best: score(40, T0) },
      untried: { attempts: [] },
    },
    exercises: { 'first-container': { doneAt: T1 } },
  };

  test('v2 → v3: completedAt becomes the learner’s mark, and each quiz gets the attempt count its record proves', () => {
    expect(migrateV2toV3(structuredClone(v2))).toEqual({
      version: 3,
      lessons: { 'why-isolate': { visitedAt: T0, markedDoneAt: T1 }, kernels: { visitedAt: T0 } },
      quizzes: {
        'why-isolate': { ...v2.quizzes['why-isolate'], attemptCount: 2 },
        kernels: { ...v2.quizzes.kernels, attemptCount: 1 },
        untried: { attempts: [], attemptCount: 0 },
      },
      exercises: v2.exercises,
    });
  });

  test('opening v2 data migrates it with no notice, writes v3 back, and a reload needs no second migration', () => {
    const { store, entries } = openWith(JSON.stringify(v2));
    expect(store.notices()).toEqual([]);
    expect(store.isLessonMarkedDone('why-isolate')).toBe(true);
    expect(store.isLessonMarkedDone('kernels')).toBe(false);
    expect(store.bestScore('why-isolate')?.percent).toBe(90);
    expect(store.isExerciseDone('first-container')).toBe(true);
    const written = entries()[PROGRESS_KEY] ?? '';
    expect(JSON.parse(written).version).toBe(4);
    expect(decodeProgress(written, () => T0)).toEqual({ progress: store.snapshot(), changed: false });
    // The migrated mark can be taken back like any other.
    store.setLessonMarkedDone('why-isolate', false);
    expect(store.isLessonMarkedDone('why-isolate')).toBe(false);
  });

  test('damaged v2 entries are dropped and reported with a backup; the rest migrates', () => {
    const damaged = {
      ...v2,
      lessons: { ...v2.lessons, broken: { visitedAt: T0, completedAt: 'last week' }, odd: 'yes' },
      quizzes: { ...v2.quizzes, garbled: 7 },
    };
    const { store, entries } = openWith(JSON.stringify(damaged));
    expect(Object.keys(store.snapshot().lessons)).toEqual(['why-isolate', 'kernels']);
    expect(Object.keys(store.snapshot().quizzes)).toEqual(['why-isolate', 'kernels', 'untried']);
    const [notice, ...more] = store.notices();
    expect(more).toEqual([]);
    expect(notice?.code).toBe('recovered');
    expect(notice?.message).toMatch(/^Part of your saved progress could not be read \(3 entries\) and was dropped/);
    expect(JSON.parse(entries()[notice?.backupKey ?? ''] ?? '')).toEqual(damaged);
  });
});

describe('corrupt or foreign data is recovered or reset, never silently lost', () => {
  test('invalid JSON: reset, backed up, with a notice naming the backup key', () => {
    const { store, entries } = openWith('{"version":4,"lessons":');
    expect(store.snapshot().lessons).toEqual({});
    expect(store.notices()).toEqual([
      {
        code: 'corrupt',
        message: `Your saved progress was damaged (not valid JSON), so it has been reset. A copy of the old data is kept in this browser under "${BACKUP}".`,
        backupKey: BACKUP,
      },
    ]);
    expect(entries()[BACKUP]).toBe('{"version":4,"lessons":');
    expect(JSON.parse(entries()[PROGRESS_KEY] ?? '')).toEqual({ version: 4, lessons: {}, quizzes: {}, exercises: {} });
  });

  test.each([
    ['an array', '[1, 2]'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['no version', '{"lessons":{}}'],
    ['a non-numeric version', '{"version":"2"}'],
    ['version 0 (no migration known)', '{"version":0}'],
  ])('foreign data (%s): reset and backed up', (_, raw) => {
    const { store, entries } = openWith(raw);
    expect(store.notices().map((n) => [n.code, n.backupKey])).toEqual([['foreign', BACKUP]]);
    expect(store.notices()[0]?.message).toMatch(
      /^The saved progress was in a format this course does not recognise, so it has been reset\./,
    );
    expect(entries()[BACKUP]).toBe(raw);
    expect(store.snapshot().lessons).toEqual({});
  });

  test('a future version keeps what this version can read, and backs up the rest', () => {
    const future = {
      version: 9,
      lessons: { a: { visitedAt: T0, mood: 'happy' } },
      badges: ['gold'],
      quizzes: 'moved elsewhere',
    };
    const { store, entries } = openWith(JSON.stringify(future));
    expect(store.snapshot()).toEqual({ version: 4, lessons: { a: { visitedAt: T0 } }, quizzes: {}, exercises: {} });
    expect(store.notices().map((n) => n.code)).toEqual(['future-version']);
    expect(JSON.parse(entries()[BACKUP] ?? '')).toEqual(future);
  });

  test('current version with bad entries: valid parts kept, bad ones counted', () => {
    const one = { score: 1, maxScore: 2, percent: 50, passed: false, at: T0 };
    const raw = JSON.stringify({
      version: 4,
      lessons: {
        good: { visitedAt: T0, markedDoneAt: T0 },
        bad: { visitedAt: 'yesterday' },
        worse: 7,
        'bad-mark': { visitedAt: T0, markedDoneAt: true },
      },
      quizzes: {
        q: { attempts: [one, { score: 'x' }], attemptCount: 5, best: null },
        // A count below the attempts listed cannot be true: raised to what the record proves.
        low: { attempts: [one, one], attemptCount: 1 },
        uncounted: { attempts: [one] },
      },
      exercises: { e: { doneAt: T0 } },
    });
    const { store, entries } = openWith(raw);
    expect(store.snapshot()).toEqual({
      version: 4,
      lessons: { good: { visitedAt: T0, markedDoneAt: T0 } },
      quizzes: {
        q: { attempts: [one], attemptCount: 5 },
        low: { attempts: [one, one], attemptCount: 2 },
        uncounted: { attempts: [one], attemptCount: 1 },
      },
      exercises: { e: { doneAt: T0 } },
    });
    expect(store.notices()[0]?.message).toBe(
      `Part of your saved progress could not be read (7 entries) and was dropped; the rest was kept. A copy of the old data is kept in this browser under "${BACKUP}".`,
    );
    expect(entries()[BACKUP]).toBe(raw);
  });

  test('decodeProgress leaves good current data untouched', () => {
    const good = {
      version: 4,
      lessons: { a: { visitedAt: T0, markedDoneAt: T0 } },
      quizzes: { q: { attempts: [], attemptCount: 12 } },
      exercises: {},
    };
    expect(decodeProgress(JSON.stringify(good), () => T0)).toEqual({ progress: good, changed: false });
  });
});

describe('storage failures fall back to memory with a notice', () => {
  test('quota exceeded on write: progress stays in memory, the UI is told', () => {
    const fake = fakeBackend();
    const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
    store.markLessonVisited('a');
    fake.faults.set = () => quotaError();
    store.markLessonVisited('b');
    store.recordAttempt('q', { score: 1, maxScore: 1, percent: 100, passed: true });
    expect(Object.keys(store.snapshot().lessons)).toEqual(['a', 'b']);
    expect(store.isQuizPassed('q')).toBe(true);
    expect(store.isPersistent()).toBe(false);
    expect(store.notices()).toEqual([
      {
        code: 'quota-exceeded',
        message:
          'This browser’s storage for the site is full, so progress is no longer saved; it is kept until you close this page.',
      },
    ]);
    expect(Object.keys(JSON.parse(fake.entries()[PROGRESS_KEY] ?? '').lessons)).toEqual(['a']);
  });

  test('storage that throws on access: memory only, one notice', () => {
    const fake = fakeBackend();
    fake.faults.get = new Error('SecurityError');
    const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
    store.markLessonVisited('a');
    store.markLessonVisited('b');
    expect(Object.keys(store.snapshot().lessons)).toEqual(['a', 'b']);
    expect(store.notices().map((n) => n.code)).toEqual(['unavailable']);
    expect(fake.entries()).toEqual({});
  });

  test('a full storage while backing up corrupt data still explains the reset', () => {
    const fake = fakeBackend({ [PROGRESS_KEY]: 'not json' });
    fake.faults.set = () => quotaError();
    const store = createProgressStore({ backend: fake.backend, now: fakeClock() });
    expect(store.notices().map((n) => n.code)).toEqual(['corrupt', 'quota-exceeded']);
    expect(store.notices()[0]?.backupKey).toBeUndefined();
    expect(fake.entries()[PROGRESS_KEY]).toBe('not json'); // the original is not overwritten
  });
});

describe('migration from version 3', () => {
  const v3 = {
    version: 3,
    lessons: { a: { visitedAt: T0, markedDoneAt: T0 } },
    quizzes: { q: { attempts: [], attemptCount: 2 } },
    exercises: { e: { doneAt: T0 } },
  };

  test('v3 → v4 changes only the version (v4 adds an optional learner name)', () => {
    expect(migrateV3toV4(structuredClone(v3))).toEqual({ ...v3, version: 4 });
  });

  test('opening v3 data migrates it with no notice and writes v4 back', () => {
    const { store, entries } = openWith(JSON.stringify(v3));
    expect(store.notices()).toEqual([]);
    expect(JSON.parse(entries()[PROGRESS_KEY] ?? '')).toEqual({ ...v3, version: 4 });
  });

  test('a learner name that is not a non-blank string of at most 120 characters is dropped and reported', () => {
    for (const learner of [{ name: '' }, { name: 7 }, 'Ada', { name: 'x'.repeat(121) }]) {
      const { store } = openWith(JSON.stringify({ ...v3, version: 4, learner }));
      expect(store.snapshot()).not.toHaveProperty('learner');
      expect(store.notices().map((n) => n.code)).toEqual(['recovered']);
    }
    const { store } = openWith(JSON.stringify({ ...v3, version: 4, learner: { name: ' Ada ' } }));
    expect(store.snapshot().learner).toEqual({ name: 'Ada' });
  });
});
