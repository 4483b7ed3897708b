import type { Grader } from '../types';

/** TrueFalse: all or nothing; the feedback for the value the learner chose is shown. */
export const trueFalse: Grader<'TrueFalse'> = {
  readAnswer: (value) => (typeof value === 'boolean' ? value : undefined),
  grade(q, answer) {
    const correct = answer === q.answer;
    return {
      fraction: correct ? 1 : 0,
      parts: [
        {
          id: 'answer',
          correct,
          feedback: answer ? q.feedbackTrue : q.feedbackFalse,
          expected: String(q.answer),
          given: String(answer),
        },
      ],
    };
  },
  answerKey: (q) => q.answer,
  wrongAnswers: (q) => [!q.answer],
};
