import { z } from 'astro/zod';
import { IdSchema } from '../lesson';
import { QuestionBaseFields } from './base';

/**
 * Do something in the simulated terminal. `scenario` names lessons/labs/<scenario>.yaml; `goal`
 * overrides the scenario's goal and is checked by the simulator. The answer is checkGoal's result.
 */
export const TerminalTaskSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('TerminalTask'),
  scenario: IdSchema,
  goal: z.record(z.string(), z.unknown()).optional(),
  /** `proportional`: credit for each goal part met; `all-or-nothing`: full marks only when done. */
  scoring: z.enum(['proportional', 'all-or-nothing']).default('proportional'),
});

export type TerminalTask = z.output<typeof TerminalTaskSchema>;
