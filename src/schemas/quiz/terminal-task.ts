import { z } from 'astro/zod';
import { IdSchema } from '../lesson';
import { QuestionBaseFields } from './base';

/**
 * Do something in the simulated terminal. `scenario` names lessons/labs/<scenario>.yaml, whose goal the
 * simulator checks; the answer is checkGoal's result. A different goal means a different lab file.
 */
export const TerminalTaskSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('TerminalTask'),
  scenario: IdSchema,
  /** `proportional`: credit for each goal part met; `all-or-nothing`: full marks only when done. */
  scoring: z.enum(['proportional', 'all-or-nothing']).default('proportional'),
});

export type TerminalTask = z.output<typeof TerminalTaskSchema>;
