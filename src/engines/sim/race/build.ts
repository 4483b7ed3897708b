/** Helpers shared by the race profiles: seeded jitter, stage assembly, and real-looking log prefixes. */
import type { RaceStage } from '../api';
import type { Rng } from '../rng';

/** A stage before placement on the timeline: duration plus lines at fractions (0..1) of it. */
export interface StageSpec {
  id: string;
  label: string;
  explanation: string;
  durationMs: number;
  lines: Array<[fraction: number, text: string | ((atMs: number) => string)]>;
}

/** Scales a duration by ±3 % seeded jitter: runs differ a little, like real ones, yet replay exactly. */
export function jitter(rng: Rng, ms: number): number {
  return Math.max(0, Math.round(ms * (1 + (rng.next() - 0.5) * 0.06)));
}

/** Lays stages end to end from `startMs`, placing each line at its fraction of its stage. */
export function layOut(specs: StageSpec[], startMs = 0): RaceStage[] {
  let t = startMs;
  return specs.map((s) => {
    const stage: RaceStage = {
      id: s.id,
      label: s.label,
      explanation: s.explanation,
      startMs: t,
      endMs: t + s.durationMs,
      lines: s.lines.map(([f, text]) => {
        const atMs = t + Math.round(s.durationMs * f);
        return { atMs, text: typeof text === 'function' ? text(atMs) : text };
      }),
    };
    t = stage.endMs;
    return stage;
  });
}

/** A dmesg prefix: `[    0.412345] ` for a time in ms since the kernel started. */
export function dmesg(msSinceKernel: number, text: string): string {
  const secs = (Math.max(0, msSinceKernel) / 1000).toFixed(6);
  return `[${secs.padStart(12)}] ${text}`;
}

/** A logrus-style daemon line as dockerd and containerd print them (`time=… level=info msg=…`). */
export function daemonLine(epochMs: number, atMs: number, msg: string, extra = ''): string {
  const iso = new Date(epochMs + atMs)
    .toISOString()
    .replace(/\.(\d{3})Z$/, (_m, ms: string) => `.${ms}${String(atMs % 1000).padStart(6, '0')}Z`);
  return `time="${iso}" level=info msg="${msg}"${extra ? ` ${extra}` : ''}`;
}
