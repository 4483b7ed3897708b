/**
 * What Ctrl+C needs to rewind the last line (see interrupt.ts) without copying the session before every line: a
 * checkpoint, taken only when the previous one may be needed no more, and the lines run since. The engine is
 * deterministic (seeded randomness, simulated clock), so running those lines again from the checkpoint gives the
 * session exactly as it was before the interrupted line. Lines that take no time, most of them, copy nothing.
 */
import type { ExecResult } from '../api';
import type { ShellCore } from './core';
import { restoreSnapshot, takeSnapshot, type Snapshot } from './interrupt';
import type { OutputBuffer } from './output';

/** More lines than this since the checkpoint: take a new one, so a rewind never replays a long session. */
const MAX_LOG = 200;

/** Runs one line (as the session does), optionally stopped at a deadline and watched. */
export type LineRunner = (line: string, watch?: (out: OutputBuffer) => void) => ExecResult;

export class Rewind {
  private checkpoint: Snapshot | null = null;
  private log: string[] = [];
  private stale = true;

  constructor(private readonly core: ShellCore) {}

  /** Before each line: a new checkpoint when the last line took time (its rewind is no longer possible). */
  before(): void {
    if (!this.stale && this.checkpoint && this.log.length < MAX_LOG) return;
    this.checkpoint = takeSnapshot(this.core);
    this.log = [];
    this.stale = false;
  }

  /** After each line: remember it; one that took time makes the checkpoint stale for the next line. */
  after(line: string, tookMs: number): void {
    this.log.push(line);
    if (tookMs > 0) this.stale = true;
  }

  /** Puts the session back as it was before the last line; returns that line (to run again up to a deadline). */
  rewind(run: LineRunner): string | null {
    const snap = this.checkpoint;
    const line = this.log.at(-1);
    if (!snap || line === undefined) return null;
    restoreSnapshot(this.core, snap);
    // The checkpoint's objects are the session's now: the next line takes a fresh one.
    this.checkpoint = null;
    this.stale = true;
    for (const earlier of this.log.slice(0, -1)) run(earlier);
    this.log = [];
    return line;
  }
}
