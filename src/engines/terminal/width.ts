/**
 * The one width function of the terminal: wcwidth as xterm.js measures it with its Unicode 11 addon (loaded in
 * xterm-view.ts), so the line editor puts the cursor where the terminal drew the text, whatever the emoji, CJK or
 * combining characters. Same tables (unicode11-tables.ts) and the same rules as the addon's UnicodeV11.wcwidth.
 */
import { BMP_COMBINING, BMP_WIDE, HIGH_COMBINING, HIGH_WIDE } from './unicode11-tables';

/** Widths of the Basic Multilingual Plane, built once, as the addon builds its lookup table. */
let bmp: Uint8Array | undefined;

function bmpTable(): Uint8Array {
  if (bmp) return bmp;
  const t = new Uint8Array(65536).fill(1);
  t.fill(0, 0, 32);
  t.fill(0, 0x7f, 0xa0);
  for (let i = 0; i < BMP_COMBINING.length; i += 2) t.fill(0, BMP_COMBINING[i]!, BMP_COMBINING[i + 1]! + 1);
  for (let i = 0; i < BMP_WIDE.length; i += 2) t.fill(2, BMP_WIDE[i]!, BMP_WIDE[i + 1]! + 1);
  return (bmp = t);
}

/** Whether `cp` falls in one of the flattened [first, last] ranges (binary search, as the addon does). */
function inRanges(cp: number, ranges: readonly number[]): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp > ranges[mid * 2 + 1]!) lo = mid + 1;
    else if (cp < ranges[mid * 2]!) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Terminal cells of one code point per Unicode 11: 0 (controls, combining marks), 1, or 2 (wide: CJK, emoji). */
export function cellWidth(cp: number): 0 | 1 | 2 {
  if (cp < 32) return 0;
  if (cp < 127) return 1;
  if (cp < 65536) return bmpTable()[cp] as 0 | 1 | 2;
  if (inRanges(cp, HIGH_COMBINING)) return 0;
  if (inRanges(cp, HIGH_WIDE)) return 2;
  return 1;
}

/** Cell width of a string with no escape sequences in it (a zero-width mark joins the cell before it). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += cellWidth(ch.codePointAt(0)!);
  return w;
}

/**
 * Where text printed from cell offset `from` of a `cols`-wide terminal ends. A wide character that would start on
 * the last column does not fit: the terminal leaves that cell empty and draws it on the next row, and so do we.
 */
export function advanceCells(from: number, text: string, cols: number): number {
  let at = from;
  for (const ch of text) {
    const w = cellWidth(ch.codePointAt(0)!);
    if (w === 2 && cols > 1 && at % cols === cols - 1) at += 1;
    at += w;
  }
  return at;
}
