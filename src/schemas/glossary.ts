import { z } from 'astro/zod';
import { IdSchema } from './lesson';

/** One glossary entry: a term, the other forms a lesson may use for it, a one-line definition, and where it is taught. */
export const GlossaryEntrySchema = z.strictObject({
  id: IdSchema,
  term: z.string().min(1),
  /** Other spellings a lesson uses (an abbreviation, a longer form); plurals in -s/-es are matched without listing. */
  aka: z.array(z.string().min(2)).default([]),
  definition: z
    .string()
    .min(20, 'write one sentence that defines the term.')
    .max(240, 'keep a definition to one line, under 240 characters, and let the lessons explain.')
    .regex(/[.)]$/, 'expected a sentence ending with a full stop'),
  /** Ids of the lessons that teach the term (each must use it); the first is where a learner meets it properly. */
  lessons: z.array(IdSchema).min(1),
  /**
   * Where a first use may link, when the word has other meanings elsewhere ("layer", "snapshot"); every lesson when
   * left out.
   */
  linkIn: z.array(IdSchema).min(1).optional(),
});

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
