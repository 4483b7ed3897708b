/**
 * Grading rules, one file per question type (details in each file's doc comment):
 * - SingleChoice, TrueFalse, ShortAnswer, Numeric: all or nothing.
 * - MultipleChoice: +1/k per correct option picked, −1/k per wrong one (k = correct options), floor 0.
 * - Ordering: longest run already in relative order, L of n items: (L − 1) / (n − 1).
 * - Matching, Categorize: each pair / item right earns an equal share.
 * - TerminalTask: done = full; else met/total parts, capped below full (or 0 with `all-or-nothing`).
 * A question's score is points × that fraction; an empty or misshapen answer scores 0, "Not answered.".
 */
import type { QuestionType } from '../../../schemas/quiz';
import type { Grader } from '../types';
import { categorize } from './categorize';
import { matching } from './matching';
import { multipleChoice } from './multiple-choice';
import { numeric } from './numeric';
import { ordering } from './ordering';
import { shortAnswer } from './short-answer';
import { singleChoice } from './single-choice';
import { terminalTask } from './terminal-task';
import { trueFalse } from './true-false';

/** Every question type's grader, looked up by the question's `type`. */
export const graders: { [T in QuestionType]: Grader<T> } = {
  SingleChoice: singleChoice,
  MultipleChoice: multipleChoice,
  TrueFalse: trueFalse,
  Ordering: ordering,
  Matching: matching,
  Categorize: categorize,
  ShortAnswer: shortAnswer,
  Numeric: numeric,
  TerminalTask: terminalTask,
};
