import type { Question, Quiz } from '../../schemas/quiz';
import { graderFor } from './grade';
import { deriveSeed, shuffle } from './random';

/**
 * The questions of one attempt: all of them in the author's order, or, when the quiz sets
 * `draw: N`, N drawn at random in random order. Same quiz and seed → same questions.
 */
export function drawQuestions(quiz: Pick<Quiz, 'questions' | 'draw'>, seed: number): Question[] {
  if (quiz.draw === undefined || quiz.draw >= quiz.questions.length) return [...quiz.questions];
  return shuffle(quiz.questions, deriveSeed(seed, 'draw')).slice(0, quiz.draw);
}

/**
 * The order in which a view shows a question's choices, as ids: options (choice types), items
 * (Ordering, Categorize) or right ids (Matching); empty for types with nothing to shuffle. Same
 * question and seed → same order. An Ordering is never shown already solved.
 */
export function shuffleOptions(question: Question, seed: number): string[] {
  const ids = graderFor(question).shuffled?.(question) ?? [];
  const out = shuffle(ids, deriveSeed(seed, question.id));
  if (question.type === 'Ordering' && out.every((id, i) => id === ids[i])) out.push(out.shift() as string);
  return out;
}

/** Everything a view needs to run one attempt; pass it to `gradeQuiz` with the answers. */
export interface Attempt {
  quizId: string;
  seed: number;
  passMark: number;
  mode: Quiz['mode'];
  questions: Question[];
  /** Question id → display order of its choices (see `shuffleOptions`). */
  order: Record<string, string[]>;
}

/**
 * Starts an attempt. A new attempt: a fresh `seed` (e.g. from Date.now()). "Retry the ones I missed":
 * pass `onlyIds` (e.g. `missedIds(grade)`): those questions of the bank, in the author's order, no draw.
 */
export function startAttempt(quiz: Quiz, opts: { seed: number; onlyIds?: readonly string[] }): Attempt {
  const only = opts.onlyIds ? new Set(opts.onlyIds) : undefined;
  const questions = only ? quiz.questions.filter((q) => only.has(q.id)) : drawQuestions(quiz, opts.seed);
  const order = Object.fromEntries(questions.map((q) => [q.id, shuffleOptions(q, opts.seed)]));
  return { quizId: quiz.id, seed: opts.seed >>> 0, passMark: quiz.passMark, mode: quiz.mode, questions, order };
}

/**
 * A final exam with its full bank: its own questions, then those of each quiz in `from`. Terminal tasks stay in
 * their lessons: an exam is taken without a lab open, so a drawn lab question could not be answered there.
 */
export function assembleFinal(final: Quiz, quizzes: readonly Quiz[]): Quiz {
  const byId = new Map(quizzes.map((q) => [q.id, q]));
  const drawn = final.from.flatMap((id) => byId.get(id)?.questions ?? []).filter((q) => q.type !== 'TerminalTask');
  return { ...final, questions: [...final.questions, ...drawn] };
}
