/** Pure arithmetic of the race view: what each pane shows at a simulated time. No DOM. */
import type { RaceStage, RaceTimeline } from '../../engines/sim/api';

/** Simulated time when the last pane is ready and every log line has been printed. */
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

/** The next stage boundary (start, end, or ready time) after `nowMs` in any pane: the Step button's target. */
export function nextBoundary(timelines: readonly RaceTimeline[], nowMs: number): number {
  const points = timelines.flatMap((t) => [t.readyAtMs, ...t.stages.flatMap((s) => [s.startMs, s.endMs])]);
  const later = points.filter((p) => p > nowMs);
  return later.length ? Math.min(...later) : raceEndMs(timelines);
}

/** Indices of the panes that are ready by `nowMs`, fastest first. */
export function readyOrder(timelines: readonly RaceTimeline[], nowMs: number): number[] {
  return timelines
    .map((t, i) => ({ i, at: t.readyAtMs }))
    .filter((x) => x.at <= nowMs)
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.i);
}

/** Simulated time as a log timestamp, `00:12.345` (minutes, seconds, ms), distinct from dmesg's own `[ 0.1234]`. */
export function formatStamp(ms: number): string {
  const total = Math.round(ms);
  const min = Math.floor(total / 60_000);
  const sec = ((total % 60_000) / 1000).toFixed(3).padStart(6, '0');
  return `${String(min).padStart(2, '0')}:${sec}`;
}

/** A duration for people: `850 ms`, `1.25 s`, `1 min 4.0 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${Math.floor(ms / 60_000)} min ${((ms % 60_000) / 1000).toFixed(1)} s`;
}

/** A size for people: MiB below 1 GiB (one decimal under 10), GiB above. */
export function formatMiB(mib: number): string {
  if (mib >= 1024) return `${(mib / 1024).toFixed(1)} GiB`;
  return mib < 10 ? `${mib.toFixed(1)} MiB` : `${Math.round(mib)} MiB`;
}

/** Advances the clock by a real interval at a speed, clamped to the race's end. */
export function advanceClock(nowMs: number, realMs: number, speed: number, endMs: number): number {
  return Math.min(endMs, nowMs + realMs * speed);
}

/** The profiles a pane can race, with the names the select shows. */
export const PROFILE_LABELS: Readonly<Record<RaceTimeline['profile'], string>> = {
  'kvm-distro': 'Distro VM on KVM',
  microvm: 'MicroVM (Firecracker-like)',
  'container-cached': 'Container, image cached',
  'container-pull': 'Container, needs a pull',
};

/** Rows of the end-of-race summary table: label and formatted value per timeline. */
export function summaryRows(timelines: readonly RaceTimeline[]): Array<{ label: string; values: string[] }> {
  return [
    { label: 'Time to ready', values: timelines.map((t) => formatDuration(t.readyAtMs)) },
    {
      label: 'Guest RAM (allocated as the guest touches it)',
      values: timelines.map((t) => (t.guestRamMiB === null ? 'none: no guest' : `up to ${formatMiB(t.guestRamMiB)}`)),
    },
    {
      label: 'Monitor or shim beside it',
      values: timelines.map((t) => `${t.overhead.atMost ? '≤ ' : ''}${t.overhead.amount} ${t.overhead.unit}`),
    },
    { label: 'Disk used', values: timelines.map((t) => formatMiB(t.diskUsedMiB)) },
    { label: 'Kernels started', values: timelines.map((t) => String(t.kernelsStarted)) },
  ];
}
