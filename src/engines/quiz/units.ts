/**
 * Units for Numeric questions. A unit converts to the others in its family through `factor`
 * (its size in the family's base unit). Decisions, so authors and learners can rely on them:
 * - MB and MiB are DISTINCT: kB/MB/GB/TB are powers of 1000 bytes, KiB/MiB/GiB/TiB powers of 1024,
 *   as the IEC and SI define them. "128 MB" is not an answer to "128 MiB" (it is about 122.07 MiB),
 *   and the feedback says so.
 * - Spellings are matched case-insensitively ("mib", "MiB", "mebibytes"); there are no bit units,
 *   so "Mb" means megabyte here.
 * - A bare number is read in the question's unit.
 */
export interface Unit {
  symbol: string;
  family: 'time' | 'data size' | 'frequency' | 'percentage';
  factor: number;
}

type Row = [symbol: string, family: Unit['family'], factor: number, ...spellings: string[]];

// Spelling lists include the symbol (lower-cased) implicitly; plurals are added for word spellings.
const ROWS: Row[] = [
  ['ns', 'time', 1e-9, 'nanosecond'],
  ['µs', 'time', 1e-6, 'us', 'μs', 'microsecond'],
  ['ms', 'time', 1e-3, 'msec', 'millisecond'],
  ['s', 'time', 1, 'sec', 'secs', 'second'],
  ['min', 'time', 60, 'mins', 'minute'],
  ['h', 'time', 3600, 'hr', 'hrs', 'hour'],
  ['B', 'data size', 1, 'byte'],
  ['kB', 'data size', 1e3, 'kilobyte'],
  ['MB', 'data size', 1e6, 'megabyte'],
  ['GB', 'data size', 1e9, 'gigabyte'],
  ['TB', 'data size', 1e12, 'terabyte'],
  ['KiB', 'data size', 2 ** 10, 'kibibyte'],
  ['MiB', 'data size', 2 ** 20, 'mebibyte'],
  ['GiB', 'data size', 2 ** 30, 'gibibyte'],
  ['TiB', 'data size', 2 ** 40, 'tebibyte'],
  ['Hz', 'frequency', 1, 'hertz'],
  ['kHz', 'frequency', 1e3],
  ['MHz', 'frequency', 1e6],
  ['GHz', 'frequency', 1e9],
  ['%', 'percentage', 1, 'percent', 'pct'],
];

const BY_SPELLING = new Map<string, Unit>();
for (const [symbol, family, factor, ...spellings] of ROWS) {
  const unit = { symbol, family, factor };
  for (const s of [symbol, ...spellings]) {
    BY_SPELLING.set(s.toLowerCase(), unit);
    if (/^[a-z]{4,}$/.test(s)) BY_SPELLING.set(`${s}s`, unit);
  }
}

/** The unit a spelling names, or undefined. */
export function findUnit(spelling: string): Unit | undefined {
  return BY_SPELLING.get(spelling.trim().toLowerCase());
}

/** Every unit symbol, for error messages. */
export const unitSymbols: readonly string[] = ROWS.map((r) => r[0]);

/**
 * Splits "1,024.5 MiB" into 1024.5 and "MiB". Commas in groups of three are thousands separators,
 * a lone comma otherwise is a decimal point ("1,5" = 1.5); underscores and spaces between digits are dropped.
 */
export function parseQuantity(text: string): { value: number; unitText: string } | undefined {
  const m = /^\s*([-+]?(?:\d[\d_ ]*(?:[.,]\d[\d_ ]*)*|[.,]\d+)(?:e[-+]?\d+)?)\s*(.*?)\s*$/iu.exec(text);
  if (!m) return undefined;
  let num = (m[1] ?? '').replace(/[_ ]/g, '');
  num = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(num) ? num.replace(/,/g, '') : num.replace(',', '.');
  const value = Number(num);
  return Number.isFinite(value) ? { value, unitText: m[2] ?? '' } : undefined;
}

/** Formats a number for feedback: rounded to 4 decimals (4 significant digits when tiny), no float noise. */
export function formatNumber(n: number): string {
  return String(Number(Math.abs(n) < 1e-3 ? n.toPrecision(4) : n.toFixed(4)));
}
