import type { Question } from '../../schemas/quiz';
import { graderFor } from './grade';

/** How far a question has been answered, as the "submit anyway?" check counts it. */
export type AnswerState = 'unanswered' | 'partial' | 'complete';

/**
 * Whether `answer` (as a view reads it) answers `question`: nothing readable is unanswered; types with several
 * parts (rows to match or sort, a lab's goal) say whether some are still open.
 */
export function answerState(question: Question, answer: unknown): AnswerState {
  const grader = graderFor(question);
  const read = grader.readAnswer(answer);
  if (read === undefined) return 'unanswered';
  return grader.answerState?.(question, read) ?? 'complete';
}

/** The questions of an attempt not yet fully answered, by id: none at all, and only some parts. */
export function openQuestions(
  questions: readonly Question[],
  answers: Readonly<Record<string, unknown>>,
): { unanswered: string[]; partial: string[] } {
  const out = { unanswered: [] as string[], partial: [] as string[] };
  for (const q of questions) {
    const state = answerState(q, answers[q.id]);
    if (state !== 'complete') out[state].push(q.id);
  }
  return out;
}

const questions = (n: number) => `${n} question${n === 1 ? '' : 's'}`;
const are = (n: number) => (n === 1 ? 'is' : 'are');

/**
 * "3 questions are unanswered. Submit anyway?", with partly answered ones named too; undefined when every question is
 * fully answered, so submitting needs no confirmation.
 */
export function confirmSubmitText(open: {
  unanswered: readonly string[];
  partial: readonly string[];
}): string | undefined {
  const u = open.unanswered.length;
  const p = open.partial.length;
  if (u + p === 0) return undefined;
  const unanswered = `${questions(u)} ${are(u)} unanswered`;
  const partial = u > 0 ? `${p} ${are(p)} only partly answered` : `${questions(p)} ${are(p)} only partly answered`;
  const what = u > 0 && p > 0 ? `${unanswered} and ${partial}` : u > 0 ? unanswered : partial;
  return `${what}. Submit anyway?`;
}
