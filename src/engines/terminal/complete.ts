import type { Completion } from '../sim/api';
import { textWidth } from './width';

/** What one press of Tab does to the line. */
export type TabOutcome =
  { kind: 'none' } | { kind: 'insert'; line: string; cursor: number } | { kind: 'list'; candidates: string[] };

/** Longest shared start of all strings, compared by code points. */
export function commonPrefix(items: readonly string[]): string {
  if (items.length === 0) return '';
  let prefix = Array.from(items[0]!);
  for (const item of items.slice(1)) {
    const chars = Array.from(item);
    let n = 0;
    while (n < prefix.length && n < chars.length && prefix[n] === chars[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix.join('');
}

/**
 * Applies a completion the way bash does: one candidate is inserted (with a space unless it is a
 * directory), several are narrowed to their common prefix, and a second Tab in a row lists them.
 * `cursor` and the returned cursor are UTF-16 indices, like `Completion.start`.
 */
export function applyCompletion(line: string, cursor: number, completion: Completion, repeated: boolean): TabOutcome {
  const { start, candidates } = completion;
  const typed = line.slice(start, cursor);
  const unique = [...new Set(candidates)];
  const replace = (text: string): TabOutcome => ({
    kind: 'insert',
    line: line.slice(0, start) + text + line.slice(cursor),
    cursor: start + text.length,
  });
  if (unique.length === 0) return { kind: 'none' };
  if (unique.length === 1) {
    const only = unique[0]!;
    return replace(/[/ ]$/.test(only) ? only : only + ' ');
  }
  const prefix = commonPrefix(unique);
  if (prefix.length > typed.length && prefix.startsWith(typed)) return replace(prefix);
  return repeated ? { kind: 'list', candidates: unique.sort() } : { kind: 'none' };
}

/** Lays candidates out in columns down then across, like bash's listing, within `cols` cells. */
export function formatColumns(items: readonly string[], cols: number): string {
  if (items.length === 0) return '';
  const width = Math.max(...items.map(textWidth)) + 2;
  const perRow = Math.max(1, Math.floor(cols / width));
  const rows = Math.ceil(items.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let row = '';
    for (let c = 0; c * rows + r < items.length; c++) {
      const item = items[c * rows + r]!;
      const last = (c + 1) * rows + r >= items.length;
      row += last ? item : item + ' '.repeat(width - textWidth(item));
    }
    lines.push(row);
  }
  return lines.join('\n');
}
