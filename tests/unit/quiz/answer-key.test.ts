import { describe, expect, test } from 'vitest';
import { answerKey, selfTestQuestion, wrongAnswers } from '../../../src/engines/quiz/answer-key';
import { gradeQuestion } from '../../../src/engines/quiz/grade';
import type { Quiz } from '../../../src/schemas/quiz';
import { fixtureNames, validFixture } from './fixtures';

/** Every question's self-test failures, prefixed with the quiz id. */
const selfTest = (quiz: Quiz) => quiz.questions.flatMap((q) => selfTestQuestion(q).map((f) => `${quiz.id} › ${f}`));

describe('answer keys', () => {
  const quiz = validFixture('valid-all-types');

  test('every valid fixture passes the self-test', () => {
    for (const name of fixtureNames.filter((n) => n.startsWith('valid-')))
      expect(selfTest(validFixture(name))).toEqual([]);
  });

  test('the key for each type has the documented shape', () => {
    expect(quiz.questions.map((q) => [q.type, answerKey(q)])).toEqual([
      ['SingleChoice', 'one'],
      ['MultipleChoice', ['pid', 'net', 'mnt']],
      ['TrueFalse', true],
      ['Ordering', ['firmware', 'bootloader', 'kernel', 'init']],
      ['Matching', { pid: 'pid', net: 'net', uts: 'uts' }],
      ['Categorize', { 'guest-kernel': 'vm', 'virtual-disk': 'vm', 'shares-kernel': 'container' }],
      ['ShortAnswer', '128 MiB'],
      ['Numeric', '250 ms'],
      ['TerminalTask', { done: true, parts: [{ description: 'The goal is reached.', met: true }] }],
    ]);
  });

  test('each wrong option of a choice question scores below full marks', () => {
    const [single, multiple] = quiz.questions;
    expect(wrongAnswers(single!).map((a) => gradeQuestion(single!, a).score)).toEqual([0, 0]);
    expect(wrongAnswers(multiple!).map((a) => gradeQuestion(multiple!, a).score)).toEqual([1.3333, 1.3333]);
  });

  test('the self-test catches a broken key', () => {
    const broken: Quiz = {
      ...quiz,
      questions: [
        {
          ...quiz.questions[6]!,
          type: 'ShortAnswer',
          accept: ['256 MiB'],
          patterns: [],
          display: '128 MiB',
        } as Quiz['questions'][number],
      ],
    };
    expect(selfTest(broken)).toEqual(['valid-all-types › default-memory: the answer key scores 0/1']);
  });
});
