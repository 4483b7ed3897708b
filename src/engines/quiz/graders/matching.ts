import type { Grader } from '../types';
import { readIdMap } from '../read';

/** Matching partial credit: each pair matched to its own right earns 1 / (number of pairs). */
export const matching: Grader<'Matching'> = {
  readAnswer: readIdMap,
  grade(q, answer) {
    const parts = q.pairs.map((p) => {
      const given = answer[p.id];
      const correct = given === p.id;
      return {
        id: p.id,
        correct,
        feedback: correct ? 'Matched correctly.' : given ? 'Not a match.' : 'Not matched.',
        expected: p.id,
        given: given ?? '',
      };
    });
    return { fraction: parts.filter((p) => p.correct).length / parts.length, parts };
  },
  answerKey: (q) => Object.fromEntries(q.pairs.map((p) => [p.id, p.id])),
  // Every left shifted to the next pair's right.
  wrongAnswers: (q) => [
    Object.fromEntries(q.pairs.map((p, i) => [p.id, q.pairs[(i + 1) % q.pairs.length]?.id ?? p.id])),
  ],
  shuffled: (q) => [...q.pairs.map((p) => p.id), ...q.distractors.map((d) => d.id)],
  answerState: (q, answer) => (q.pairs.every((p) => answer[p.id]) ? 'complete' : 'partial'),
};
