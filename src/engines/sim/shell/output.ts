/** Collects a line's output as paced chunks, bounded so no input can flood the terminal. */
import type { OutputChunk } from '../api';

/** The most output one line may produce (64 KiB); the rest is cut with a visible note. */
export const MAX_OUTPUT_CHARS = 64 * 1024;

/**
 * An append-only list of chunks; text written with no delay joins the previous chunk. Given the simulated clock, a
 * chunk is released no earlier than the clock says it was written, so time a command spends (`ctx.advance`) shows
 * as a wait before its next output even when it wrote none: the terminal then waits as long as the command took.
 */
export class OutputBuffer {
  readonly chunks: OutputChunk[] = [];
  private size = 0;
  private truncated = false;
  /** Simulated ms since the line began at which the last chunk is released. */
  private released = 0;
  private readonly startMs: number;

  constructor(private readonly clock?: () => number) {
    this.startMs = clock?.() ?? 0;
  }

  /** Appends text released `delayMs` after the previous chunk (and not before the clock's now). */
  write(text: string, delayMs = 0): void {
    if (this.truncated) return;
    const at = Math.max(this.released + Math.max(0, Math.round(delayMs)), this.elapsed());
    const wait = at - this.released;
    if (text === '' && wait === 0) return;
    let t = text;
    if (this.size + t.length > MAX_OUTPUT_CHARS) {
      t = `${t.slice(0, Math.max(0, MAX_OUTPUT_CHARS - this.size))}\n[output truncated by the simulator]\n`;
      this.truncated = true;
    }
    this.size += t.length;
    this.released = at;
    const last = this.chunks.at(-1);
    if (last && wait === 0) last.text += t;
    else this.chunks.push({ text: t, delayMs: wait });
  }

  /** Ends the output: a command that took time after its last output (`sleep 2`) still takes it. */
  finish(): void {
    const wait = this.elapsed() - this.released;
    if (wait > 0) {
      this.chunks.push({ text: '', delayMs: wait });
      this.released += wait;
    }
  }

  /** All text so far, without pacing. */
  text(): string {
    return this.chunks.map((c) => c.text).join('');
  }

  private elapsed(): number {
    return this.clock ? Math.max(0, this.clock() - this.startMs) : 0;
  }
}
