import { z } from 'astro/zod';

/** A lesson-scoped id: lowercase words joined by hyphens, stable across edits. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase id such as "kernel-syscalls"');

/** One learning objective; quizzes refer to it by `id`. */
export const ObjectiveSchema = z.strictObject({
  id: IdSchema,
  text: z.string().min(10, 'expected a sentence describing what the learner will be able to do'),
});

/** A mistaken belief learners often bring to a lesson, and what is true instead: for the teacher pack. */
export const MisconceptionSchema = z.strictObject({
  claim: z.string().min(10, 'expected the mistaken belief, stated as a learner might say it'),
  correction: z.string().min(20, 'expected what is true instead, and how to show it'),
});

/** Course-specific lesson frontmatter, merged into Starlight's docs schema. */
export const LessonFieldsSchema = z.object({
  module: IdSchema,
  order: z.number().int().positive(),
  minutes: z.number().int().positive().max(240),
  objectives: z.array(ObjectiveSchema).min(3).max(5),
  prerequisites: z.array(IdSchema).default([]),
  quiz: IdSchema.optional(),
  /** The lesson's quick checks: a quiz in `mode: check`, its questions placed in the text with `<QuickCheck>`. */
  checks: IdSchema.optional(),
  /** For the teacher pack (/teach/): open questions to discuss in class. */
  discussion: z
    .array(z.string().min(10, 'expected an open question for the class to discuss'))
    .min(1)
    .max(6)
    .optional(),
  /** For the teacher pack: common misconceptions and their corrections. */
  misconceptions: z.array(MisconceptionSchema).min(1).max(6).optional(),
});

/** Starlight's own frontmatter fields, allowed in a lesson beside the course's fields. */
const StarlightFields = {
  editUrl: z.unknown().optional(),
  head: z.unknown().optional(),
  tableOfContents: z.unknown().optional(),
  template: z.unknown().optional(),
  hero: z.unknown().optional(),
  lastUpdated: z.unknown().optional(),
  prev: z.unknown().optional(),
  next: z.unknown().optional(),
  sidebar: z.unknown().optional(),
  banner: z.unknown().optional(),
  pagefind: z.unknown().optional(),
  draft: z.unknown().optional(),
};

/**
 * The whole frontmatter as the course loader checks it. Strict, so that a misspelt field
 * (`prerequisite:`) is reported instead of silently ignored; Starlight checks its own fields' values.
 */
export const LessonFrontmatterSchema = LessonFieldsSchema.extend({
  title: z.string().min(1),
  description: z.string().min(1),
  ...StarlightFields,
}).strict();

export type Objective = z.output<typeof ObjectiveSchema>;
export type Misconception = z.output<typeof MisconceptionSchema>;
export type LessonFrontmatter = z.output<typeof LessonFrontmatterSchema>;
