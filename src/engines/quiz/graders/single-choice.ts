import type { Grader } from '../types';
import { readText } from '../read';

/** SingleChoice: all or nothing; the chosen option's feedback is shown. */
export const singleChoice: Grader<'SingleChoice'> = {
  readAnswer: readText,
  grade(q, answer) {
    const right = q.options.find((o) => o.correct)?.id ?? '';
    const chosen = q.options.find((o) => o.id === answer);
    if (!chosen)
      return {
        fraction: 0,
        parts: [
          {
            id: 'answer',
            correct: false,
            feedback: `"${answer}" is not one of the options.`,
            expected: right,
            given: answer,
          },
        ],
      };
    return {
      fraction: chosen.correct ? 1 : 0,
      parts: [{ id: chosen.id, correct: chosen.correct, feedback: chosen.feedback, expected: right, given: chosen.id }],
    };
  },
  answerKey: (q) => q.options.find((o) => o.correct)?.id ?? '',
  wrongAnswers: (q) => q.options.filter((o) => !o.correct).map((o) => o.id),
  shuffled: (q) => q.options.map((o) => o.id),
};
