import type { z } from 'astro/zod';
import { describeValue, type Problem } from './problem';

type Issue = z.core.$ZodIssue;

/** Reads the value at `path` in `input`, for reporting what was found there. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function plural(n: number | bigint, word: string): string {
  return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

/** Turns one zod issue into an author-facing problem (expected / found / hint). */
function issueToProblem(file: string, input: unknown, issue: Issue): Problem {
  const path = issue.path.map(String).join('.');
  const value = valueAt(input, issue.path);
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      return {
        file,
        path,
        expected: `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`,
        found,
        hint: value === undefined ? `add \`${String(issue.path.at(-1) ?? 'field')}\`.` : undefined,
      };
    case 'too_small':
      return issue.origin === 'array'
        ? { file, path, expected: `at least ${plural(issue.minimum, 'item')}`, found: describeValue(value) }
        : issue.origin === 'string'
          ? { file, path, expected: `at least ${plural(issue.minimum, 'character')}`, found, hint: issue.message }
          : { file, path, expected: `a value of at least ${issue.minimum}`, found };
    case 'too_big':
      return issue.origin === 'array'
        ? { file, path, expected: `at most ${plural(issue.maximum, 'item')}`, found: describeValue(value) }
        : { file, path, expected: `a value of at most ${issue.maximum}`, found };
    case 'invalid_format':
      return { file, path, expected: issue.message.replace(/^expected /, ''), found };
    case 'invalid_value':
      return {
        file,
        path,
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        found,
      };
    case 'unrecognized_keys':
      return {
        file,
        path,
        expected: 'only known fields',
        found: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        hint: 'check the spelling against the README’s “Writing a lesson” section.',
      };
    case 'invalid_union':
      return { file, path, expected: 'one of the allowed shapes', found };
    default:
      return { file, path, expected: issue.message, found };
  }
}

/** Parses `input` with `schema`; returns the data or the list of friendly problems. */
export function parseWithProblems<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
): { data: z.output<S>; problems: [] } | { data: undefined; problems: Problem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: result.error.issues.map((i) => issueToProblem(file, input, i)) };
}
