import { z } from 'astro/zod';
import { QuestionBaseFields, type Finding } from './base';
import { checkOptions, OptionsSchema } from './choice';

/** Pick the one right option. */
export const SingleChoiceSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('SingleChoice'),
  options: OptionsSchema,
});

export type SingleChoice = z.output<typeof SingleChoiceSchema>;

/** Exactly one option is correct; option ids are unique. */
export function checkSingleChoice(q: SingleChoice): Finding[] {
  return checkOptions(q.options, 'exactly-one');
}
