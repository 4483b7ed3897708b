import { z } from 'astro/zod';
import { IdSchema } from '../lesson';
import { entriesOf, findDuplicates, type Finding } from './base';

/** One choice of a SingleChoice or MultipleChoice question. */
export const OptionSchema = z.strictObject({
  id: IdSchema,
  /** Markdown. */
  text: z.string().min(1),
  correct: z.boolean(),
  /** Why this option is right or wrong; shown when it matters, so every option needs one. */
  feedback: z.string().min(1),
});

export type Option = z.output<typeof OptionSchema>;

/** The options list shared by both choice types: at least two, ids unique. */
export const OptionsSchema = z.array(OptionSchema).min(2);

/** Checks option ids are unique and that the number of correct options is allowed. */
export function checkOptions(options: readonly Option[], rule: 'exactly-one' | 'at-least-one'): Finding[] {
  const out = findDuplicates(entriesOf(options, 'options', 'id'), 'an option id');
  const correct = options.filter((o) => o.correct).map((o) => o.id);
  if (rule === 'exactly-one' && correct.length !== 1)
    out.push({
      path: 'options',
      expected: 'exactly one option with `correct: true`',
      found: correct.length === 0 ? 'none' : `${correct.length} [${correct.join(', ')}]`,
      hint:
        correct.length > 1
          ? 'use `type: MultipleChoice` when more than one option is right.'
          : 'mark the right option with `correct: true`.',
    });
  if (rule === 'at-least-one' && correct.length === 0)
    out.push({
      path: 'options',
      expected: 'at least one option with `correct: true`',
      found: 'none',
      hint: 'mark every right option with `correct: true`.',
    });
  return out;
}
