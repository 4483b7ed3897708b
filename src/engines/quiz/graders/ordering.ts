import type { Grader } from '../types';
import { readIds } from '../read';

/** Indexes (into `seq`) of one longest strictly increasing subsequence; n is small, so O(n²). */
export function longestIncreasing(seq: readonly number[]): Set<number> {
  const len = seq.map(() => 1);
  const prev = seq.map(() => -1);
  let best = -1;
  for (let i = 0; i < seq.length; i++) {
    for (let j = 0; j < i; j++)
      if ((seq[j] ?? 0) < (seq[i] ?? 0) && (len[j] ?? 0) + 1 > (len[i] ?? 0)) {
        len[i] = (len[j] ?? 0) + 1;
        prev[i] = j;
      }
    if (best < 0 || (len[i] ?? 0) > (len[best] ?? 0)) best = i;
  }
  const out = new Set<number>();
  for (let i = best; i >= 0; i = prev[i] ?? -1) out.add(i);
  return out;
}

/**
 * Ordering partial credit: the longest run of items already in the right relative order
 * (longest increasing subsequence, L of n items) earns (L − 1) / (n − 1). Fully right = 1,
 * reversed = 0, one item moved anywhere = (n − 2) / (n − 1). Missing, unknown and repeated ids
 * earn nothing. One part per item: correct when it belongs to that kept run.
 */
export const ordering: Grader<'Ordering'> = {
  readAnswer: readIds,
  grade(q, answer) {
    const correctIndex = new Map(q.items.map((item, i) => [item.id, i]));
    const given = answer.filter((id) => correctIndex.has(id));
    const kept = longestIncreasing(given.map((id) => correctIndex.get(id) ?? 0));
    const inRun = new Set(given.filter((_, i) => kept.has(i)));
    const n = q.items.length;
    const parts = q.items.map((item, i) => {
      const at = given.indexOf(item.id);
      return {
        id: item.id,
        correct: inRun.has(item.id),
        feedback: at < 0 ? 'Not placed.' : inRun.has(item.id) ? 'In the right order.' : 'Out of order: move this one.',
        expected: `position ${i + 1}`,
        given: at < 0 ? 'not placed' : `position ${at + 1}`,
      };
    });
    return { fraction: Math.max(0, (inRun.size - 1) / (n - 1)), parts };
  },
  answerKey: (q) => q.items.map((item) => item.id),
  wrongAnswers: (q) => [q.items.map((item) => item.id).reverse()],
  shuffled: (q) => q.items.map((item) => item.id),
};
