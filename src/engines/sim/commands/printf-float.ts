/**
 * printf's floating conversions (%e %f %g) as glibc prints them for bash: `inf`/`nan` are numbers to
 * strtold, a precision past JavaScript's 100 digits is the exact expansion followed by zeros (every
 * double's decimal expansion ends well before), and a literal beyond a double's range (1e400, which a
 * long double still holds) is said to be out of the course's reach instead of printing `Infinity`.
 */
import { MAX_OUTPUT_CHARS } from '../shell/output';

/** Width or precision as bash uses it: past INT_MAX the conversion prints nothing (vsnprintf fails). */
export const INT_MAX = 2147483647;

/**
 * The widest field built: 16 times what the terminal keeps (MAX_OUTPUT_CHARS), so a pipe into `wc -c`
 * still counts exactly up to a million characters while a `%2000000000d` cannot exhaust memory.
 */
export const VISIBLE = MAX_OUTPUT_CHARS * 16;

/** strtold's reading of `arg`: a number, `inf`/`nan` with a sign, 'range' beyond a double, or NaN if invalid. */
export function parseFloatArg(arg: string | undefined): number | 'range' {
  if (arg === undefined || arg === '') return 0;
  const t = arg.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) return (special[1] === '-' ? -1 : 1) * (special[2]?.toLowerCase() === 'nan' ? NaN : Infinity) || NaN;
  const n = Number(t);
  if (!Number.isFinite(n) && !Number.isNaN(n)) return 'range';
  if (n === 0 && /[1-9]/.test(t.replace(/e.*$/i, '')) && !/^[+-]?0x/i.test(t)) return 'range'; // 1e-400 underflows
  return n;
}

/** True for the `nan` strtold reads (as opposed to an invalid argument). */
export function isNanWord(arg: string | undefined): boolean {
  return arg !== undefined && /^[+-]?nan$/i.test(arg.trim());
}

/** `%f`, `%e` or `%g` of `v` at precision `p` (any size), with C's inf/nan spellings. */
export function formatFloat(conv: string, v: number, p: number, general: (v: number, p: number) => string): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
  const shown = Math.min(p, VISIBLE);
  const extra = Math.max(0, shown - 100);
  const q = shown - extra;
  if (conv === 'f' || conv === 'F')
    return v.toFixed(q) + (extra && q ? '0'.repeat(extra) : extra ? `.${'0'.repeat(extra)}` : '');
  if (conv === 'e' || conv === 'E') {
    const [mant = '', exp = ''] = v.toExponential(q).split('e');
    const zeros = extra ? (q ? '0'.repeat(extra) : `.${'0'.repeat(extra)}`) : '';
    return `${mant}${zeros}e${exp.replace(/^([+-])(\d)$/, '$10$2')}`;
  }
  return general(v, Math.min(shown, 100));
}
