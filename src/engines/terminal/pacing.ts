import type { OutputChunk } from '../sim/api';

/** How simulated delays become real ones. */
export interface PacingOptions {
  /** Simulated ms per real ms for the line editor (1 = real time, 10 = fast-forward, Infinity = at once). */
  speed?: number;
  /** Real milliseconds per simulated millisecond (1 = real time). */
  scale?: number;
  /** No single wait is longer than this. */
  maxChunkMs?: number;
  /** The waits of one command add up to at most this; longer plans are shrunk evenly. */
  maxTotalMs?: number;
  /** Under prefers-reduced-motion output appears at once. */
  reducedMotion?: boolean;
}

/** One step of playback: wait `waitMs`, then print `text`. */
export interface PlaybackStep {
  waitMs: number;
  text: string;
}

/** Turns simulated chunk delays into real waits: scaled, capped per chunk and in total. */
export function planPlayback(chunks: readonly OutputChunk[], opts: PacingOptions = {}): PlaybackStep[] {
  const { scale = 1, maxChunkMs = 1500, maxTotalMs = 4000, reducedMotion = false } = opts;
  const waits = chunks.map((c) => (reducedMotion ? 0 : Math.min(maxChunkMs, Math.max(0, c.delayMs) * scale)));
  const total = waits.reduce((a, b) => a + b, 0);
  const shrink = total > maxTotalMs ? maxTotalMs / total : 1;
  return chunks.map((c, i) => ({ waitMs: Math.round(waits[i]! * shrink), text: c.text }));
}

/** The speed the line editor plays at: reduced motion (with no speed chosen) shows output at once. */
export function speedOf(opts: PacingOptions): number {
  if (opts.speed !== undefined) return opts.speed;
  if (opts.reducedMotion) return Infinity;
  return 1 / (opts.scale ?? 1);
}
