import { z } from 'astro/zod';
import { QuestionBaseFields, type Finding } from './base';

/**
 * Type a number, optionally with a unit. `tolerance` is absolute in `unit` (e.g. `0.5`) or a
 * percentage of `value` (e.g. `"5%"`). Units are converted within a family (ms ↔ s, MiB ↔ B ↔ MB);
 * MB (10^6 bytes) and MiB (2^20 bytes) are DISTINCT units. See src/engines/quiz/units.ts.
 */
export const NumericSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('Numeric'),
  value: z.number(),
  tolerance: z
    .union([z.number(), z.string().regex(/^\d+(?:\.\d+)?\s*%$/, 'expected a percentage such as "5%"')])
    .default(0),
  /** Unit of `value`, e.g. `MiB`, `ms`; omit for a plain number. Must be a unit the engine knows. */
  unit: z.string().min(1).optional(),
});

export type Numeric = z.output<typeof NumericSchema>;

/** Tolerance is not negative. (Whether `unit` is known is checked against the engine's table in check-quiz.) */
export function checkNumeric(q: Numeric): Finding[] {
  if (typeof q.tolerance === 'number' && q.tolerance < 0)
    return [
      {
        path: 'tolerance',
        expected: 'a tolerance of 0 or more',
        found: String(q.tolerance),
        hint: 'a tolerance of 2 accepts value ± 2.',
      },
    ];
  return [];
}
