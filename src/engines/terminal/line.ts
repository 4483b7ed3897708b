import { cellWidth } from './width';

/** The line being edited, as code points, so the cursor never lands inside a surrogate pair. */
export class LineBuffer {
  private chars: string[] = [];
  /** Cursor position in code points, 0 … length. */
  private pos = 0;

  /** The whole line as a string. */
  get text(): string {
    return this.chars.join('');
  }

  /** Cursor position in code points. */
  get cursor(): number {
    return this.pos;
  }

  /** Number of code points in the line. */
  get length(): number {
    return this.chars.length;
  }

  /** The text left of the cursor (its length is the cursor as a UTF-16 index). */
  get beforeCursor(): string {
    return this.chars.slice(0, this.pos).join('');
  }

  /** Replaces the whole line and puts the cursor at its end (history recall, reset). */
  set(text: string): void {
    this.chars = Array.from(text);
    this.pos = this.chars.length;
  }

  /** Inserts text at the cursor and moves the cursor past it. */
  insert(text: string): void {
    const add = Array.from(text);
    this.chars.splice(this.pos, 0, ...add);
    this.pos += add.length;
  }

  /** Deletes the character left of the cursor; false when there is none. */
  backspace(): boolean {
    if (this.pos === 0) return false;
    // The whole character goes: its combining marks with it.
    let start = this.pos - 1;
    while (start > 0 && this.zeroWidthAt(start)) start--;
    this.chars.splice(start, this.pos - start);
    this.pos = start;
    return true;
  }

  /** Deletes the character under the cursor; false at the end of the line. */
  delete(): boolean {
    if (this.pos >= this.chars.length) return false;
    let end = this.pos + 1;
    while (end < this.chars.length && this.zeroWidthAt(end)) end++;
    this.chars.splice(this.pos, end - this.pos);
    return true;
  }

  /**
   * Moves the cursor by `delta` characters, clamped to the line; false if it did not move. A zero-width code point
   * (a combining mark, a variation selector) belongs to the character before it, so the cursor steps over it as
   * readline does: one key press always moves the cursor on screen.
   */
  move(delta: number): boolean {
    let next = Math.min(this.chars.length, Math.max(0, this.pos + delta));
    const step = Math.sign(delta);
    while (step !== 0 && next > 0 && next < this.chars.length && this.zeroWidthAt(next)) next += step;
    const moved = next !== this.pos;
    this.pos = next;
    return moved;
  }

  private zeroWidthAt(i: number): boolean {
    return cellWidth(this.chars[i]!.codePointAt(0)!) === 0;
  }

  /** Moves the cursor to the line's start (Home, Ctrl+A). */
  home(): boolean {
    return this.move(-this.pos);
  }

  /** Moves the cursor to the line's end (End, Ctrl+E). */
  end(): boolean {
    return this.move(this.chars.length - this.pos);
  }

  /** Removes everything left of the cursor (Ctrl+U) and returns it. */
  killBefore(): string {
    const cut = this.chars.splice(0, this.pos).join('');
    this.pos = 0;
    return cut;
  }

  /** Removes everything from the cursor on (Ctrl+K) and returns it. */
  killAfter(): string {
    return this.chars.splice(this.pos).join('');
  }

  /** Removes the whitespace-delimited word left of the cursor, as bash's Ctrl+W does. */
  killWordBefore(): string {
    const start = this.wordStartBefore(this.pos, (c) => /\s/.test(c));
    const cut = this.chars.splice(start, this.pos - start).join('');
    this.pos = start;
    return cut;
  }

  /** Moves to the start of the previous word (Ctrl+Left, Alt+B); words are letters and digits. */
  wordLeft(): boolean {
    return this.move(this.wordStartBefore(this.pos, isSeparator) - this.pos);
  }

  /** Moves to the end of the next word (Ctrl+Right, Alt+F). */
  wordRight(): boolean {
    let i = this.pos;
    while (i < this.chars.length && isSeparator(this.chars[i]!)) i++;
    while (i < this.chars.length && !isSeparator(this.chars[i]!)) i++;
    return this.move(i - this.pos);
  }

  private wordStartBefore(from: number, sep: (c: string) => boolean): number {
    let i = from;
    while (i > 0 && sep(this.chars[i - 1]!)) i--;
    while (i > 0 && !sep(this.chars[i - 1]!)) i--;
    return i;
  }
}

function isSeparator(c: string): boolean {
  return !/[\p{L}\p{N}_]/u.test(c);
}
