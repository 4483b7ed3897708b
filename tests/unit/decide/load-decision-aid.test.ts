import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkDecisionAid } from '../../../src/course/load-decision-aid';
import { formatProblem } from '../../../src/course/problem';
import { smallAid } from './fixture';

const lessons = new Set(['a', 'b']);

/** Checks `aid` (after `edit`) as YAML text and returns the author-facing lines. */
function problemsOf(edit: (aid: Record<string, any>) => void): string[] {
  const aid = structuredClone(smallAid) as Record<string, any>;
  edit(aid);
  return checkDecisionAid(stringify(aid), lessons).problems.map(formatProblem);
}

describe('checkDecisionAid', () => {
  test('a valid aid loads with its defaults applied', () => {
    const result = checkDecisionAid(stringify(smallAid), lessons);
    expect(result.problems).toEqual([]);
    expect(result.data?.rules[3]).toMatchObject({ excludes: [], favours: {} });
  });

  test('a lesson link that is no lesson names the file, field and the lessons there are', () => {
    expect(problemsOf((aid) => (aid.rules[1].lessons = ['a', 'the-shared-kernal']))).toMatchInlineSnapshot(`
      [
        "lessons/decision-aid.yaml › rules.1.lessons.1: expected the id of a lesson, found "the-shared-kernal". Hint: lessons are: a, b.",
      ]
    `);
    expect(problemsOf((aid) => (aid.recommendations[2].lessons = ['c']))).toMatchInlineSnapshot(`
      [
        "lessons/decision-aid.yaml › recommendations.2.lessons.0: expected the id of a lesson, found "c". Hint: lessons are: a, b.",
      ]
    `);
  });

  test('a rule naming an unknown question, answer or outcome', () => {
    expect(
      problemsOf((aid) => {
        aid.rules[0].when = { kernal: 'yes' };
        aid.rules[1].when = { speed: 'fast' };
        aid.rules[2].excludes = ['vm'];
        aid.rules[2].favours = { microvm: 1 };
      }),
    ).toMatchInlineSnapshot(`
      [
        "lessons/decision-aid.yaml › rules.0.when.kernal: expected the id of a question [kernel, speed], found "kernal".",
        "lessons/decision-aid.yaml › rules.1.when.speed: expected one of the question’s options [high, low, any], found "fast".",
        "lessons/decision-aid.yaml › rules.2.excludes.0: expected the id of a recommendation [containers, micro, vms], found "vm".",
        "lessons/decision-aid.yaml › rules.2.favours.microvm: expected the id of a recommendation [containers, micro, vms], found "microvm".",
      ]
    `);
  });

  test('duplicate ids', () => {
    expect(
      problemsOf((aid) => {
        aid.rules[2].id = 'fast';
        aid.questions[1].options[2].id = 'low';
      }),
    ).toMatchInlineSnapshot(`
      [
        "lessons/decision-aid.yaml › questions.1.options.2.id: expected an id used once, found "low" again. Hint: it is also questions.1.options.1.",
        "lessons/decision-aid.yaml › rules.2.id: expected an id used once, found "fast" again. Hint: it is also rules.1.",
        "lessons/decision-aid.yaml › rules.3.when.speed: expected one of the question’s options [high, low], found "any".",
      ]
    `);
  });

  test('answers that leave no recommendation, or one without a reason', () => {
    expect(problemsOf((aid) => (aid.rules[0].excludes = ['containers', 'micro', 'vms']))).toMatchInlineSnapshot(`
      [
        "lessons/decision-aid.yaml › rules: expected rules that leave at least one recommendation for every combination of answers, found none left for {kernel: yes, speed: high}. Hint: make one of the matching rules exclude less.",
      ]
    `);
    expect(problemsOf((aid) => aid.rules.splice(1, 1))).toMatchInlineSnapshot(`
      [
        "lessons/decision-aid.yaml › rules: expected at least one reason for every recommendation the aid makes, found "containers" with no reason for {kernel: no, speed: high}. Hint: add a rule that favours it for these answers.",
      ]
    `);
  });

  test('schema problems and YAML syntax errors', () => {
    expect(
      problemsOf((aid) => {
        delete aid.rules[0].reason;
        aid.rules[1].favours = { micro: 0 };
        aid.questions[0].options = [{ id: 'only', label: 'Only' }];
      }),
    ).toMatchInlineSnapshot(`
      [
        "lessons/decision-aid.yaml › questions.0.options: expected at least 2 items, found a list of 1.",
        "lessons/decision-aid.yaml › rules.0.reason: expected a string, found nothing (the field is missing). Hint: add \`reason\`.",
        "lessons/decision-aid.yaml › rules.1.favours.micro: expected a value of at least 1, found 0.",
      ]
    `);
    expect(checkDecisionAid('questions: [\n  - id: os\n', lessons).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "lessons/decision-aid.yaml › line 2: expected valid YAML, found "Block collections are not allowed within flow collections".",
      ]
    `);
  });
});
