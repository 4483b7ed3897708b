import { describe, expect, test, vi } from 'vitest';
import { createProgressStore, MAX_ATTEMPTS, PROGRESS_KEY } from '../../../src/engines/store/progress-store';
import { webStorageBackend } from '../../../src/engines/store/backends';
import { fakeBackend, fakeClock } from './fake-backend';

const attempt = (percent: number, passed = percent >= 80) => ({ score: percent / 10, maxScore: 10, percent, passed });

describe('progress store', () => {
  test('starts empty and writes nothing until something happens', () => {
    const { backend, entries } = fakeBackend();
    const store = createProgressStore({ backend, now: fakeClock() });
    expect(store.snapshot()).toEqual({ version: 4, lessons: {}, quizzes: {}, exercises: {} });
    expect(store.notices()).toEqual([]);
    expect(store.isPersistent()).toBe(true);
    expect(entries()).toEqual({});
  });

  test('records lessons, exercises and attempts under one versioned key', () => {
    const { backend, entries } = fakeBackend();
    const store = createProgressStore({ backend, now: fakeClock() });
    store.markLessonVisited('why-isolate');
    store.markLessonVisited('why-isolate'); // no second timestamp
    store.setLessonMarkedDone('why-isolate', true);
    store.markExerciseDone('first-container');
    store.recordAttempt('why-isolate', { ...attempt(60), answers: { q1: 'a' } });
    expect(JSON.parse(entries()[PROGRESS_KEY] ?? 'null')).toEqual({
      version: 4,
      lessons: { 'why-isolate': { visitedAt: '2025-01-01T00:00:00.000Z', markedDoneAt: '2025-01-01T00:01:00.000Z' } },
      quizzes: {
        'why-isolate': {
          attempts: [{ ...attempt(60), answers: { q1: 'a' }, at: '2025-01-01T00:03:00.000Z' }],
          attemptCount: 1,
          best: { ...attempt(60), at: '2025-01-01T00:03:00.000Z' },
        },
      },
      exercises: { 'first-container': { doneAt: '2025-01-01T00:02:00.000Z' } },
    });
    expect(store.isExerciseDone('first-container')).toBe(true);
    expect(store.isExerciseDone('other')).toBe(false);
  });

  test('keeps the best score and the first pass; caps the attempt list', () => {
    const store = createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
    store.recordAttempt('q', attempt(50));
    store.recordAttempt('q', { ...attempt(90), at: '2025-02-01T00:00:00.000Z' });
    store.recordAttempt('q', attempt(70));
    expect(store.bestScore('q')).toEqual({ ...attempt(90), at: '2025-02-01T00:00:00.000Z' });
    expect(store.isQuizPassed('q')).toBe(true);
    expect(store.snapshot().quizzes.q?.passedAt).toBe('2025-02-01T00:00:00.000Z');
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) store.recordAttempt('q', attempt(10));
    expect(store.snapshot().quizzes.q?.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(store.snapshot().quizzes.q?.attemptCount).toBe(MAX_ATTEMPTS + 8); // the count outlives the cap
    expect(store.bestScore('q')?.percent).toBe(90);
    expect(store.bestScore('never')).toBeUndefined();
    expect(store.isQuizPassed('never')).toBe(false);
  });

  test('survives a reload: a second store reads what the first wrote', () => {
    const { backend } = fakeBackend();
    const first = createProgressStore({ backend, now: fakeClock() });
    first.markLessonVisited('a');
    first.recordAttempt('q', attempt(85));
    const second = createProgressStore({ backend, now: fakeClock() });
    expect(second.snapshot()).toEqual(first.snapshot());
    expect(second.notices()).toEqual([]);
  });

  test('a lesson is marked done and unmarked; its visit is kept, and a repeated mark changes nothing', () => {
    const { backend, entries } = fakeBackend();
    const store = createProgressStore({ backend, now: fakeClock() });
    const heard = vi.fn();
    store.subscribe(heard);
    store.setLessonMarkedDone('kernels', true); // marked from a page that never recorded the visit
    expect(store.isLessonMarkedDone('kernels')).toBe(true);
    expect(store.snapshot().lessons.kernels).toEqual({
      visitedAt: '2025-01-01T00:00:00.000Z',
      markedDoneAt: '2025-01-01T00:01:00.000Z',
    });
    store.setLessonMarkedDone('kernels', true);
    expect(heard).toHaveBeenCalledTimes(1);
    store.setLessonMarkedDone('kernels', false);
    expect(store.isLessonMarkedDone('kernels')).toBe(false);
    expect(store.snapshot().lessons.kernels).toEqual({ visitedAt: '2025-01-01T00:00:00.000Z' });
    store.setLessonMarkedDone('kernels', false);
    store.setLessonMarkedDone('never-seen', false);
    expect(heard).toHaveBeenCalledTimes(2);
    expect(store.snapshot().lessons['never-seen']).toBeUndefined();
    expect(JSON.parse(entries()[PROGRESS_KEY] ?? '').lessons).toEqual({
      kernels: { visitedAt: '2025-01-01T00:00:00.000Z' },
    });
    // A reload reads the mark back.
    store.setLessonMarkedDone('kernels', true);
    expect(createProgressStore({ backend }).isLessonMarkedDone('kernels')).toBe(true);
  });

  test('reset forgets everything', () => {
    const store = createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
    store.markLessonVisited('a');
    store.reset();
    expect(store.snapshot().lessons).toEqual({});
  });

  test('snapshots are immutable values: an old snapshot does not change', () => {
    const store = createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
    const before = store.snapshot();
    store.markLessonVisited('a');
    expect(before.lessons).toEqual({});
    expect(store.snapshot()).not.toBe(before);
  });
});

describe('cross-tab sync', () => {
  test('subscribers hear local changes until they unsubscribe', () => {
    const store = createProgressStore({ backend: fakeBackend().backend, now: fakeClock() });
    const heard = vi.fn();
    const off = store.subscribe(heard);
    store.markLessonVisited('a');
    off();
    store.markLessonVisited('b');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(Object.keys(heard.mock.calls[0]?.[0].lessons)).toEqual(['a']);
  });

  test('applyExternalChange adopts another tab’s write and notifies', () => {
    const { backend } = fakeBackend();
    const tabA = createProgressStore({ backend, now: fakeClock() });
    const tabB = createProgressStore({ backend, now: fakeClock() });
    const heard = vi.fn();
    tabB.subscribe(heard);
    tabA.markExerciseDone('lab-1');
    tabB.applyExternalChange(backend.get(PROGRESS_KEY));
    expect(tabB.isExerciseDone('lab-1')).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
    tabB.applyExternalChange(backend.get(PROGRESS_KEY)); // same value again: no event
    expect(heard).toHaveBeenCalledTimes(1);
    tabB.applyExternalChange(null); // the other tab cleared storage
    expect(tabB.snapshot().exercises).toEqual({});
  });

  test('a write re-reads storage first, so a missed storage event loses nothing', () => {
    const { backend } = fakeBackend();
    const tabA = createProgressStore({ backend, now: fakeClock() });
    const tabB = createProgressStore({ backend, now: fakeClock() });
    tabA.markLessonVisited('from-a');
    tabB.markLessonVisited('from-b'); // tabB never got the storage event
    expect(Object.keys(tabB.snapshot().lessons)).toEqual(['from-a', 'from-b']);
    expect(Object.keys(createProgressStore({ backend }).snapshot().lessons)).toEqual(['from-a', 'from-b']);
  });
});

describe('webStorageBackend', () => {
  test('maps get/set/remove onto a Storage-like object', () => {
    const data = new Map<string, string>();
    const backend = webStorageBackend(() => ({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    }));
    backend.set('k', 'v');
    expect(backend.get('k')).toBe('v');
    backend.remove('k');
    expect(backend.get('k')).toBeNull();
  });

  test('a getter that throws (privacy mode) makes the store fall back to memory', () => {
    const store = createProgressStore({
      backend: webStorageBackend(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    });
    store.markLessonVisited('a');
    expect(store.snapshot().lessons.a).toBeDefined();
    expect(store.isPersistent()).toBe(false);
    expect(store.notices().map((n) => n.code)).toEqual(['unavailable']);
  });
});
