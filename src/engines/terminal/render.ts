import { stripAnsi } from './transcript';
import { advanceCells, textWidth } from './width';

/** Where the cursor sits, in cells counted from the first cell of the prompt's row. */
export type CellOffset = number;

/** Escape sequence moving the cursor between two cell offsets of a line wrapped at `cols`. */
export function moveCursor(from: CellOffset, to: CellOffset, cols: number): string {
  if (from === to) return '';
  const rows = Math.floor(to / cols) - Math.floor(from / cols);
  const col = to % cols;
  const vertical = rows < 0 ? `\x1b[${-rows}A` : rows > 0 ? `\x1b[${rows}B` : '';
  return vertical + '\r' + (col > 0 ? `\x1b[${col}C` : '');
}

/**
 * After text ends exactly on the last column, xterm leaves the cursor there with a wrap pending;
 * printing a space and backing over it puts the cursor on the next row's first cell, where the
 * arithmetic in `moveCursor` expects it.
 */
function settleWrap(end: CellOffset, cols: number): string {
  return end > 0 && end % cols === 0 ? ' \b' : '';
}

/** What the editor needs to know to redraw: prompt width and line text with the cursor split. */
export interface LineView {
  promptWidth: number;
  before: string;
  after: string;
}

/** Cell offset of the cursor for a line view (wide characters that wrap early move it on, as in xterm). */
export function cursorOffset(view: LineView, cols = Infinity): CellOffset {
  return advanceCells(view.promptWidth, view.before, cols);
}

/**
 * Sequence redrawing the editable part of the line: go to its start, erase to the end of the
 * screen, print it, and put the cursor back. Returns the new cursor offset with it.
 */
export function redrawLine(from: CellOffset, view: LineView, cols: number): { seq: string; at: CellOffset } {
  const start = view.promptWidth;
  const text = view.before + view.after;
  const end = advanceCells(start, text, cols);
  const at = cursorOffset(view, cols);
  const seq = moveCursor(from, start, cols) + '\x1b[J' + text + settleWrap(end, cols) + moveCursor(end, at, cols);
  return { seq, at };
}

/** Sequence for text typed at the end of the line: just print it (screen readers echo it once). */
export function appendText(from: CellOffset, text: string, cols: number): { seq: string; at: CellOffset } {
  const at = advanceCells(from, text, cols);
  return { seq: text + settleWrap(at, cols), at };
}

/** Sequence that prints a prompt on a fresh row; its width starts the next line view. */
export function printPrompt(prompt: string): { seq: string; promptWidth: number } {
  const visible = stripAnsi(prompt);
  const lastRow = visible.slice(visible.lastIndexOf('\n') + 1);
  return { seq: prompt.replace(/\r?\n/g, '\r\n'), promptWidth: textWidth(lastRow) };
}
