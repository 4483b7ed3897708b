import { isRecord, provenAttempts } from './guards';

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

/**
 * v2 → v3. A lesson's `completedAt` becomes `markedDoneAt`: v2 set it once and never cleared it, while v3 records the
 * learner's own "mark as done", which they can take back. Each quiz gains `attemptCount`, which outlives the capped
 * attempt list; v2 kept no count, so it starts at what the record proves (the attempts listed, or one if only a best
 * score survives). Entries that are not objects pass through unchanged, so the v3 guards drop and report them.
 */
export function migrateV2toV3(v2: Record<string, unknown>): Record<string, unknown> {
  const lessons = mapEntries(v2.lessons, ({ completedAt, ...rest }) =>
    completedAt === undefined ? rest : { ...rest, markedDoneAt: completedAt },
  );
  const quizzes = mapEntries(v2.quizzes, (q) =>
    Array.isArray(q.attempts) ? { ...q, attemptCount: provenAttempts({ attempts: q.attempts, best: q.best }) } : q,
  );
  return { ...v2, version: 3, lessons, quizzes };
}

/** Applies `change` to each object entry of `section`; anything else is returned as it was. */
function mapEntries(section: unknown, change: (entry: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (!isRecord(section)) return section;
  return Object.fromEntries(Object.entries(section).map(([id, v]) => [id, isRecord(v) ? change(v) : v]));
}

/**
 * v3 → v4. Version 4 adds an optional `learner` (the name the learner chose to keep for their record of completion);
 * v3 had none, so nothing else changes. The bump keeps an older copy of the course from mistaking v4 for its own.
 */
export function migrateV3toV4(v3: Record<string, unknown>): Record<string, unknown> {
  const { learner: _ignored, ...rest } = v3;
  return { ...rest, version: 4 };
}

/** Migrations by the version they upgrade FROM; each returns the next version's shape. */
export const migrations: Record<number, (old: Record<string, unknown>, at: string) => Record<string, unknown>> = {
  1: migrateV1toV2,
  2: migrateV2toV3,
  3: migrateV3toV4,
};
