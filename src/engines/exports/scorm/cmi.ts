import { versions, type ScormVersion } from './versions';

/** A finished attempt as the quiz graded it. */
export interface Result {
  score: number;
  maxScore: number;
  /** 0–100. */
  percent: number;
  passed: boolean;
}

/** An attempt in progress, as the quiz keeps it (src/components/quiz/progress.ts `Run`). */
export interface ResumeRun {
  seed: number;
  only?: string[];
  kept?: Record<string, unknown>;
  scope?: string[];
}

/** What the package keeps in suspend_data between sessions. */
export interface ResumeData {
  run?: ResumeRun;
  best?: Result;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * The data-model values that report `best` (the learner's best attempt, as the public site shows "Your best"):
 * the score as a percentage (raw between min 0 and max 100; scaled 0–1 in 2004), completion and pass/fail.
 */
export function resultValues(version: ScormVersion, best: Result): Array<[string, string]> {
  const raw = String(round(best.percent, 2));
  const status = best.passed ? 'passed' : 'failed';
  if (version === '1.2')
    return [
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', raw],
      ['cmi.core.lesson_status', status],
    ];
  return [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', raw],
    ['cmi.score.scaled', String(round(best.percent / 100, 4))],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', status],
  ];
}

/** The value to set on start so the LMS shows the quiz as begun, or undefined when it already has a status. */
export function startValue(version: ScormVersion, current: string): [string, string] | undefined {
  if (version === '1.2')
    return current === '' || current === 'not attempted' ? ['cmi.core.lesson_status', 'incomplete'] : undefined;
  return current === '' || current === 'unknown' || current === 'not attempted'
    ? ['cmi.completion_status', 'incomplete']
    : undefined;
}

/** The element holding the status `startValue` looks at. */
export const statusElement = (version: ScormVersion): string =>
  version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';

/** Session time in each version's format: 1.2's HHHH:MM:SS.SS, 2004's ISO 8601 duration. */
export function sessionTime(version: ScormVersion, ms: number): [string, string] {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  if (version === '1.2') {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    return ['cmi.core.session_time', `${pad(Math.min(h, 9999), 4)}:${pad(m, 2)}:${s.toFixed(2).padStart(5, '0')}`];
  }
  return ['cmi.session_time', `PT${h}H${m}M${s}S`];
}

/** How the learner leaves: "suspend" while an attempt is open (so the LMS offers to resume), else a normal exit. */
export function exitValue(version: ScormVersion, suspended: boolean): [string, string] {
  if (version === '1.2') return ['cmi.core.exit', suspended ? 'suspend' : ''];
  return ['cmi.exit', suspended ? 'suspend' : 'normal'];
}

/** Where resume data lives: the same element name in both versions, with different limits. */
export const SUSPEND_DATA = 'cmi.suspend_data';

/**
 * `data` as suspend_data within the version's limit (4,096 characters in 1.2, 64,000 in 2004): whole if it fits,
 * else without the answers a retry keeps, else with only the best result, else empty.
 */
export function encodeResume(version: ScormVersion, data: ResumeData): string {
  const limit = versions[version].suspendLimit;
  const { run, best } = data;
  const tries: ResumeData[] = [
    data,
    ...(run
      ? [
          { best, run: { seed: run.seed, ...(run.only ? { only: run.only } : {}) } },
          { best, run: { seed: run.seed } },
        ]
      : []),
    { best },
  ];
  for (const t of tries) {
    const text = JSON.stringify({ v: 1, ...t });
    if (text.length <= limit) return text;
  }
  return '';
}

const isResult = (r: unknown): r is Result =>
  typeof r === 'object' &&
  r !== null &&
  ['score', 'maxScore', 'percent'].every((k) => typeof (r as Record<string, unknown>)[k] === 'number') &&
  typeof (r as Record<string, unknown>).passed === 'boolean';

/** Reads suspend_data written by `encodeResume`; anything else (empty, damaged, foreign) gives no resume data. */
export function decodeResume(text: string): ResumeData {
  try {
    const raw = JSON.parse(text) as { v?: unknown; run?: { seed?: unknown }; best?: unknown };
    if (raw?.v !== 1) return {};
    const out: ResumeData = {};
    if (typeof raw.run?.seed === 'number') out.run = raw.run as ResumeRun;
    if (isResult(raw.best)) out.best = raw.best;
    return out;
  } catch {
    return {};
  }
}

/** The better of two results: the higher percentage (the public site's "Your best"). */
export function bestOf(a: Result | undefined, b: Result): Result {
  return a && a.percent >= b.percent ? a : b;
}
