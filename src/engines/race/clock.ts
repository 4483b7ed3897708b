/** Pure arithmetic of the race's simulated clock: which stage runs, which log lines are out, who is ready. No DOM. */
import type { RaceStage, RaceTimeline } from '../sim/api';

/** Simulated time when the last lane is ready and every log line has been printed. */
export function raceEndMs(timelines: readonly RaceTimeline[]): number {
  return Math.max(
    0,
    ...timelines.flatMap((t) => [
      t.readyAtMs,
      ...t.stages.map((s) => s.endMs),
      ...t.stages.flatMap((s) => s.lines.map((l) => l.atMs)),
    ]),
  );
}

/** Log lines of a timeline, in time order, each with its stage. */
export function logLines(t: RaceTimeline): Array<{ atMs: number; text: string; stage: string }> {
  return t.stages.flatMap((s) => s.lines.map((l) => ({ ...l, stage: s.id }))).sort((a, b) => a.atMs - b.atMs);
}

/** How many of `lines` have been printed by `nowMs`. */
export function printedCount(lines: ReadonlyArray<{ atMs: number }>, nowMs: number): number {
  let n = 0;
  while (n < lines.length && lines[n]!.atMs <= nowMs) n++;
  return n;
}

/** The stage running at `nowMs`, or undefined once the workload is ready (or before it starts). */
export function stageAt(t: RaceTimeline, nowMs: number): RaceStage | undefined {
  if (nowMs >= t.readyAtMs) return undefined;
  return t.stages.find((s) => s.startMs <= nowMs && nowMs < s.endMs);
}

/** The next stage boundary (start, end, or ready time) after `nowMs` in any lane: the Step button's target. */
export function nextBoundary(timelines: readonly RaceTimeline[], nowMs: number): number {
  const points = timelines.flatMap((t) => [t.readyAtMs, ...t.stages.flatMap((s) => [s.startMs, s.endMs])]);
  const later = points.filter((p) => p > nowMs);
  return later.length ? Math.min(...later) : raceEndMs(timelines);
}

/** Indices of the lanes that are ready by `nowMs`, fastest first (ties in lane order). */
export function readyOrder(timelines: readonly RaceTimeline[], nowMs: number): number[] {
  return timelines
    .map((t, i) => ({ i, at: t.readyAtMs }))
    .filter((x) => x.at <= nowMs)
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.i);
}
