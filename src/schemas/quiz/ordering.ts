import { z } from 'astro/zod';
import { IdSchema } from '../lesson';
import { entriesOf, findDuplicates, QuestionBaseFields, type Finding } from './base';

/** Put the items in order; the file lists them in the CORRECT order (the view shuffles them). */
export const OrderingSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('Ordering'),
  items: z.array(z.strictObject({ id: IdSchema, text: z.string().min(1) })).min(2),
});

export type Ordering = z.output<typeof OrderingSchema>;

/** Item ids are unique. */
export function checkOrdering(q: Ordering): Finding[] {
  return findDuplicates(entriesOf(q.items, 'items', 'id'), 'an item id');
}
