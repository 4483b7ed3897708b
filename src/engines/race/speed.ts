/**
 * Slow motion. A 131 ms microVM is over before the eye lands on it, so by default the race plays each stretch at the
 * factor that suits the fastest lane still running: slowed until that lane is ready, then at the next lane's factor.
 * The learner can instead fix one factor. The factor in force is always stated on screen.
 */
import type { RaceTimeline } from '../sim/api';
import { formatDuration } from './format';

/** The slow-motion factors a learner can choose; 1 is real time. */
export const SPEED_FACTORS = [1, 2, 5, 10, 20, 50] as const;

/** How long, on screen, a lane should take at least for its stages to be watched (ms of real time). */
export const SCREEN_TARGET_MS = 2500;

/** One stretch of the race played at one factor, up to (not including) `untilMs` of simulated time. */
export interface SpeedPhase {
  untilMs: number;
  factor: number;
  /** The lane whose finish ends this phase (absent on the last, open-ended one). */
  lane?: number;
}

/** The smallest listed factor that keeps a lane of `readyMs` on screen for SCREEN_TARGET_MS, at most 50×. */
export function slowMotionFor(readyMs: number): number {
  return SPEED_FACTORS.find((f) => readyMs * f >= SCREEN_TARGET_MS) ?? SPEED_FACTORS.at(-1)!;
}

/** The default plan for a pair: each lane's own factor until it is ready, fastest lane first. */
export function autoPlan(timelines: readonly RaceTimeline[]): SpeedPhase[] {
  const order = timelines.map((t, lane) => ({ lane, at: t.readyAtMs })).sort((a, b) => a.at - b.at || a.lane - b.lane);
  const phases: SpeedPhase[] = [];
  for (const { lane, at } of order) {
    const factor = slowMotionFor(at);
    const last = phases.at(-1);
    if (last && last.factor === factor) Object.assign(last, { untilMs: at, lane });
    else phases.push({ untilMs: at, factor, lane });
  }
  const last = phases.at(-1) ?? { untilMs: 0, factor: 1 };
  return [...phases.slice(0, -1), { untilMs: Infinity, factor: last.factor }];
}

/** A plan with one factor throughout. */
export function fixedPlan(factor: number): SpeedPhase[] {
  return [{ untilMs: Infinity, factor }];
}

/** The phase in force at `nowMs`. */
export function phaseAt(plan: readonly SpeedPhase[], nowMs: number): SpeedPhase {
  return plan.find((p) => nowMs < p.untilMs) ?? plan.at(-1)!;
}

/** Advances the clock by `realMs` of screen time under a plan, across phase changes, clamped to `endMs`. */
export function advanceClock(nowMs: number, realMs: number, plan: readonly SpeedPhase[], endMs: number): number {
  let t = nowMs;
  let real = realMs;
  for (const p of plan) {
    if (t >= p.untilMs) continue;
    const room = (p.untilMs - t) * p.factor;
    if (real <= room) return Math.min(endMs, t + real / p.factor);
    t = p.untilMs;
    real -= room;
  }
  return Math.min(endMs, t);
}

/** `Slowed 20×: 1 s on screen = 50 ms` or `Real time: 1 s on screen = 1 s`. */
export function factorText(factor: number): string {
  return factor === 1
    ? 'Real time: 1 s on screen = 1 s'
    : `Slowed ${factor}×: 1 s on screen = ${formatDuration(1000 / factor)}`;
}

/** The speed as stated on screen at `nowMs`, with the change to come, if any, and which lane's finish brings it. */
export function speedText(plan: readonly SpeedPhase[], nowMs: number, nouns: readonly string[]): string {
  const i = plan.indexOf(phaseAt(plan, nowMs));
  const now = plan[i]!;
  const next = plan[i + 1];
  if (!next || now.lane === undefined) return `${factorText(now.factor)}.`;
  const then = next.factor === 1 ? 'real time' : `slowed ${next.factor}×`;
  return `${factorText(now.factor)}, until the ${nouns[now.lane]} is ready; then ${then}.`;
}
