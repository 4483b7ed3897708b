// Suggested session plans for a class, packed from the lessons' own minutes. Lessons keep their order (each builds
// on the ones before it). A session plan is a cut of the ordered list into consecutive sessions; the packer picks
// the cut with the shortest longest session, charging a penalty for each lesson cut in two, so a lesson is split
// (at a section heading) only when that shortens the longest session by more than the penalty. Among equally good
// plans it keeps the shortest session as long as it can.

/** A piece of the course that one session can hold: a lesson section, or the final exam. */
export interface ScheduleUnit {
  /** The lesson id, or the exam's quiz id. */
  readonly id: string;
  readonly title: string;
  /** The section heading, for lessons split into sections. */
  readonly part?: string;
  /** The last section heading the unit covers, when it covers several (a section too short for its own minute). */
  readonly lastPart?: string;
  readonly minutes: number;
}

/** One lesson (or part of one) inside a session. */
export interface SessionItem {
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
  /** First and last section held, when the session holds only part of the lesson. */
  readonly parts?: readonly [string, string];
}

/** One session of a plan. */
export interface Session {
  readonly number: number;
  readonly minutes: number;
  readonly items: readonly SessionItem[];
}

/** A whole plan, with how many lessons it cuts across two sessions. */
export interface SessionPlan {
  readonly sessions: readonly Session[];
  readonly longest: number;
  readonly splits: number;
}

/** Minutes a lesson split across sessions is charged, because the class must pick the thread up again. */
export const SPLIT_PENALTY = 10;

/** Packs `units` (in course order) into exactly `count` sessions; see the comment at the top of this file. */
export function planSessions(units: readonly ScheduleUnit[], count: number, splitPenalty = SPLIT_PENALTY): SessionPlan {
  const n = units.length;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`expected a whole number of sessions, found ${count}`);
  if (count > n) throw new RangeError(`cannot fill ${count} sessions with ${n} units`);
  const sum = [0];
  units.forEach((u, i) => sum.push((sum[i] as number) + u.minutes));
  const load = (from: number, to: number) => (sum[to] as number) - (sum[from] as number);
  // Cutting before unit i splits a lesson when unit i continues the lesson of unit i - 1.
  const cutCost = (i: number) => (i > 0 && i < n && units[i]?.id === units[i - 1]?.id ? 1 : 0);

  const caps = new Set<number>();
  for (let i = 0; i < n; i++) for (let j = i + 1; j <= n; j++) caps.add(load(i, j));
  let best: { value: number; cap: number; cuts: number[]; splits: number; shortest: number } | undefined;
  for (const cap of [...caps].sort((a, b) => a - b)) {
    if (cap * count < load(0, n)) continue;
    if (best && cap > best.value) break; // every later cap costs more than the best so far
    const found = fewestSplits(n, count, cap, load, cutCost);
    if (!found) continue;
    const value = cap + splitPenalty * found.splits;
    if (!best || value < best.value || (value === best.value && found.shortest > best.shortest))
      best = { value, cap, ...found };
  }
  if (!best) throw new Error('no plan found'); // unreachable: the largest cap always fits
  const bounds = [0, ...best.cuts, n];
  const sessions = bounds.slice(1).map((end, k) => sessionOf(units, bounds[k] as number, end, k + 1));
  return { sessions, longest: Math.max(...sessions.map((s) => s.minutes)), splits: best.splits };
}

/**
 * Dynamic programme over sessions of at most `cap` minutes: the fewest lesson splits, and among those the longest
 * shortest session (so no session is left with a few minutes). Both parts combine monotonically (a sum and a min),
 * so the best plan for a prefix extends to the best plan overall.
 */
function fewestSplits(
  n: number,
  count: number,
  cap: number,
  load: (from: number, to: number) => number,
  cutCost: (i: number) => number,
): { cuts: number[]; splits: number; shortest: number } | undefined {
  type Cell = { splits: number; shortest: number; from: number };
  const better = (a: Cell, b: Cell | undefined) =>
    !b || a.splits < b.splits || (a.splits === b.splits && a.shortest > b.shortest);
  // best[k][i]: the best way to put the first i units into k sessions, and where session k starts.
  const best: Array<Array<Cell | undefined>> = Array.from({ length: count + 1 }, () => new Array(n + 1));
  (best[0] as Array<Cell | undefined>)[0] = { splits: 0, shortest: Infinity, from: -1 };
  for (let k = 1; k <= count; k++)
    for (let i = k; i <= n; i++)
      for (let j = i - 1; j >= k - 1 && load(j, i) <= cap; j--) {
        const prev = best[k - 1]?.[j];
        if (!prev) continue;
        const cell = {
          splits: prev.splits + (k > 1 ? cutCost(j) : 0),
          shortest: Math.min(prev.shortest, load(j, i)),
          from: j,
        };
        if (better(cell, best[k]?.[i])) (best[k] as Array<Cell | undefined>)[i] = cell;
      }
  const end = best[count]?.[n];
  if (!end) return undefined;
  const cuts: number[] = [];
  for (let k = count, i = n; k > 1; k--) cuts.unshift((i = (best[k]?.[i] as Cell).from));
  return { cuts, splits: end.splits, shortest: end.shortest };
}

/** The units `from`..`to` as a session, consecutive parts of one lesson merged into one item. */
function sessionOf(units: readonly ScheduleUnit[], from: number, to: number, number: number): Session {
  const items: SessionItem[] = [];
  for (let i = from; i < to;) {
    const unit = units[i] as ScheduleUnit;
    let end = i;
    while (end + 1 < to && units[end + 1]?.id === unit.id) end++;
    const whole =
      (i === 0 || units[i - 1]?.id !== unit.id) && (end + 1 === units.length || units[end + 1]?.id !== unit.id);
    const minutes = units.slice(i, end + 1).reduce((m, u) => m + u.minutes, 0);
    const last = units[end] as ScheduleUnit;
    items.push({
      id: unit.id,
      title: unit.title,
      minutes,
      ...(!whole && { parts: [unit.part ?? unit.title, last.lastPart ?? last.part ?? last.title] as const }),
    });
    i = end + 1;
  }
  return { number, minutes: items.reduce((m, it) => m + it.minutes, 0), items };
}

/**
 * Shares a lesson's minutes among its sections by their length in words, in whole minutes that add up to the lesson's
 * (largest remainders first), so a split lesson's halves still add up.
 */
export function shareMinutes(minutes: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (total <= 0) return weights.map((_, i) => (i === 0 ? minutes : 0));
  const exact = weights.map((w) => (w * minutes) / total);
  const out = exact.map(Math.floor);
  const left = minutes - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < left; k++) out[(order[k] as readonly [number, number])[1]]! += 1;
  return out;
}
