/**
 * The race's time axes. The main axis is linear from 0 to just past the slower lane's finish, so lengths compare
 * honestly. When the faster lane would be a sliver on it (under a fifth of the axis), a zoomed inset shows the first
 * part of the race on its own linear axis, and the text says how much it is magnified.
 */
import type { RaceTimeline } from '../sim/api';

/** A linear time axis from 0 to `maxMs`, with a tick every `stepMs`. */
export interface Axis {
  maxMs: number;
  stepMs: number;
  ticks: number[];
}

/** Below this share of the main axis, the faster lane gets a zoomed inset. */
export const ZOOM_BELOW = 0.2;

/** The smallest 1-2-5 step that splits `spanMs` into at most `maxIntervals`, and the axis rounded up to it. */
export function niceAxis(spanMs: number, maxIntervals = 6): Axis {
  const span = Math.max(1, spanMs);
  let stepMs = 1;
  for (let p = 1; ; p *= 10) {
    const found = [1, 2, 5].map((n) => n * p).find((s) => Math.ceil(span / s) <= maxIntervals);
    if (found) {
      stepMs = found;
      break;
    }
  }
  const n = Math.ceil(span / stepMs);
  return { maxMs: n * stepMs, stepMs, ticks: Array.from({ length: n + 1 }, (_, i) => i * stepMs) };
}

/** The main axis: up to the slowest lane's ready time. */
export function mainAxis(timelines: readonly RaceTimeline[]): Axis {
  return niceAxis(Math.max(0, ...timelines.map((t) => t.readyAtMs)));
}

/** The zoomed inset's axis (up to the fastest lane's ready time), or undefined when every lane reads well unzoomed. */
export function zoomAxis(timelines: readonly RaceTimeline[], main: Axis): Axis | undefined {
  const fastest = Math.min(...timelines.map((t) => t.readyAtMs));
  if (!(fastest > 0) || fastest / main.maxMs >= ZOOM_BELOW) return undefined;
  return niceAxis(fastest);
}

/** How many times wider the inset draws a millisecond than the main axis does. */
export function magnification(main: Axis, zoom: Axis): number {
  return Math.round(main.maxMs / zoom.maxMs);
}

/** A tick's label in the axis's unit: `0`, `150 ms`, `2 s`, `2.5 s`. */
export function tickLabel(ms: number, axis: Axis): string {
  if (ms === 0) return '0';
  return axis.maxMs < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(3))} s`;
}

/** Label every `stride`-th tick so labels of about `labelPx` never collide on an axis `widthPx` wide. */
export function tickStride(axis: Axis, widthPx: number, labelPx = 56): number {
  const intervals = Math.max(1, axis.ticks.length - 1);
  const perTick = widthPx / intervals;
  return perTick <= 0 ? intervals : Math.max(1, Math.ceil(labelPx / perTick));
}

/** The sentence under the main axis that states its scale. */
export function mainScaleText(axis: Axis): string {
  return `Linear time axis: 0 to ${tickLabel(axis.maxMs, axis)}.`;
}

/** The sentence that states what the inset shows and how much it is magnified. */
export function zoomScaleText(main: Axis, zoom: Axis, fastestNoun: string): string {
  return `Zoomed in: the first ${tickLabel(zoom.maxMs, zoom)}, drawn ${magnification(main, zoom)}× wider, so the ${fastestNoun}'s stages can be seen.`;
}
