import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkQuiz, collectQuizBanks, type QuizContext } from '../../../src/course/check-quiz';
import { formatProblem } from '../../../src/course/problem';
import type { Quiz } from '../../../src/schemas/quiz';

const DIR = join(import.meta.dirname, '../../fixtures/quizzes');

/** The raw YAML data of tests/fixtures/quizzes/<name>.yaml. */
export const rawFixture = (name: string): unknown => parse(readFileSync(join(DIR, `${name}.yaml`), 'utf8'));

/** Every fixture's name. */
export const fixtureNames = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** The course the fixtures are checked against: three objectives, one lab, every fixture's bank. */
export const fixtureContext: QuizContext = {
  objectiveIds: new Set(['why-env', 'why-two', 'why-replicate']),
  scenarioIds: new Set(['first-container']),
  quizBanks: collectQuizBanks(fixtureNames.map(rawFixture)),
};

/** The fixture's problems, formatted as the build prints them. */
export function problemsOf(name: string, ctx: Partial<QuizContext> = {}): string[] {
  return checkQuiz(rawFixture(name), `quizzes/${name}.yaml`, { ...fixtureContext, ...ctx }).problems.map(formatProblem);
}

/** A fixture that must be valid, parsed. */
export function validFixture(name: string): Quiz {
  const { data, problems } = checkQuiz(rawFixture(name), `quizzes/${name}.yaml`, fixtureContext);
  if (!data) throw new Error(problems.map(formatProblem).join('\n'));
  return data;
}
