import { decodeProgress } from './decode';
import { isRecord } from './guards';
import { CURRENT_VERSION, type Progress } from './types';

// A progress file the learner downloads and imports again, possibly in another browser. The wrapper names the format
// so that any other JSON file is refused before anything is replaced; the progress inside is the store's own record
// and goes through the store's own migrations. Unlike reading localStorage, an import is all or nothing: a file with
// one unreadable entry is refused rather than half-applied.

/** The name written into every progress file. */
export const EXPORT_FORMAT = 'isolation-lab-progress';
/** The version of the file wrapper (the progress inside carries its own store version). */
export const EXPORT_FORMAT_VERSION = 1;
/** Larger files are refused unread: real progress is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** A progress file as written. */
export interface ProgressFile {
  readonly format: typeof EXPORT_FORMAT;
  readonly formatVersion: typeof EXPORT_FORMAT_VERSION;
  readonly course: string;
  readonly exportedAt: string;
  readonly progress: Progress;
}

/** Why an import was refused; the message can be shown as it is. */
export type ImportRefusal = { ok: false; code: 'not-json' | 'foreign' | 'future' | 'damaged'; message: string };
/** What reading a progress file gave. */
export type ImportResult = { ok: true; progress: Progress; exportedAt?: string } | ImportRefusal;

const NOTHING_CHANGED = 'Nothing was changed.';
const refuse = (code: ImportRefusal['code'], why: string): ImportRefusal => ({
  ok: false,
  code,
  message: `${why} ${NOTHING_CHANGED}`,
});

/** The file name offered for a download made on `at` (an ISO time): `isolation-lab-progress-2026-11-30.json`. */
export const exportFileName = (at: string): string => `${EXPORT_FORMAT}-${at.slice(0, 10)}.json`;

/** Writes `progress` as a progress file's text, stamped `at` (an ISO time). */
export function encodeExport(progress: Progress, course: string, at: string): string {
  const file: ProgressFile = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    course,
    exportedAt: at,
    progress,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Reads a progress file's text. Refuses (and says why) anything that is not JSON, not a progress file of this course,
 * from a newer version of the course, or damaged in any entry; an older store version inside is migrated (`at` stamps
 * what the migration has to invent).
 */
export function decodeImport(text: string, at: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('not-json', 'This file is not a progress file: it is not valid JSON.');
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT)
    return refuse(
      'foreign',
      'This file is not an Isolation Lab progress file (it has no "format" of ' + EXPORT_FORMAT + ').',
    );
  const { formatVersion, progress } = data;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    return refuse('damaged', 'This progress file is damaged: its format version is missing or not a whole number.');
  if (formatVersion > EXPORT_FORMAT_VERSION || (isRecord(progress) && numberAbove(progress.version, CURRENT_VERSION)))
    return refuse(
      'future',
      'This progress file was saved by a newer version of the course than this one, which cannot read all of it.',
    );
  if (!isRecord(progress)) return refuse('damaged', 'This progress file is damaged: it holds no progress record.');
  const decoded = decodeProgress(JSON.stringify(progress), () => at);
  if (decoded.problem)
    return refuse(
      'damaged',
      decoded.problem.code === 'recovered'
        ? `This progress file is damaged: ${damagedCount(decoded.problem.message)} could not be read.`
        : 'This progress file is damaged: its progress record is not in a form this course knows.',
    );
  const exportedAt = typeof data.exportedAt === 'string' ? data.exportedAt : undefined;
  return { ok: true, progress: decoded.progress, ...(exportedAt && { exportedAt }) };
}

const numberAbove = (v: unknown, limit: number) => typeof v === 'number' && v > limit;
/** "3 entries" from the store's "…(3 entries)…" notice. */
const damagedCount = (message: string) => /\((\d+ entr(?:y|ies))\)/.exec(message)?.[1] ?? 'part of it';

/** How much a progress record holds, for "this will replace …" before an import or a reset. */
export interface ProgressCounts {
  readonly lessonsOpened: number;
  readonly lessonsMarked: number;
  readonly quizzesTaken: number;
  readonly quizzesPassed: number;
  readonly labsFinished: number;
  /** Quick checks answered in the lessons' text; absent when none. */
  readonly checksAnswered?: number;
  readonly name?: string;
}

/** Counts what `progress` holds. */
export function countProgress(progress: Progress): ProgressCounts {
  const lessons = Object.values(progress.lessons);
  const quizzes = Object.values(progress.quizzes);
  const checks = Object.values(progress.checks ?? {}).reduce((n, quiz) => n + Object.keys(quiz).length, 0);
  return {
    lessonsOpened: lessons.length,
    lessonsMarked: lessons.filter((l) => l.markedDoneAt !== undefined).length,
    quizzesTaken: quizzes.filter((q) => q.attemptCount > 0 || q.best !== undefined).length,
    quizzesPassed: quizzes.filter((q) => q.passedAt !== undefined).length,
    labsFinished: Object.keys(progress.exercises).length,
    ...(checks > 0 && { checksAnswered: checks }),
    ...(progress.learner && { name: progress.learner.name }),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 lessons opened (1 marked done), 1 quiz taken (1 passed), no labs finished", or "nothing saved". */
export function countsText(c: ProgressCounts): string {
  const parts: string[] = [];
  if (c.lessonsOpened) parts.push(`${plural(c.lessonsOpened, 'lesson')} opened (${c.lessonsMarked} marked done)`);
  if (c.quizzesTaken) parts.push(`${plural(c.quizzesTaken, 'quiz', 'quizzes')} taken (${c.quizzesPassed} passed)`);
  if (c.labsFinished) parts.push(`${plural(c.labsFinished, 'lab')} finished`);
  if (c.checksAnswered) parts.push(`${plural(c.checksAnswered, 'quick check')} answered`);
  if (c.name !== undefined) parts.push(`the name “${c.name}”`);
  return parts.length === 0 ? 'nothing saved' : parts.join(', ');
}
