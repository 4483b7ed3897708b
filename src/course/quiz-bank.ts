import type { RunnableQuiz } from '../engines/quiz/attempt';

/** A quiz whose attempts draw fewer questions than it has (the exam). */
export function isDrawnQuiz(quiz: Pick<RunnableQuiz, 'draw' | 'questions'>): boolean {
  return quiz.draw !== undefined && quiz.draw < quiz.questions.length;
}

/** The heading level the bank file's questions are rendered for: a quiz page's (`<Quiz heading="Questions" />`). */
export const BANK_LEVEL = 2;

/** Where a quiz's bank file is (the exam's, and a lesson quiz's questions), under the site's base path. */
export const bankPath = (quizId: string) => `quizzes/${quizId}/bank.json`;
