import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../../src/course/load-course';
import { labScenarios } from '../../../src/course/teach-pack';
import { gradeQuestion } from '../../../src/engines/quiz/index';
import { checkGoal, createScenarioSession } from '../../../src/engines/sim/index';
import { PAIR, printedKey, type PrintedKey } from '../../../src/engines/teach/answer-key';
import type { Question } from '../../../src/schemas/quiz';

// The teacher pack's answer keys, graded as a teacher would use them: each printed line is read back by its text
// (never by an id the page does not show), turned into an answer, and graded by the course's real graders.

const root = process.cwd();
const course = loadCourse(root);
const labs = labScenarios(root);
const solutions = Object.fromEntries(Object.entries(labs).map(([id, s]) => [id, s.solution]));

/** The one entry of `list` whose `text` is `text`; fails when the printed text is missing or ambiguous. */
function byText<T extends { id: string }>(list: readonly T[], text: string, field: (t: T) => string): string {
  const found = list.filter((t) => field(t) === text);
  expect(found, `printed "${text}"`).toHaveLength(1);
  return (found[0] as T).id;
}

const split = (line: string) => [
  line.slice(0, line.lastIndexOf(PAIR)),
  line.slice(line.lastIndexOf(PAIR) + PAIR.length),
];

/** Reads a printed key back into an answer, as a learner copying it onto the quiz would. */
function answerFromPrinted(q: Question, key: PrintedKey): unknown {
  switch (q.type) {
    case 'SingleChoice':
      expect(key.answer).toHaveLength(1);
      return byText(q.options, key.answer[0] as string, (o) => o.text);
    case 'MultipleChoice':
      return key.answer.map((line) => byText(q.options, line, (o) => o.text));
    case 'TrueFalse':
      return key.answer[0] === 'True' ? true : key.answer[0] === 'False' ? false : undefined;
    case 'Ordering':
      return key.answer.map((line) => byText(q.items, line, (i) => i.text));
    case 'Matching': {
      const rights = [...q.pairs.map((p) => ({ id: p.id, text: p.right })), ...q.distractors];
      return Object.fromEntries(
        key.answer.map((line) => {
          const [left, right] = split(line) as [string, string];
          return [byText(q.pairs, left, (p) => p.left), byText(rights, right, (r) => r.text)];
        }),
      );
    }
    case 'Categorize':
      return Object.fromEntries(
        key.answer.map((line) => {
          const [item, bucket] = split(line) as [string, string];
          return [byText(q.items, item, (i) => i.text), byText(q.buckets, bucket, (b) => b.label)];
        }),
      );
    case 'ShortAnswer':
    case 'Numeric':
      expect(key.answer).toHaveLength(1);
      return key.answer[0];
    case 'TerminalTask': {
      const scenario = labs[q.scenario];
      if (!scenario) throw new Error(`no lab ${q.scenario}`);
      const run = createScenarioSession(scenario, { seed: 1 });
      for (const line of key.answer) run.session.execute(line);
      return checkGoal(run.state(), scenario.goal);
    }
  }
}

const lessonQuizzes = course.quizzes.filter((q) => !q.data.final);

describe('every printed answer key earns full marks from the real graders', () => {
  test('the course has quizzes with questions of several types', () => {
    const types = new Set(lessonQuizzes.flatMap((q) => q.data.questions.map((x) => x.type)));
    expect(types.size).toBeGreaterThanOrEqual(5);
  });

  test.each(lessonQuizzes.map((q) => [q.id, q] as const))('%s', (_id, quiz) => {
    let score = 0;
    let max = 0;
    for (const q of quiz.data.questions) {
      const key = printedKey(q, solutions);
      expect(key.answer.length, q.id).toBeGreaterThan(0);
      const grade = gradeQuestion(q, answerFromPrinted(q, key));
      expect(grade.correct, `${quiz.id} › ${q.id}`).toBe(true);
      score += grade.score;
      max += grade.maxScore;
    }
    expect(score).toBe(max);
  });

  test('the reasoning for choice questions is every option’s own feedback, the right ones marked', () => {
    const q = lessonQuizzes.flatMap((x) => x.data.questions).find((x) => x.type === 'MultipleChoice');
    if (q?.type !== 'MultipleChoice') throw new Error('no multiple-choice question');
    const key = printedKey(q, solutions);
    expect(key.reasons).toEqual(q.options.map((o) => ({ label: o.text, correct: o.correct, text: o.feedback })));
    expect(key.explanation).toBe(q.explanation);
  });
});

describe('what else a typed answer accepts', () => {
  const base = { id: 'q', prompt: 'p', points: 1, objectives: ['o'], explanation: 'e', hints: [] };
  test('other accepted spellings and patterns are named; a number’s tolerance is given', () => {
    const short = {
      ...base,
      type: 'ShortAnswer' as const,
      accept: ['runc', 'runC'],
      patterns: ['^run-?c$'],
      caseSensitive: false,
      normalizeUnits: false,
    };
    expect(printedKey(short, {})).toMatchObject({
      answer: ['runc'],
      accepts:
        'Also accepted: runC. Other wordings of the same answer are accepted too (the quiz file lists patterns).',
    });
    expect(printedKey({ ...short, accept: ['runc'], patterns: [] }, {})).not.toHaveProperty('accepts');
    const numeric = { ...base, type: 'Numeric' as const, value: 64, tolerance: 2, unit: 'MiB' };
    expect(printedKey(numeric, {})).toMatchObject({ answer: ['64 MiB'], accepts: 'Accepted within ± 2 MiB.' });
    expect(printedKey({ ...numeric, tolerance: '5%' }, {}).accepts).toBe('Accepted within ± 5%.');
    expect(printedKey({ ...numeric, tolerance: 0 }, {})).not.toHaveProperty('accepts');
  });
});
