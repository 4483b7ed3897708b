/** Matches CSI (incl. SGR colours), OSC and two-byte escape sequences. */
// eslint-disable-next-line no-control-regex -- matching terminal escape bytes is the point
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/g;

/** Removes escape sequences and carriage returns, leaving the text a reader sees. */
export function stripAnsi(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(/\r(?!\n)/g, '')
    .replace(/\r\n/g, '\n');
}

/**
 * Plain text of everything the terminal has shown, for the copyable transcript and for tests.
 * Kept as logical lines (prompt + command, output), not as screen cells, so it survives clears and wraps.
 */
export class Transcript {
  private done = '';
  private pending = '';

  /** Appends shown text (escape sequences are dropped). */
  append(text: string): void {
    this.done += stripAnsi(text);
  }

  /** Sets the prompt and partial line currently being typed (shown last, not yet committed). */
  setPending(text: string): void {
    this.pending = stripAnsi(text);
  }

  /** Commits the pending line followed by a newline (Enter or Ctrl+C). */
  commitPending(suffix = ''): void {
    this.done += this.pending + suffix + '\n';
    this.pending = '';
  }

  /** Everything shown so far, ending with the line being typed. */
  get text(): string {
    return this.done + this.pending;
  }
}
