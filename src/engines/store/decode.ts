import { isRecord, sanitizeProgress } from './guards';
import { migrations } from './migrate';
import { CURRENT_VERSION, emptyProgress, type NoticeCode, type Progress } from './types';

/** What reading the saved text produced: usable progress, and why the raw text must be kept, if it must. */
export interface Decoded {
  progress: Progress;
  /** True when `progress` differs from what was stored (migrated or repaired), so it should be written back. */
  changed: boolean;
  problem?: { code: NoticeCode; message: string };
}

const MESSAGES = {
  corrupt: 'Your saved progress was damaged (not valid JSON), so it has been reset.',
  foreign: 'The saved progress was in a format this course does not recognise, so it has been reset.',
  'future-version':
    'Your saved progress was written by a newer version of the course; everything this version can read was kept.',
  recovered: (n: number) =>
    `Part of your saved progress could not be read (${n} entr${n === 1 ? 'y' : 'ies'}) and was dropped; the rest was kept.`,
};

/**
 * Reads the stored text. Invalid JSON or foreign data → empty progress; a future version →
 * the parts this version understands; an older version → migrated (stamped `now()`); bad entries → dropped.
 */
export function decodeProgress(raw: string | null, now: () => string): Decoded {
  if (raw === null) return { progress: emptyProgress(), changed: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), changed: true, problem: { code: 'corrupt', message: MESSAGES.corrupt } };
  }
  const foreign: Decoded = {
    progress: emptyProgress(),
    changed: true,
    problem: { code: 'foreign', message: MESSAGES.foreign },
  };
  if (!isRecord(data) || typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return foreign;

  let version = data.version;
  let current: Record<string, unknown> = data;
  while (version < CURRENT_VERSION) {
    const step = migrations[version];
    if (!step) return foreign;
    current = step(current, now());
    version++;
  }
  const { progress, dropped } = sanitizeProgress(current);
  if (data.version > CURRENT_VERSION)
    return { progress, changed: true, problem: { code: 'future-version', message: MESSAGES['future-version'] } };
  if (dropped > 0)
    return { progress, changed: true, problem: { code: 'recovered', message: MESSAGES.recovered(dropped) } };
  return { progress, changed: data.version !== CURRENT_VERSION };
}
