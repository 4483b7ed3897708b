/** Geometry of a lane's bar at a simulated time: one segment per stage, grown up to now, clipped to an axis. */
import type { RaceTimeline } from '../sim/api';
import { stageAt } from './clock';
import { formatDuration } from './format';

/** Whether a stage is over, running, or still to come at the time drawn. */
export type SegmentState = 'done' | 'running' | 'pending';

/** One stage's segment, in percent of the axis; `widthPct` is 0 until the stage starts. */
export interface Segment {
  /** 1-based, as the stage tables number stages. */
  index: number;
  label: string;
  leftPct: number;
  widthPct: number;
  state: SegmentState;
}

const pct = (ms: number, axisMaxMs: number): number => (Math.min(Math.max(ms, 0), axisMaxMs) / axisMaxMs) * 100;

/** Each stage of a lane as drawn at `nowMs` on an axis from 0 to `axisMaxMs`. */
export function barSegments(t: RaceTimeline, nowMs: number, axisMaxMs: number): Segment[] {
  return t.stages.map((s, i) => {
    const state: SegmentState = nowMs >= s.endMs ? 'done' : nowMs > s.startMs ? 'running' : 'pending';
    const leftPct = pct(s.startMs, axisMaxMs);
    const rightPct = pct(Math.min(nowMs, s.endMs), axisMaxMs);
    return { index: i + 1, label: s.label, leftPct, widthPct: Math.max(0, rightPct - leftPct), state };
  });
}

/** Where the finish line of a lane sits on an axis (percent), or undefined while it is not yet ready or off the axis. */
export function finishPct(t: RaceTimeline, nowMs: number, axisMaxMs: number): number | undefined {
  if (nowMs < t.readyAtMs || t.readyAtMs > axisMaxMs) return undefined;
  return pct(t.readyAtMs, axisMaxMs);
}

/** What a segment can show: its full label, its number (the stage tables decode it), or nothing. */
export type LabelFit = 'label' | 'number' | 'none';

/** Picks the longest text that fits a segment `segmentPx` wide with `paddingPx` to spare. */
export function fitLabel(segmentPx: number, labelPx: number, numberPx: number, paddingPx = 8): LabelFit {
  if (segmentPx >= labelPx + paddingPx) return 'label';
  if (segmentPx >= numberPx + paddingPx) return 'number';
  return 'none';
}

/** What a lane's heading says at `nowMs`: its elapsed time (frozen once ready) and what it is doing. */
export function laneStatus(t: RaceTimeline, nowMs: number): { time: string; doing: string; ready: boolean } {
  if (nowMs >= t.readyAtMs) return { time: formatDuration(t.readyAtMs), doing: 'ready', ready: true };
  if (nowMs <= 0) return { time: formatDuration(0), doing: 'not started', ready: false };
  return { time: formatDuration(nowMs), doing: stageAt(t, nowMs)?.label ?? '', ready: false };
}
