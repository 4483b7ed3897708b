import { z } from 'astro/zod';
import { QuestionBaseFields, type Finding } from './base';
import { checkOptions, OptionsSchema } from './choice';

/** Pick every right option (partial credit, see src/engines/quiz/graders/multiple-choice.ts). */
export const MultipleChoiceSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('MultipleChoice'),
  options: OptionsSchema,
});

export type MultipleChoice = z.output<typeof MultipleChoiceSchema>;

/** At least one option is correct; option ids are unique. */
export function checkMultipleChoice(q: MultipleChoice): Finding[] {
  return checkOptions(q.options, 'at-least-one');
}
