/** The result of a race in one sentence: who is ready first, and how many times sooner, computed from the timelines. */
import type { RaceTimeline } from '../sim/api';
import { formatDuration } from './format';
import { PROFILE_NOUNS } from './profiles';

/** `35×` for a large ratio, `2.0×` below ten (one decimal is meaningful there). */
export function ratioText(slowMs: number, fastMs: number): string {
  const r = slowMs / fastMs;
  return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `Cached container ready in 298 ms, 35× sooner than the distro VM (10.3 s).` for two lanes. */
export function verdictText(timelines: readonly [RaceTimeline, RaceTimeline]): string {
  const [fast, slow] = [...timelines].sort((a, b) => a.readyAtMs - b.readyAtMs) as [RaceTimeline, RaceTimeline];
  const fastAt = formatDuration(fast.readyAtMs);
  const slowAt = formatDuration(slow.readyAtMs);
  if (fast.readyAtMs === slow.readyAtMs) return `A tie: both ready in ${fastAt}.`;
  const noun = PROFILE_NOUNS[fast.profile];
  const other = PROFILE_NOUNS[slow.profile];
  const them = noun === other ? `the other ${other}` : `the ${other}`;
  if (fast.readyAtMs === 0) return `${capital(noun)} ready at once, ${them} after ${slowAt}.`;
  return `${capital(noun)} ready in ${fastAt}, ${ratioText(slow.readyAtMs, fast.readyAtMs)} sooner than ${them} (${slowAt}).`;
}
