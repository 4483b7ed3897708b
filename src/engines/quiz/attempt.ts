import type { Question, Quiz } from '../../schemas/quiz';
import { graderFor } from './grade';
import { deriveSeed, shuffle } from './random';
import { drawByGroup } from './strata';

/** A quiz as the engine runs it; a final's bank also records each question's group (its lesson's module). */
export type RunnableQuiz = Quiz & { groups?: Readonly<Record<string, string>> };

/**
 * The questions of one attempt: all of them in the author's order, or, when the quiz sets
 * `draw: N`, N drawn at random in random order — in proportion to each group's share of the bank when
 * the quiz has `groups` (a final exam covers every module). Same quiz and seed → same questions.
 */
export function drawQuestions(quiz: Pick<RunnableQuiz, 'questions' | 'draw' | 'groups'>, seed: number): Question[] {
  if (quiz.draw === undefined || quiz.draw >= quiz.questions.length) return [...quiz.questions];
  const groups = quiz.groups;
  if (groups) return drawByGroup(quiz.questions, (q) => groups[q.id] ?? '', quiz.draw, seed);
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
export function startAttempt(quiz: RunnableQuiz, opts: { seed: number; onlyIds?: readonly string[] }): Attempt {
  const only = opts.onlyIds ? new Set(opts.onlyIds) : undefined;
  const questions = only ? quiz.questions.filter((q) => only.has(q.id)) : drawQuestions(quiz, opts.seed);
  const order = Object.fromEntries(questions.map((q) => [q.id, shuffleOptions(q, opts.seed)]));
  return { quizId: quiz.id, seed: opts.seed >>> 0, passMark: quiz.passMark, mode: quiz.mode, questions, order };
}

/**
 * A final exam with its full bank: its own questions, then those of each quiz in `from`. Terminal tasks stay in
 * their lessons: an exam is taken without a lab open, so a drawn lab question could not be answered there.
 * With `groupOf` (quiz id → its lesson's module), draws keep every module in proportion.
 */
export function assembleFinal(
  final: Quiz,
  quizzes: readonly Quiz[],
  groupOf?: (quizId: string) => string | undefined,
): RunnableQuiz {
  const byId = new Map(quizzes.map((q) => [q.id, q]));
  const taken = final.from.map((id) => ({
    id,
    questions: (byId.get(id)?.questions ?? []).filter((q) => q.type !== 'TerminalTask'),
  }));
  const bank = { ...final, questions: [...final.questions, ...taken.flatMap((t) => t.questions)] };
  if (!groupOf) return bank;
  const groups: Record<string, string> = {};
  for (const q of final.questions) groups[q.id] = final.id;
  for (const t of taken) for (const q of t.questions) groups[q.id] = groupOf(t.id) ?? t.id;
  return { ...bank, groups };
}
