/** Build-time only (Terminal.astro's frontmatter): finds, parses and validates a scenario file. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CourseContentError } from '../../course/problem';
import { parseWithProblems } from '../../course/zod-problems';

/** Where scenario files live, relative to the project root. */
export const LABS_DIR = 'lessons/labs';

/**
 * Parses one scenario file's text with `schema`; throws CourseContentError naming the file,
 * the field, what was expected and what was found, so the build stops with an author's message.
 */
export function parseScenarioText<S extends z.ZodType>(schema: S, text: string, file: string, id: string): z.output<S> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    if (!(err instanceof YAMLParseError)) throw err;
    const line = err.linePos?.[0].line ?? 0;
    throw new CourseContentError([
      { file, path: `line ${line}`, expected: 'valid YAML', found: JSON.stringify(err.message.split('\n')[0]) },
    ]);
  }
  const result = parseWithProblems(schema, data, file);
  if (result.problems.length) throw new CourseContentError(result.problems);
  const found = (result.data as { id?: unknown }).id;
  if (found !== undefined && found !== id) {
    throw new CourseContentError([
      {
        file,
        path: 'id',
        expected: `"${id}" (the file name)`,
        found: JSON.stringify(found),
        hint: 'rename the file or fix its id.',
      },
    ]);
  }
  return result.data as z.output<S>;
}

/**
 * Reads `lessons/labs/<id>.yaml` under `root`; a missing file names the page that asked for it and
 * the scenarios that do exist.
 */
export function loadScenario<S extends z.ZodType>(schema: S, root: string, id: string, page?: string): z.output<S> {
  const file = `${LABS_DIR}/${id}.yaml`;
  const full = join(root, file);
  if (!existsSync(full)) {
    const dir = join(root, LABS_DIR);
    const known = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => f.slice(0, -5))
      : [];
    throw new CourseContentError([
      {
        file,
        path: '',
        expected: `a scenario file for <Terminal scenario="${id}" />${page ? ` on ${page}` : ''}`,
        found: 'no such file',
        hint: known.length ? `known scenarios: ${known.sort().join(', ')}.` : `add ${file}.`,
      },
    ]);
  }
  return parseScenarioText(schema, readFileSync(full, 'utf8'), file, id);
}
