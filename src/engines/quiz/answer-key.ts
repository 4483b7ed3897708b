import type { Question } from '../../schemas/quiz';
import { gradeQuestion, graderFor } from './grade';
import type { Answer } from './types';

/** An answer to `question` that earns full marks (for content self-tests and "show answer"). */
export function answerKey(question: Question): Answer {
  return graderFor(question).answerKey(question);
}

/** Plausible wrong answers to `question` (e.g. each wrong option); each must score below full marks. */
export function wrongAnswers(question: Question): Answer[] {
  return graderFor(question).wrongAnswers(question);
}

/** The content self-test for one question: its key must earn full marks, each wrong answer less. Returns failures. */
export function selfTestQuestion(question: Question): string[] {
  const failures: string[] = [];
  const key = gradeQuestion(question, answerKey(question));
  if (!key.correct) failures.push(`${question.id}: the answer key scores ${key.score}/${key.maxScore}`);
  for (const wrong of wrongAnswers(question)) {
    const g = gradeQuestion(question, wrong);
    if (g.score >= g.maxScore)
      failures.push(`${question.id}: the wrong answer ${JSON.stringify(wrong)} scores full marks`);
  }
  return failures;
}
