import type { QuestionOf, QuestionType } from '../../schemas/quiz';

/** The simulated terminal's verdict, as `checkGoal(state, goal)` in src/engines/sim/goals.ts returns it. */
export interface GoalResult {
  done: boolean;
  parts: ReadonlyArray<{ description: string; met: boolean; detail?: string }>;
}

/** What a learner's answer looks like, per question type. */
export interface AnswerMap {
  /** The chosen option id. */
  SingleChoice: string;
  /** The chosen option ids (duplicates are ignored). */
  MultipleChoice: readonly string[];
  TrueFalse: boolean;
  /** Item ids, first to last. */
  Ordering: readonly string[];
  /** Pair id → chosen right id (a pair id or a distractor id). */
  Matching: Readonly<Record<string, string>>;
  /** Item id → chosen bucket id. */
  Categorize: Readonly<Record<string, string>>;
  /** The typed text. */
  ShortAnswer: string;
  /** The typed text, e.g. "128 MiB" or "0.5 s"; a bare number is read in the question's unit. */
  Numeric: string | number;
  TerminalTask: GoalResult;
}

/** The answer shape for one question type. */
export type AnswerOf<T extends QuestionType> = AnswerMap[T];
/** Any answer. */
export type Answer = AnswerMap[QuestionType];

/** One judged piece of an answer: an option, an item, a pair, a goal part, or the whole answer. */
export interface GradePart {
  /** The option/item/pair id, `goal-N` for terminal goal parts, or `answer` for a whole answer. */
  id: string;
  correct: boolean;
  /** What to tell the learner about this part. */
  feedback: string;
  /** For choice/ordering/matching/categorize: ids or positions; for typed answers: text to show. */
  expected?: string;
  given?: string;
}

/** The result of grading one question. */
export interface QuestionGrade {
  questionId: string;
  score: number;
  maxScore: number;
  /** True only for full marks. */
  correct: boolean;
  answered: boolean;
  parts: GradePart[];
}

/** One question type's runtime behaviour: pure functions over plain data, no DOM, no zod. */
export interface Grader<T extends QuestionType> {
  /** Reads an untrusted value as this type's answer, de-duplicated; undefined when empty or misshapen. */
  readAnswer(value: unknown): AnswerOf<T> | undefined;
  /** The fraction of the points earned, in [0, 1], with feedback per part. */
  grade(q: QuestionOf<T>, answer: AnswerOf<T>): { fraction: number; parts: GradePart[] };
  /** An answer that earns full marks. */
  answerKey(q: QuestionOf<T>): AnswerOf<T>;
  /** Plausible wrong answers, each of which must score below full marks (for content self-tests). */
  wrongAnswers(q: QuestionOf<T>): Array<AnswerOf<T>>;
  /** Ids of what a view shows in shuffled order (options, items, rights); absent when nothing shuffles. */
  shuffled?(q: QuestionOf<T>): readonly string[];
  /** Whether a read answer leaves parts open (rows unmatched, goal parts unmet); absent: any answer is complete. */
  answerState?(q: QuestionOf<T>, answer: AnswerOf<T>): 'unanswered' | 'partial' | 'complete';
}
