/** The quiz engine's public API: plain TypeScript, no DOM, no zod at runtime. */
export { gradeQuestion, gradeQuiz, missedIds, type QuizGrade } from './grade';
export { drawQuestions, shuffleOptions, startAttempt, assembleFinal, type Attempt } from './attempt';
export { answerKey, wrongAnswers, selfTestQuestion } from './answer-key';
export { answerState, confirmSubmitText, openQuestions, type AnswerState } from './answer-state';
export { describePoints, describeScore, formatNumber, formatPercent } from './score-text';
export type { Answer, AnswerMap, AnswerOf, GoalResult, GradePart, QuestionGrade } from './types';
export { modeRules, type ModeRules } from './modes';
export type { Question, QuestionOf, QuestionType, Quiz, QuizMode } from '../../schemas/quiz';
