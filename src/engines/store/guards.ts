import {
  CURRENT_VERSION,
  type AttemptRecord,
  type CheckRecord,
  type LessonProgress,
  type Progress,
  type QuizProgress,
  type ScoreRecord,
} from './types';

/** The longest name kept for a record of completion. */
export const MAX_NAME_LENGTH = 120;

// Hand-written guards, not zod: this code ships to every lesson page and must stay small.

/** A plain (non-array) object. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readScore(v: unknown): ScoreRecord | undefined {
  if (
    !isRecord(v) ||
    !isNum(v.score) ||
    !isNum(v.maxScore) ||
    !isNum(v.percent) ||
    typeof v.passed !== 'boolean' ||
    !isTime(v.at)
  )
    return undefined;
  return { score: v.score, maxScore: v.maxScore, percent: v.percent, passed: v.passed, at: v.at };
}

function readAttempt(v: unknown): AttemptRecord | undefined {
  const score = readScore(v);
  if (!score || !isRecord(v)) return undefined;
  return v.answers === undefined ? score : isRecord(v.answers) ? { ...score, answers: v.answers } : undefined;
}

function readLesson(v: unknown): LessonProgress | undefined {
  if (!isRecord(v) || !isTime(v.visitedAt)) return undefined;
  if (v.markedDoneAt === undefined) return { visitedAt: v.visitedAt };
  return isTime(v.markedDoneAt) ? { visitedAt: v.visitedAt, markedDoneAt: v.markedDoneAt } : undefined;
}

function readCheck(v: unknown): CheckRecord | undefined {
  if (!isRecord(v) || !('answer' in v) || typeof v.correct !== 'boolean' || !isTime(v.at)) return undefined;
  return { answer: v.answer, correct: v.correct, at: v.at };
}

/** The fewest attempts the record proves: those listed, or one if only a best score survives. */
export const provenAttempts = (q: { attempts: readonly unknown[]; best?: unknown }): number =>
  Math.max(q.attempts.length, q.best === undefined ? 0 : 1);

function readQuiz(v: unknown, dropped: { count: number }): QuizProgress | undefined {
  if (!isRecord(v) || !Array.isArray(v.attempts)) return undefined;
  const attempts = v.attempts.map(readAttempt).filter((a): a is AttemptRecord => a !== undefined);
  dropped.count += v.attempts.length - attempts.length;
  const best = readScore(v.best);
  if (v.best !== undefined && !best) dropped.count++;
  const passedAt = isTime(v.passedAt) ? v.passedAt : undefined;
  // A count below what the record proves is damaged; it is raised to that and reported.
  const proven = provenAttempts({ attempts, best });
  const counted = Number.isInteger(v.attemptCount) && (v.attemptCount as number) >= proven;
  if (!counted) dropped.count++;
  const attemptCount = counted ? (v.attemptCount as number) : proven;
  return { attempts, attemptCount, ...(best && { best }), ...(passedAt && { passedAt }) };
}

/** Keeps the valid entries of each section of `map`, counting the ones dropped. */
function readSection<T>(
  map: unknown,
  read: (v: unknown) => T | undefined,
  dropped: { count: number },
): Record<string, T> {
  if (!isRecord(map)) {
    if (map !== undefined) dropped.count++;
    return {};
  }
  const out: Record<string, T> = {};
  for (const [id, v] of Object.entries(map)) {
    const ok = read(v);
    if (ok === undefined) dropped.count++;
    else out[id] = ok;
  }
  return out;
}

/** Reads an object as current-version progress, keeping every valid entry; `dropped` counts the rest. */
export function sanitizeProgress(v: Record<string, unknown>): { progress: Progress; dropped: number } {
  const dropped = { count: 0 };
  let progress: Progress = {
    version: CURRENT_VERSION,
    lessons: readSection(v.lessons, readLesson, dropped),
    quizzes: readSection(v.quizzes, (q) => readQuiz(q, dropped), dropped),
    exercises: readSection(
      v.exercises,
      (e) => (isRecord(e) && isTime(e.doneAt) ? { doneAt: e.doneAt } : undefined),
      dropped,
    ),
  };
  if (v.checks !== undefined) {
    const read = readSection(v.checks, (q) => (isRecord(q) ? readSection(q, readCheck, dropped) : undefined), dropped);
    const checks = Object.fromEntries(Object.entries(read).filter(([, q]) => Object.keys(q).length > 0));
    if (Object.keys(checks).length > 0) progress = { ...progress, checks };
  }
  if (v.learner === undefined) return { progress, dropped: dropped.count };
  const name = isRecord(v.learner) && typeof v.learner.name === 'string' ? v.learner.name.trim() : '';
  if (!name || name.length > MAX_NAME_LENGTH) return { progress, dropped: dropped.count + 1 };
  return { progress: { ...progress, learner: { name } }, dropped: dropped.count };
}
