import type { Question } from '../../schemas/quiz';
import { deriveSeed, shuffle } from './random';

/**
 * How many of `draw` questions each group gets, in proportion to its size (largest remainders, ties to the
 * larger group, then the earlier one), so a 30-question exam over modules of 20, 30 and 50 questions draws 6, 9 and 15.
 */
export function allocate(sizes: readonly number[], draw: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (draw >= total) return [...sizes];
  const exact = sizes.map((n) => (n * draw) / total);
  const out = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || sizes[b.i]! - sizes[a.i]! || a.i - b.i);
  for (let k = 0, left = draw - out.reduce((a, b) => a + b, 0); left > 0; k++, left--) out[order[k]!.i]!++;
  return out;
}

/**
 * `draw` questions with every group represented in proportion (groups by `groupOf`, e.g. a final exam's modules),
 * each group's share chosen at random, then all of them in random order. Same seed → same questions.
 */
export function drawByGroup(
  questions: readonly Question[],
  groupOf: (q: Question) => string,
  draw: number,
  seed: number,
): Question[] {
  const groups = new Map<string, Question[]>();
  for (const q of questions) groups.set(groupOf(q), [...(groups.get(groupOf(q)) ?? []), q]);
  const names = [...groups.keys()];
  const counts = allocate(
    names.map((g) => groups.get(g)!.length),
    draw,
  );
  const chosen = names.flatMap((g, i) => shuffle(groups.get(g)!, deriveSeed(seed, `draw:${g}`)).slice(0, counts[i]));
  return shuffle(chosen, deriveSeed(seed, 'draw'));
}
