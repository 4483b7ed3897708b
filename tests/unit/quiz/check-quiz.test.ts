import { describe, expect, test } from 'vitest';
import { checkQuiz } from '../../../src/course/check-quiz';
import { formatProblem } from '../../../src/course/problem';
import { questionTypes } from '../../../src/schemas/quiz';
import { fixtureContext, fixtureNames, problemsOf, validFixture } from './fixtures';

// Each broken fixture's messages, pinned: an author reads exactly these lines when the build stops.
describe('checkQuiz reports broken quizzes', () => {
  test('an item in a missing bucket, and the bucket left empty', () => {
    expect(problemsOf('broken-categorize')).toEqual([
      'quizzes/broken-categorize.yaml › questions.0.items.1.bucket: expected one of the bucket ids [vm, container], found "containers". Hint: add the bucket under `buckets` or fix the spelling.',
      'quizzes/broken-categorize.yaml › questions.0.buckets.1: expected a bucket that at least one item belongs to, found bucket "container" with no items. Hint: add an item to it or remove the bucket.',
    ]);
  });

  test('two correct in SingleChoice; none correct and a duplicate option id in MultipleChoice', () => {
    expect(problemsOf('broken-choice-correctness')).toEqual([
      'quizzes/broken-choice-correctness.yaml › questions.0.options: expected exactly one option with `correct: true`, found 2 [a, c]. Hint: use `type: MultipleChoice` when more than one option is right.',
      'quizzes/broken-choice-correctness.yaml › questions.1.options.1.id: expected an option id unique within the question, found "a", also at options.0.id.',
      'quizzes/broken-choice-correctness.yaml › questions.1.options: expected at least one option with `correct: true`, found none. Hint: mark every right option with `correct: true`.',
    ]);
  });

  test('draw larger than the bank', () => {
    expect(problemsOf('broken-draw')).toEqual([
      'quizzes/broken-draw.yaml › draw: expected at most 2 (the number of questions in the bank), found 5. Hint: add questions or lower `draw`.',
    ]);
  });

  test('a title that says "Quiz:" itself (the pages add it, so it would read twice)', () => {
    expect(problemsOf('broken-title')).toEqual([
      'quizzes/broken-title.yaml › title: expected the title without a leading "Quiz:" (the pages add it), found "Quiz: Kernels".',
    ]);
  });

  test('a duplicate question id', () => {
    expect(problemsOf('broken-duplicate-id')).toEqual([
      'quizzes/broken-duplicate-id.yaml › questions.2.id: expected a question id unique within the quiz, found "q1", also the id of questions.0. Hint: question ids key saved answers; give each question its own.',
    ]);
  });

  test('a final exam drawing from an unknown quiz and a quiz whose ids collide', () => {
    const quizBanks = new Map([
      ['broken-draw', ['q1', 'q2']],
      ['valid-all-types', ['kernel-count']],
      ['broken-final', ['q1']],
    ]);
    expect(problemsOf('broken-final', { quizBanks })).toEqual([
      'quizzes/broken-final.yaml › from.1: expected the id of another quiz [broken-draw, valid-all-types], found "no-such-quiz".',
      'quizzes/broken-final.yaml › from.2: expected question ids unique across the final exam’s bank, found "q1" in quiz "broken-draw", also in questions.0. Hint: a final draws from several quizzes, so their question ids must not collide; rename one.',
      'quizzes/broken-final.yaml › draw: expected at most 3 (the number of questions in the bank), found 50. Hint: add questions or lower `draw`.',
    ]);
  });

  test('`from` on a quiz that is not a final', () => {
    expect(problemsOf('broken-from-not-final')).toEqual([
      'quizzes/broken-from-not-final.yaml › from: expected `final: true` alongside `from`, found `from` on a quiz that is not a final. Hint: only a final exam draws from other quizzes.',
    ]);
  });

  test('duplicate ids, lefts and rights in a Matching question', () => {
    expect(problemsOf('broken-matching')).toEqual([
      'quizzes/broken-matching.yaml › questions.0.distractors.0.id: expected a pair or distractor id unique within the question, found "pid", also at pairs.0.id.',
      'quizzes/broken-matching.yaml › questions.0.pairs.1.left: expected a left unique within the question, found "pid", also at pairs.0.left.',
      'quizzes/broken-matching.yaml › questions.0.distractors.0.text: expected a right (distractors included) unique within the question, found "Network", also at pairs.1.right.',
    ]);
  });

  test('an option without feedback', () => {
    expect(problemsOf('broken-missing-feedback')).toEqual([
      'quizzes/broken-missing-feedback.yaml › questions.0.options.1.feedback: expected a string, found nothing (the field is missing). Hint: add `feedback`.',
    ]);
  });

  test('a negative tolerance, an unknown unit and a missing scenario', () => {
    expect(problemsOf('broken-numeric-terminal')).toEqual([
      'quizzes/broken-numeric-terminal.yaml › questions.0.tolerance: expected a tolerance of 0 or more, found -1. Hint: a tolerance of 2 accepts value ± 2.',
      'quizzes/broken-numeric-terminal.yaml › questions.0.unit: expected a known unit [ns, µs, ms, s, min, h, B, kB, MB, GB, … 10 more], found "megs". Hint: leave `unit` out for a plain number.',
      'quizzes/broken-numeric-terminal.yaml › questions.1.scenario: expected the id of a scenario in lessons/labs/ [first-container], found "no-such-lab". Hint: create lessons/labs/no-such-lab.yaml or fix the id.',
    ]);
  });

  test('a pattern that does not compile, and a display answer the key rejects', () => {
    expect(problemsOf('broken-short-answer')).toEqual([
      'quizzes/broken-short-answer.yaml › questions.0.patterns.0: expected a valid regular expression, found "(cgroups?". Hint: Invalid regular expression: /(cgroups?/u: Unterminated group.',
      'quizzes/broken-short-answer.yaml › questions.1.display: expected a sample answer that `accept` or `patterns` accepts, found "process id".',
    ]);
  });

  test('an objective no lesson defines', () => {
    expect(problemsOf('broken-unknown-objective')).toEqual([
      'quizzes/broken-unknown-objective.yaml › questions.0.objectives.1: expected one of the objective ids in the lessons\' frontmatter [why-env, why-two, why-replicate], found "why-kernels". Hint: objective ids are defined under `objectives:` in a lesson; fix the spelling or add the objective.',
    ]);
  });

  test('unknown question types, one a mis-cased real one', () => {
    expect(problemsOf('broken-unknown-type')).toEqual([
      'quizzes/broken-unknown-type.yaml › questions.0.type: expected one of [SingleChoice, MultipleChoice, TrueFalse, Ordering, Matching, Categorize, ShortAnswer, Numeric, TerminalTask], found "Foo". Hint: type names are PascalCase, as listed.',
      'quizzes/broken-unknown-type.yaml › questions.1.type: expected one of [SingleChoice, MultipleChoice, TrueFalse, Ordering, Matching, Categorize, ShortAnswer, Numeric, TerminalTask], found "singlechoice". Hint: did you mean "SingleChoice"?',
    ]);
  });

  test('every broken fixture is reported', () => {
    const broken = fixtureNames.filter((n) => n.startsWith('broken-'));
    expect(broken.length).toBeGreaterThanOrEqual(12);
    for (const name of broken) expect(problemsOf(name), name).not.toEqual([]);
  });
});

describe('checkQuiz accepts valid quizzes', () => {
  test('the all-types fixture validates, with defaults filled in', () => {
    const quiz = validFixture('valid-all-types');
    expect(quiz.questions.map((q) => q.type)).toEqual([...questionTypes]);
    expect(quiz.passMark).toBe(75);
    expect(quiz.mode).toBe('practice');
    expect(quiz.questions[0]?.points).toBe(1);
    expect(quiz.questions[1]?.points).toBe(2);
    expect(quiz.questions[2]?.hints).toEqual([]);
  });

  test('a final exam drawing from valid banks is accepted', () => {
    const raw = { id: 'final', title: 'Final', final: true, from: ['valid-all-types'], draw: 5 };
    const quizBanks = new Map([['valid-all-types', ['kernel-count', 'boot-order']]]);
    const { data, problems } = checkQuiz(raw, 'quizzes/final.yaml', { ...fixtureContext, quizBanks });
    expect(problems.map(formatProblem)).toEqual([
      'quizzes/final.yaml › draw: expected at most 2 (the number of questions in the bank), found 5. Hint: add questions or lower `draw`.',
    ]);
    expect(data).toBeUndefined();
    expect(checkQuiz({ ...raw, draw: 2 }, 'quizzes/final.yaml', { ...fixtureContext, quizBanks }).data?.from).toEqual([
      'valid-all-types',
    ]);
  });
});
