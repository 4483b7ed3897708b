import { isRecord } from './guards';

/**
 * Version 1, as the first release stored it: flat id lists and best percentages, no timestamps.
 * `{ version: 1, visited: string[], completed: string[], quizScores: { [quizId]: { best: number, passed: boolean } }, exercisesDone: string[] }`
 */
export interface ProgressV1 {
  version: 1;
  visited: string[];
  completed: string[];
  quizScores: Record<string, { best: number; passed: boolean }>;
  exercisesDone: string[];
}

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * v1 → v2. v1 kept no times, so migrated entries are stamped with the migration time `at`;
 * a v1 best percentage becomes a best score out of 100 with no attempts listed.
 */
export function migrateV1toV2(v1: Record<string, unknown>, at: string): Record<string, unknown> {
  const completed = new Set(ids(v1.completed));
  const lessons = Object.fromEntries(
    [...new Set([...ids(v1.visited), ...completed])].map((id) => [
      id,
      completed.has(id) ? { visitedAt: at, completedAt: at } : { visitedAt: at },
    ]),
  );
  const scores = isRecord(v1.quizScores) ? v1.quizScores : {};
  const quizzes = Object.fromEntries(
    Object.entries(scores).map(([id, s]) => {
      const best = isRecord(s) ? s.best : undefined;
      const passed = isRecord(s) && s.passed === true;
      // An unreadable score stays as written, so the v2 guards drop and report it.
      const bestRecord = typeof best === 'number' ? { score: best, maxScore: 100, percent: best, passed, at } : s;
      return [id, { attempts: [], best: bestRecord, ...(passed && { passedAt: at }) }];
    }),
  );
  const exercises = Object.fromEntries(ids(v1.exercisesDone).map((id) => [id, { doneAt: at }]));
  return { version: 2, lessons, quizzes, exercises };
}

/** Migrations by the version they upgrade FROM; each returns the next version's shape. */
export const migrations: Record<number, (old: Record<string, unknown>, at: string) => Record<string, unknown>> = {
  1: migrateV1toV2,
};
