import { decodeProgress } from './decode';
import { MAX_NAME_LENGTH } from './guards';
import {
  emptyProgress,
  type AttemptRecord,
  type CheckRecord,
  type Progress,
  type ScoreRecord,
  type StorageBackend,
  type StoreNotice,
} from './types';

/** The one localStorage key for the whole course. */
export const PROGRESS_KEY = 'isolation-lab:progress';
/** Attempts kept per quiz; older ones drop off (the best score is kept separately). */
export const MAX_ATTEMPTS = 10;

/** A finished attempt to record; `at` defaults to now. */
export type AttemptInput = Omit<AttemptRecord, 'at'> & { at?: string };

/** Saved progress for the whole course; every change is written through and announced to subscribers. */
export interface ProgressStore {
  snapshot(): Progress;
  /** Things the learner should be told (reset data, storage full…), oldest first. */
  notices(): readonly StoreNotice[];
  /** False once storage failed: progress then lives only as long as the page. */
  isPersistent(): boolean;
  markLessonVisited(lessonId: string): void;
  /** The learner's own "mark as done" (true) or its undoing (false); a passed quiz counts as done regardless. */
  setLessonMarkedDone(lessonId: string, done: boolean): void;
  isLessonMarkedDone(lessonId: string): boolean;
  recordAttempt(quizId: string, attempt: AttemptInput): void;
  bestScore(quizId: string): ScoreRecord | undefined;
  isQuizPassed(quizId: string): boolean;
  /** Keeps the last answer to a quick check; it counts towards no score. */
  recordCheck(quizId: string, questionId: string, result: { answer: unknown; correct: boolean }): void;
  lastCheck(quizId: string, questionId: string): CheckRecord | undefined;
  markExerciseDone(exerciseId: string): void;
  isExerciseDone(exerciseId: string): boolean;
  /** Forget everything (the learner asked to start over). */
  reset(): void;
  /** Replace everything with `progress` (an import the learner confirmed; decode it with `decodeImport` first). */
  replace(progress: Progress): void;
  /** Keep the learner's name for their record of completion, or forget it (undefined or blank). */
  setLearnerName(name: string | undefined): void;
  /** Calls `listener` after every change, local or from another tab; returns the unsubscribe function. */
  subscribe(listener: (progress: Progress) => void): () => void;
  /** Adopt a value another tab wrote: wire to the `storage` event's `newValue` for PROGRESS_KEY. */
  applyExternalChange(raw: string | null): void;
}

const isQuotaError = (err: unknown) =>
  err instanceof Error &&
  (err.name === 'QuotaExceededError' ||
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    [22, 1014].includes((err as { code?: number }).code ?? 0));

/** Creates the store over `backend`; `now` is injected so tests control time. */
export function createProgressStore(opts: {
  backend: StorageBackend;
  now?: () => number;
  key?: string;
}): ProgressStore {
  const { backend, key = PROGRESS_KEY } = opts;
  const iso = () => new Date((opts.now ?? Date.now)()).toISOString();
  const notices: StoreNotice[] = [];
  const listeners = new Set<(p: Progress) => void>();
  let persistent = true;
  let lastRaw: string | null = null;

  /** Any storage failure switches to memory only, with one notice saying why. */
  const fail = (err: unknown) => {
    if (!persistent) return;
    persistent = false;
    notices.push(
      isQuotaError(err)
        ? {
            code: 'quota-exceeded',
            message:
              'This browser’s storage for the site is full, so progress is no longer saved; it is kept until you close this page.',
          }
        : {
            code: 'unavailable',
            message: 'This browser does not allow saving progress here, so it is kept only until you close this page.',
          },
    );
  };
  const read = (): string | null => {
    if (!persistent) return lastRaw;
    try {
      return backend.get(key);
    } catch (err) {
      fail(err);
      return lastRaw;
    }
  };
  const write = (p: Progress) => {
    const raw = JSON.stringify(p);
    lastRaw = raw;
    if (!persistent) return;
    try {
      backend.set(key, raw);
    } catch (err) {
      fail(err);
    }
  };

  /** Copies unreadable data aside before it is replaced; the notice names the copy only if it was made. */
  const backUp = (raw: string, problem: Omit<StoreNotice, 'backupKey'>) => {
    const backupKey = `${key}:backup:${iso()}`;
    try {
      if (!persistent) throw new Error('storage unavailable');
      backend.set(backupKey, raw);
      notices.push({
        ...problem,
        message: `${problem.message} A copy of the old data is kept in this browser under "${backupKey}".`,
        backupKey,
      });
    } catch (err) {
      notices.push(problem);
      fail(err);
    }
  };

  const load = (raw: string | null, local: boolean): Progress => {
    const decoded = decodeProgress(raw, iso);
    lastRaw = raw;
    if (!local) return decoded.progress; // the other tab has already repaired and backed up
    if (decoded.problem && raw !== null) backUp(raw, decoded.problem);
    if (decoded.changed) write(decoded.progress);
    return decoded.progress;
  };

  let state = load(read(), true);
  const emit = () => listeners.forEach((l) => l(state));
  /** Re-reads storage first, in case another tab wrote and its storage event has not arrived yet. */
  const update = (change: (p: Progress) => Progress) => {
    const raw = read();
    if (raw !== lastRaw) state = load(raw, true);
    state = change(state);
    write(state);
    emit();
  };

  return {
    snapshot: () => state,
    notices: () => [...notices],
    isPersistent: () => persistent,
    markLessonVisited(id) {
      if (!state.lessons[id]) update((p) => ({ ...p, lessons: { ...p.lessons, [id]: { visitedAt: iso() } } }));
    },
    setLessonMarkedDone(id, done) {
      if (done === (state.lessons[id]?.markedDoneAt !== undefined)) return;
      update((p) => {
        const visitedAt = p.lessons[id]?.visitedAt ?? iso();
        const lesson = done ? { visitedAt, markedDoneAt: iso() } : { visitedAt };
        return { ...p, lessons: { ...p.lessons, [id]: lesson } };
      });
    },
    isLessonMarkedDone: (id) => state.lessons[id]?.markedDoneAt !== undefined,
    recordAttempt(quizId, input) {
      const attempt: AttemptRecord = { ...input, at: input.at ?? iso() };
      update((p) => {
        const prev = p.quizzes[quizId];
        const { answers: _answers, ...score } = attempt;
        const best = prev?.best && prev.best.percent >= attempt.percent ? prev.best : score;
        const passedAt = prev?.passedAt ?? (attempt.passed ? attempt.at : undefined);
        const attempts = [...(prev?.attempts ?? []), attempt].slice(-MAX_ATTEMPTS);
        const attemptCount = (prev?.attemptCount ?? 0) + 1;
        const quiz = { attempts, attemptCount, best, ...(passedAt && { passedAt }) };
        return { ...p, quizzes: { ...p.quizzes, [quizId]: quiz } };
      });
    },
    bestScore: (quizId) => state.quizzes[quizId]?.best,
    isQuizPassed: (quizId) => state.quizzes[quizId]?.passedAt !== undefined,
    recordCheck(quizId, questionId, { answer, correct }) {
      update((p) => {
        const quiz = { ...p.checks?.[quizId], [questionId]: { answer, correct, at: iso() } };
        return { ...p, checks: { ...p.checks, [quizId]: quiz } };
      });
    },
    lastCheck: (quizId, questionId) => state.checks?.[quizId]?.[questionId],
    markExerciseDone(id) {
      if (!state.exercises[id]) update((p) => ({ ...p, exercises: { ...p.exercises, [id]: { doneAt: iso() } } }));
    },
    isExerciseDone: (id) => state.exercises[id] !== undefined,
    reset() {
      update(() => emptyProgress());
    },
    replace(progress) {
      update(() => progress);
    },
    setLearnerName(name) {
      const trimmed = name?.trim().slice(0, MAX_NAME_LENGTH);
      if (trimmed === state.learner?.name) return;
      update(({ learner: _old, ...p }) => (trimmed ? { ...p, learner: { name: trimmed } } : p));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyExternalChange(raw) {
      if (raw === lastRaw) return;
      state = load(raw, false);
      emit();
    },
  };
}
