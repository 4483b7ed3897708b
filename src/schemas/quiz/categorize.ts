import { z } from 'astro/zod';
import { IdSchema } from '../lesson';
import { entriesOf, findDuplicates, QuestionBaseFields, type Finding } from './base';

/** Sort each item into its bucket. An answer is `{ [itemId]: bucketId }`. */
export const CategorizeSchema = z.strictObject({
  ...QuestionBaseFields,
  type: z.literal('Categorize'),
  buckets: z.array(z.strictObject({ id: IdSchema, label: z.string().min(1) })).min(2),
  items: z.array(z.strictObject({ id: IdSchema, text: z.string().min(1), bucket: IdSchema })).min(2),
});

export type Categorize = z.output<typeof CategorizeSchema>;

/** Ids unique; every item's bucket exists; no bucket left empty. */
export function checkCategorize(q: Categorize): Finding[] {
  const out = [
    ...findDuplicates(entriesOf(q.buckets, 'buckets', 'id'), 'a bucket id'),
    ...findDuplicates(entriesOf(q.items, 'items', 'id'), 'an item id'),
  ];
  const bucketIds = q.buckets.map((b) => b.id);
  q.items.forEach((item, i) => {
    if (!bucketIds.includes(item.bucket))
      out.push({
        path: `items.${i}.bucket`,
        expected: `one of the bucket ids [${bucketIds.join(', ')}]`,
        found: JSON.stringify(item.bucket),
        hint: 'add the bucket under `buckets` or fix the spelling.',
      });
  });
  q.buckets.forEach((b, i) => {
    if (!q.items.some((item) => item.bucket === b.id))
      out.push({
        path: `buckets.${i}`,
        expected: 'a bucket that at least one item belongs to',
        found: `bucket "${b.id}" with no items`,
        hint: 'add an item to it or remove the bucket.',
      });
  });
  return out;
}
