import type { DecisionAid } from '../schemas/decision-aid';
import { allAnswers } from '../engines/decide/combinations';
import { decide, ruleMatches } from '../engines/decide/decide';
import type { Problem } from './problem';

/** A list for hints: `a, b, c`. */
const list = (ids: Iterable<string>) => [...ids].join(', ');

/** Reports each id in `ids` used before, at `path.<i>.id`. */
function checkUnique(file: string, ids: string[], path: string, problems: Problem[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    if (seen.has(id))
      problems.push({
        file,
        path: `${path}.${i}.id`,
        expected: 'an id used once',
        found: `"${id}" again`,
        hint: `it is also ${path}.${seen.get(id)}.`,
      });
    else seen.set(id, i);
  });
}

/** Checks what the schema cannot: unique ids, rules naming real questions, answers, outcomes and lessons. */
export function crossCheckAid(aid: DecisionAid, file: string, lessonIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  checkUnique(
    file,
    aid.questions.map((q) => q.id),
    'questions',
    problems,
  );
  aid.questions.forEach((q, i) =>
    checkUnique(
      file,
      q.options.map((o) => o.id),
      `questions.${i}.options`,
      problems,
    ),
  );
  checkUnique(
    file,
    aid.recommendations.map((r) => r.id),
    'recommendations',
    problems,
  );
  checkUnique(
    file,
    aid.rules.map((r) => r.id),
    'rules',
    problems,
  );

  const outcomes = new Set(aid.recommendations.map((r) => r.id));
  const questions = new Map(aid.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
  const checkLessons = (ids: string[], path: string) =>
    ids.forEach((id, j) => {
      if (!lessonIds.has(id))
        problems.push({
          file,
          path: `${path}.lessons.${j}`,
          expected: 'the id of a lesson',
          found: `"${id}"`,
          hint: `lessons are: ${list(lessonIds)}.`,
        });
    });
  const checkOutcome = (id: string, path: string) => {
    if (!outcomes.has(id))
      problems.push({
        file,
        path,
        expected: `the id of a recommendation [${list(outcomes)}]`,
        found: `"${id}"`,
      });
  };

  aid.recommendations.forEach((r, i) => checkLessons(r.lessons, `recommendations.${i}`));
  aid.rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    for (const [q, option] of Object.entries(rule.when)) {
      const options = questions.get(q);
      if (!options)
        problems.push({
          file,
          path: `${at}.when.${q}`,
          expected: `the id of a question [${list(questions.keys())}]`,
          found: `"${q}"`,
        });
      else if (!options.has(option))
        problems.push({
          file,
          path: `${at}.when.${q}`,
          expected: `one of the question’s options [${list(options)}]`,
          found: `"${option}"`,
        });
    }
    rule.excludes.forEach((id, j) => checkOutcome(id, `${at}.excludes.${j}`));
    Object.keys(rule.favours).forEach((id) => checkOutcome(id, `${at}.favours.${id}`));
    checkLessons(rule.lessons, at);
  });
  // Outcomes are only meaningful once every id resolves; then every combination of answers must decide.
  return problems.length ? problems : checkEveryCombination(aid, file);
}

/** Runs the engine on every combination of answers: each must leave one outcome backed by at least one reason. */
export function checkEveryCombination(aid: DecisionAid, file: string): Problem[] {
  for (const answers of allAnswers(aid.questions)) {
    const shown = list(Object.entries(answers).map(([q, a]) => `${q}: ${a}`));
    const outcomes = aid.recommendations.filter(
      (r) => !aid.rules.some((rule) => ruleMatches(rule, answers) && rule.excludes.includes(r.id)),
    );
    if (outcomes.length === 0)
      return [
        {
          file,
          path: 'rules',
          expected: 'rules that leave at least one recommendation for every combination of answers',
          found: `none left for {${shown}}`,
          hint: 'make one of the matching rules exclude less.',
        },
      ];
    const decision = decide(aid, answers);
    if (decision.reasons.length === 0)
      return [
        {
          file,
          path: 'rules',
          expected: 'at least one reason for every recommendation the aid makes',
          found: `"${decision.recommendation}" with no reason for {${shown}}`,
          hint: 'add a rule that favours it for these answers.',
        },
      ];
  }
  return [];
}
