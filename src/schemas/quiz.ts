import { z } from 'astro/zod';
import { IdSchema } from './lesson';

/**
 * The outer shape of a quiz file. Question bodies are checked by the quiz engine's
 * per-type schemas; here a question only needs a stable id and a type.
 */
export const QuizQuestionShellSchema = z
  .object({
    id: IdSchema,
    type: z.string().min(1),
  })
  .loose();

export const QuizShellSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    passMark: z.number().min(0).max(100).default(80),
    questions: z.array(QuizQuestionShellSchema).min(1),
  })
  .loose();

export type QuizShell = z.output<typeof QuizShellSchema>;
