export { courseStore } from '../progress/course-store';

/** An attempt in progress: its seed and, for "Retry the ones I missed", what it covers and keeps. */
export interface Run {
  seed: number;
  /** Only these questions are asked (the ones missed). */
  only?: string[];
  /** Answers carried over from the attempt being retried (the ones already right). */
  kept?: Record<string, unknown>;
  /** The questions the result covers: the retried attempt's, so a retry is scored on the whole quiz. */
  scope?: string[];
}

const runKey = (quizId: string) => `isolation-lab:quiz-run:${quizId}`;

/** The attempt in progress in this tab, so a reload keeps its seed (same questions, same order). */
export function loadRun(quizId: string): Run | undefined {
  try {
    const run = JSON.parse(sessionStorage.getItem(runKey(quizId)) ?? 'null') as Run | null;
    return typeof run?.seed === 'number' ? run : undefined;
  } catch {
    return undefined; // unreadable or no session storage: a fresh attempt is the right fallback
  }
}

/** Remembers (or, with undefined, forgets) the attempt in progress. */
export function saveRun(quizId: string, run: Run | undefined): void {
  try {
    if (run) sessionStorage.setItem(runKey(quizId), JSON.stringify(run));
    else sessionStorage.removeItem(runKey(quizId));
  } catch {
    // Without session storage a reload starts a new attempt; saved results live in the progress store.
  }
}

/** A fresh attempt seed. */
export const newSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now() >>> 0;
