import { z } from 'astro/zod';
import { IdSchema } from '../lesson';

/** Fields every question shares, whatever its type. */
export const QuestionBaseFields = {
  /** Stable key for saved answers and retries: keep it when you reword the question. */
  id: IdSchema,
  /** Markdown; fenced code blocks are fine. */
  prompt: z.string().min(1),
  points: z.number().positive().default(1),
  /** Objective ids from the lessons' frontmatter that this question assesses. */
  objectives: z.array(IdSchema).min(1),
  /** Shown after answering (practice) or after submitting (exam): why the answer is what it is. */
  explanation: z.string().min(1),
  /** Graduated hints, gentlest first. */
  hints: z.array(z.string().min(1)).default([]),
};

/** A cross-field mistake inside one question; `path` is relative to the question. */
export interface Finding {
  path: string;
  expected: string;
  found: string;
  hint?: string;
}

/** `[path, value]` for `field` of each item in a list at `listPath`, e.g. `['options.2.id', 'b']`. */
export function entriesOf<T>(items: readonly T[], listPath: string, field: keyof T & string): Array<[string, unknown]> {
  return items.map((item, i) => [`${listPath}.${i}.${field}`, item[field]]);
}

/** Reports every value that repeats an earlier one, at the later one's path. */
export function findDuplicates(entries: Array<[string, unknown]>, what: string): Finding[] {
  const seen = new Map<unknown, string>();
  const out: Finding[] = [];
  for (const [path, value] of entries) {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, path);
    else
      out.push({
        path,
        expected: `${what} unique within the question`,
        found: `${JSON.stringify(value)}, also at ${first}`,
      });
  }
  return out;
}
