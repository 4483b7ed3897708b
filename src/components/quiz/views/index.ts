import type { QuestionType } from '../../../engines/quiz/index';
import { categorizeView } from './categorize';
import { matchingView } from './matching';
import { multipleChoiceView } from './multiple-choice';
import { numericView } from './numeric';
import { orderingView } from './ordering';
import { shortAnswerView } from './short-answer';
import { singleChoiceView } from './single-choice';
import { terminalTaskView } from './terminal-task';
import { trueFalseView } from './true-false';
import type { QuestionView } from './types';

/** Every question type's view, looked up by the fieldset's `data-type`. */
export const views: Record<QuestionType, QuestionView> = {
  SingleChoice: singleChoiceView,
  MultipleChoice: multipleChoiceView,
  TrueFalse: trueFalseView,
  Ordering: orderingView,
  Matching: matchingView,
  Categorize: categorizeView,
  ShortAnswer: shortAnswerView,
  Numeric: numericView,
  TerminalTask: terminalTaskView,
};

export type { QuestionView };
