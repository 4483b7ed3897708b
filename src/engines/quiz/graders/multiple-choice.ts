import type { Grader } from '../types';
import { readIds } from '../read';

const correctIds = (options: ReadonlyArray<{ id: string; correct: boolean }>) =>
  options.filter((o) => o.correct).map((o) => o.id);

/**
 * MultipleChoice partial credit: with k correct options, each correct option selected earns 1/k
 * and each wrong option selected costs 1/k, floored at 0. So all right = full marks, selecting
 * every option earns nothing unless every option is right, and a duplicate id counts once.
 * Ids that are not options are ignored. One part per option, carrying that option's feedback.
 */
export const multipleChoice: Grader<'MultipleChoice'> = {
  readAnswer: readIds,
  grade(q, answer) {
    const chosen = new Set(answer);
    const k = q.options.filter((o) => o.correct).length;
    let net = 0;
    const parts = q.options.map((o) => {
      const selected = chosen.has(o.id);
      if (selected) net += o.correct ? 1 : -1;
      return {
        id: o.id,
        correct: selected === o.correct,
        feedback: o.feedback,
        expected: o.correct ? 'selected' : 'not selected',
        given: selected ? 'selected' : 'not selected',
      };
    });
    return { fraction: Math.max(0, net / k), parts };
  },
  answerKey: (q) => correctIds(q.options),
  wrongAnswers(q) {
    const key = correctIds(q.options);
    const wrong = q.options.filter((o) => !o.correct).map((o) => [...key, o.id]);
    return key.length > 1 ? [...wrong, key.slice(1)] : wrong;
  },
  shuffled: (q) => q.options.map((o) => o.id),
};
