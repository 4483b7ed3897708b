/** Collects a line's output as paced chunks, bounded so no input can flood the terminal. */
import type { OutputChunk } from '../api';

/** The most output one line may produce (64 KiB); the rest is cut with a visible note. */
export const MAX_OUTPUT_CHARS = 64 * 1024;

/** An append-only list of chunks; text written with no delay joins the previous chunk. */
export class OutputBuffer {
  readonly chunks: OutputChunk[] = [];
  private size = 0;
  private truncated = false;

  /** Appends text released `delayMs` after the previous chunk. */
  write(text: string, delayMs = 0): void {
    if (this.truncated || (text === '' && delayMs === 0)) return;
    let t = text;
    if (this.size + t.length > MAX_OUTPUT_CHARS) {
      t = `${t.slice(0, Math.max(0, MAX_OUTPUT_CHARS - this.size))}\n[output truncated by the simulator]\n`;
      this.truncated = true;
    }
    this.size += t.length;
    const last = this.chunks.at(-1);
    if (last && delayMs === 0) last.text += t;
    else this.chunks.push({ text: t, delayMs: Math.max(0, Math.round(delayMs)) });
  }

  /** All text so far, without pacing. */
  text(): string {
    return this.chunks.map((c) => c.text).join('');
  }
}
