import { z } from 'astro/zod';
import { QuestionBaseFields, type Finding } from './base';

/**
 * Type a short answer. Before comparing, both the answer and each `accept` string are normalised
 * (see src/engines/quiz/text.ts): trimmed, whitespace runs collapsed to one space, case-folded
 * unless `caseSensitive`, and with `normalizeUnits` the space between a number and a unit removed
 * ("128 MiB" = "128MiB" = "128 mib"). Each of `patterns` is a JavaScript regular expression
 * (compiled with the `u` flag, plus `i` unless `caseSensitive`) that must match the WHOLE normalised answer.
 */
export const ShortAnswerSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('ShortAnswer'),
  accept: z.array(z.string().min(1)).default([]),
  patterns: z.array(z.string().min(1)).default([]),
  caseSensitive: z.boolean().default(false),
  normalizeUnits: z.boolean().default(false),
  /** A plausible right answer, shown as the expected answer (defaults to the first `accept`). */
  display: z.string().min(1).optional(),
});

export type ShortAnswer = z.output<typeof ShortAnswerSchema>;

/** At least one accepted answer; every pattern compiles. */
export function checkShortAnswer(q: ShortAnswer): Finding[] {
  const out: Finding[] = [];
  if (q.accept.length === 0 && q.patterns.length === 0)
    out.push({ path: 'accept', expected: 'at least one accepted answer in `accept` or `patterns`', found: 'none' });
  if (q.accept.length === 0 && q.display === undefined)
    out.push({
      path: 'display',
      expected: 'a sample right answer to show learners (needed when only `patterns` are given)',
      found: 'nothing',
    });
  q.patterns.forEach((source, i) => {
    try {
      new RegExp(source, 'u');
    } catch (err) {
      out.push({
        path: `patterns.${i}`,
        expected: 'a valid regular expression',
        found: JSON.stringify(source),
        hint: `${(err as Error).message}.`,
      });
    }
  });
  return out;
}
