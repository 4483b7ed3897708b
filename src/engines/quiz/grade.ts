import type { Question, QuestionOf, QuestionType } from '../../schemas/quiz';
import { graders } from './graders/index';
import type { Grader, QuestionGrade } from './types';

/** The grader for a question's type. */
export function graderFor<T extends QuestionType>(q: QuestionOf<T>): Grader<T> {
  return graders[q.type] as unknown as Grader<T>;
}

// Scores are points × fraction; rounding keeps 1/3-style fractions from printing as 0.33333333.
const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Grades one answer (shapes: see `AnswerMap` in ./types). Anything empty or misshapen — undefined,
 * "", [], {} — scores 0 with a single part saying it was not answered.
 */
export function gradeQuestion(question: Question, answer: unknown): QuestionGrade {
  const grader = graderFor(question);
  const maxScore = question.points;
  const read = grader.readAnswer(answer);
  if (read === undefined)
    return {
      questionId: question.id,
      score: 0,
      maxScore,
      correct: false,
      answered: false,
      parts: [{ id: 'answer', correct: false, feedback: 'Not answered.' }],
    };
  const { fraction, parts } = grader.grade(question, read);
  const score = round(maxScore * Math.min(1, Math.max(0, fraction)), 4);
  return { questionId: question.id, score, maxScore, correct: fraction >= 1, answered: true, parts };
}

/** The result of grading a whole attempt. */
export interface QuizGrade {
  score: number;
  maxScore: number;
  /** 0–100, one decimal. */
  percent: number;
  passed: boolean;
  perQuestion: QuestionGrade[];
}

/** Grades the attempt's questions (`answers` keyed by question id) against the pass mark in percent. */
export function gradeQuiz(
  quiz: { passMark: number; questions: readonly Question[] },
  answers: Readonly<Record<string, unknown>>,
): QuizGrade {
  const perQuestion = quiz.questions.map((q) => gradeQuestion(q, answers[q.id]));
  const score = round(
    perQuestion.reduce((sum, g) => sum + g.score, 0),
    4,
  );
  const maxScore = perQuestion.reduce((sum, g) => sum + g.maxScore, 0);
  const exact = maxScore > 0 ? (score / maxScore) * 100 : 0;
  return {
    score,
    maxScore,
    percent: round(exact, 1),
    passed: maxScore > 0 && exact >= quiz.passMark - 1e-9,
    perQuestion,
  };
}

/** Ids of the questions not answered with full marks: the "retry the ones I missed" list. */
export function missedIds(grade: QuizGrade): string[] {
  return grade.perQuestion.filter((g) => !g.correct).map((g) => g.questionId);
}
