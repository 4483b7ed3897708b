import { z } from 'astro/zod';
import { QuestionBaseFields } from './base';

/** Is the statement in the prompt true? */
export const TrueFalseSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('TrueFalse'),
  answer: z.boolean(),
  /** Shown to a learner who answered "true" (whether or not that was right). */
  feedbackTrue: z.string().min(1),
  /** Shown to a learner who answered "false". */
  feedbackFalse: z.string().min(1),
});

export type TrueFalse = z.output<typeof TrueFalseSchema>;
