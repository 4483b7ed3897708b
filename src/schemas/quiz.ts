import { z } from 'astro/zod';
import { IdSchema } from './lesson';
import type { Finding } from './quiz/base';
import { CategorizeSchema, checkCategorize } from './quiz/categorize';
import { checkMatching, MatchingSchema } from './quiz/matching';
import { checkMultipleChoice, MultipleChoiceSchema } from './quiz/multiple-choice';
import { checkNumeric, NumericSchema } from './quiz/numeric';
import { checkOrdering, OrderingSchema } from './quiz/ordering';
import { checkShortAnswer, ShortAnswerSchema } from './quiz/short-answer';
import { checkSingleChoice, SingleChoiceSchema } from './quiz/single-choice';
import { TerminalTaskSchema } from './quiz/terminal-task';
import { TrueFalseSchema } from './quiz/true-false';

/** Every question type, one schema file each under src/schemas/quiz/. */
export const QuestionSchema = z.discriminatedUnion('type', [
  SingleChoiceSchema,
  MultipleChoiceSchema,
  TrueFalseSchema,
  OrderingSchema,
  MatchingSchema,
  CategorizeSchema,
  ShortAnswerSchema,
  NumericSchema,
  TerminalTaskSchema,
]);

export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question['type'];
/** The question of one type, e.g. `QuestionOf<'Numeric'>`. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** The type names, in the order authors see them in error messages. */
export const questionTypes: readonly QuestionType[] = QuestionSchema.options.map((o) => o.shape.type.value);

/** Cross-field checks per type that no single field's schema can express. */
export const questionChecks: { [T in QuestionType]?: (q: QuestionOf<T>) => Finding[] } = {
  SingleChoice: checkSingleChoice,
  MultipleChoice: checkMultipleChoice,
  Ordering: checkOrdering,
  Matching: checkMatching,
  Categorize: checkCategorize,
  ShortAnswer: checkShortAnswer,
  Numeric: checkNumeric,
};

/** A quiz file, quizzes/<id>.yaml. */
export const QuizSchema = z.strictObject({
  id: IdSchema,
  /** The page and the lesson add "Quiz: " themselves. */
  title: z
    .string()
    .min(1)
    .refine((t) => !/^quiz:/i.test(t), 'the title without a leading "Quiz:" (the pages add it)'),
  /** Percent of the points needed to pass. */
  passMark: z.number().min(0).max(100).default(80),
  /**
   * `practice`: feedback after each question; `exam`: feedback after submitting all; `check`: a lesson's quick checks,
   * each question answered in place where a `<QuickCheck>` tag puts it (never a quiz page, an exam's bank or a score).
   */
  mode: z.enum(['practice', 'exam', 'check']).default('practice'),
  /** Draw this many questions at random for each attempt (default: all). */
  draw: z.number().int().positive().optional(),
  /** A course-wide final exam: its bank is its own questions plus those of the `from` quizzes. */
  final: z.boolean().default(false),
  from: z.array(IdSchema).default([]),
  questions: z.array(QuestionSchema).default([]),
});

export type Quiz = z.output<typeof QuizSchema>;
/** How a quiz is taken; switch on it through a `{ [M in QuizMode]: … }` map so a new mode fails to compile where unhandled. */
export type QuizMode = Quiz['mode'];

/** The outer shape of a quiz file, as the sidebar and syllabus need it. */
export const QuizShellSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    passMark: z.number().min(0).max(100).default(80),
    questions: z.array(z.object({ id: IdSchema, type: z.string().min(1) }).loose()),
  })
  .loose();

export type QuizShell = z.output<typeof QuizShellSchema>;
