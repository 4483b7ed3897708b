import { describe, expect, test } from 'vitest';
import {
  checkItemRules,
  feedbackGivesReason,
  keyIsLongest,
  longestKeyShare,
  trueStatementShare,
} from '../../../src/course/item-rules';
import { QuizSchema, type Quiz } from '../../../src/schemas/quiz';

const REASON = 'The kernel refuses the second bind because the address and port pair is already held by a socket.';
const opt = (id: string, text: string, correct = false, feedback = REASON) => ({ id, text, correct, feedback });
const single = (options: ReturnType<typeof opt>[]): Quiz =>
  QuizSchema.parse({
    id: 'q',
    title: 'Q',
    questions: [{ id: 'one', type: 'SingleChoice', prompt: 'p', objectives: ['o'], explanation: 'e', options }],
  });
const rules = (quiz: Quiz) => checkItemRules(quiz).map((f) => f.rule);

describe('quiz item rules', () => {
  test('a fair item passes', () => {
    const quiz = single([
      opt('a', 'The bind fails with "address already in use".', true),
      opt('b', 'The second program takes the port over from the first.'),
      opt('c', 'The kernel moves the second program to the next free port.'),
    ]);
    expect(checkItemRules(quiz)).toEqual([]);
  });

  test.each(['always', 'never', 'every', 'at all', 'ever'])('a distractor with "%s" is flagged', (word) => {
    const quiz = single([
      opt('a', 'The bind fails with "address already in use".', true),
      opt('b', `The second program ${word} takes the port over.`),
    ]);
    expect(rules(quiz)).toEqual(['absolute-word']);
  });

  test('an absolute word in the key is allowed: only distractors give the key away that way', () => {
    const quiz = single([
      opt('a', 'A bound port is never handed to a newcomer.', true),
      opt('b', 'The port is shared between the two programs.'),
    ]);
    expect(rules(quiz)).toEqual([]);
  });

  test('a key much longer than every distractor is flagged', () => {
    const quiz = single([
      opt(
        'a',
        'The bind fails with "address already in use" (EADDRINUSE), and the second program gets an error.',
        true,
      ),
      opt('b', 'The port is taken over.'),
    ]);
    expect(rules(quiz)).toEqual(['key-much-longer']);
  });

  test('correct-option feedback that opens with a verdict, or only restates the option, is flagged', () => {
    const key = 'The bind fails with "address already in use".';
    expect(feedbackGivesReason({ text: key, feedback: `Right. ${REASON}` })).toBe(false);
    expect(
      feedbackGivesReason({ text: key, feedback: 'The bind fails with address already in use, as it says.' }),
    ).toBe(false);
    expect(feedbackGivesReason({ text: key, feedback: REASON })).toBe(true);
    const quiz = single([
      opt('a', key, true, 'Correct! The bind fails.'),
      opt('b', 'The port is taken over by the second.'),
    ]);
    expect(rules(quiz)).toEqual(['thin-feedback']);
  });

  test('a false TrueFalse statement with an absolute word, and a thin feedback on its right answer, are flagged', () => {
    const quiz = QuizSchema.parse({
      id: 'q',
      title: 'Q',
      questions: [
        {
          id: 'tf',
          type: 'TrueFalse',
          prompt: 'A container always has its own kernel.',
          objectives: ['o'],
          explanation: 'e',
          answer: false,
          feedbackTrue: 'No.',
          feedbackFalse: 'Right.',
        },
      ],
    });
    expect(rules(quiz).sort()).toEqual(['absolute-word', 'thin-feedback']);
  });

  test('the longest-key share counts single-choice keys strictly longer than every distractor', () => {
    const long = single([opt('a', 'A much longer right answer here.', true), opt('b', 'Short one.')]);
    const tie = single([opt('a', 'Same length!', true), opt('b', 'Same length?')]);
    expect(keyIsLongest(long.questions[0]!.type === 'SingleChoice' ? long.questions[0]!.options : [])).toBe(true);
    expect(longestKeyShare([long, tie])).toEqual({ longest: 1, total: 2 });
  });

  test('the true-statement share counts only TrueFalse answers', () => {
    const tf = (id: string, answer: boolean) => ({
      id,
      type: 'TrueFalse',
      prompt: 'p',
      objectives: ['o'],
      explanation: 'e',
      answer,
      feedbackTrue: 'f',
      feedbackFalse: 'f',
    });
    const quiz = QuizSchema.parse({ id: 'q', title: 'Q', questions: [tf('a', true), tf('b', false), tf('c', false)] });
    expect(trueStatementShare([quiz, single([opt('a', 'x', true), opt('b', 'y')])])).toEqual({ true: 1, total: 3 });
  });
});
