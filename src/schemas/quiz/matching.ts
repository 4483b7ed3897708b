import { z } from 'astro/zod';
import { IdSchema } from '../lesson';
import { entriesOf, findDuplicates, QuestionBaseFields, type Finding } from './base';

/**
 * Match each left to its right. A pair's `id` names both its left and its right, so an answer
 * is `{ [pairId]: rightId }` where a right id is a pair id or a distractor id.
 */
export const MatchingSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('Matching'),
  pairs: z.array(z.strictObject({ id: IdSchema, left: z.string().min(1), right: z.string().min(1) })).min(2),
  /** Extra rights that match no left. */
  distractors: z.array(z.strictObject({ id: IdSchema, text: z.string().min(1) })).default([]),
});

export type Matching = z.output<typeof MatchingSchema>;

/** Pair and distractor ids are unique together; lefts are unique; rights (distractors included) are unique. */
export function checkMatching(q: Matching): Finding[] {
  return [
    ...findDuplicates(
      [...entriesOf(q.pairs, 'pairs', 'id'), ...entriesOf(q.distractors, 'distractors', 'id')],
      'a pair or distractor id',
    ),
    ...findDuplicates(entriesOf(q.pairs, 'pairs', 'left'), 'a left'),
    ...findDuplicates(
      [...entriesOf(q.pairs, 'pairs', 'right'), ...entriesOf(q.distractors, 'distractors', 'text')],
      'a right (distractors included)',
    ),
  ];
}
