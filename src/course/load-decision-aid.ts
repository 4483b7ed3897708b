import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DecisionAidSchema, type DecisionAid } from '../schemas/decision-aid';
import { crossCheckAid } from './decision-aid-checks';
import { CourseContentError, type Problem } from './problem';
import { parseWithProblems } from './zod-problems';

/** Where the decision aid's rules live, relative to the project root. */
export const DECISION_AID_FILE = 'lessons/decision-aid.yaml';

/** Checks the aid's YAML text: syntax, schema, cross-references and that every combination of answers decides. */
export function checkDecisionAid(
  text: string,
  lessonIds: ReadonlySet<string>,
  file = DECISION_AID_FILE,
): { data: DecisionAid; problems: [] } | { data: undefined; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    if (!(err instanceof YAMLParseError)) throw err;
    const found = JSON.stringify((err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''));
    return {
      data: undefined,
      problems: [{ file, path: `line ${err.linePos?.[0].line ?? 0}`, expected: 'valid YAML', found }],
    };
  }
  const parsed = parseWithProblems(DecisionAidSchema, raw, file);
  if (!parsed.data) return parsed;
  const problems = crossCheckAid(parsed.data, file, lessonIds);
  return problems.length ? { data: undefined, problems } : { data: parsed.data, problems: [] };
}

/** Build time: reads lessons/decision-aid.yaml under `root`; throws CourseContentError listing every problem. */
export function loadDecisionAid(root: string, lessonIds: ReadonlySet<string>): DecisionAid {
  const full = join(root, DECISION_AID_FILE);
  if (!existsSync(full))
    throw new CourseContentError([
      {
        file: DECISION_AID_FILE,
        path: '',
        expected: 'the decision aid’s questions, recommendations and rules for <DecisionAid />',
        found: 'no such file',
      },
    ]);
  const result = checkDecisionAid(readFileSync(full, 'utf8'), lessonIds);
  if (result.problems.length) throw new CourseContentError(result.problems);
  return result.data!;
}
