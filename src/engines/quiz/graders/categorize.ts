import type { Grader } from '../types';
import { readIdMap } from '../read';

/** Categorize partial credit: each item put in its own bucket earns 1 / (number of items). */
export const categorize: Grader<'Categorize'> = {
  readAnswer: readIdMap,
  grade(q, answer) {
    const parts = q.items.map((item) => {
      const given = answer[item.id];
      const correct = given === item.bucket;
      return {
        id: item.id,
        correct,
        feedback: correct ? 'In the right group.' : given ? 'Wrong group.' : 'Not sorted.',
        expected: item.bucket,
        given: given ?? '',
      };
    });
    return { fraction: parts.filter((p) => p.correct).length / parts.length, parts };
  },
  answerKey: (q) => Object.fromEntries(q.items.map((item) => [item.id, item.bucket])),
  // Every item moved to the next bucket.
  wrongAnswers(q) {
    const ids = q.buckets.map((b) => b.id);
    return [
      Object.fromEntries(
        q.items.map((item) => [item.id, ids[(ids.indexOf(item.bucket) + 1) % ids.length] ?? item.bucket]),
      ),
    ];
  },
  shuffled: (q) => q.items.map((item) => item.id),
  answerState: (q, answer) => (q.items.every((item) => answer[item.id]) ? 'complete' : 'partial'),
};
