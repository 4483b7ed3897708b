import type { GoalResult } from '../../../engines/quiz/index';
import { $, $$, textOf } from '../dom';
import type { QuestionView } from './types';

/**
 * TerminalTask: the embedded `il-terminal`'s goal result. Until the terminal has run a command (or if it
 * cannot start), the answer is the lab's goal with no part met, so the task grades as not done.
 */
export const terminalTaskView: QuestionView = {
  read(fs) {
    const live = ($(fs, 'il-terminal') as (HTMLElement & { goalResult?: GoalResult }) | null)?.goalResult;
    return (
      live ?? { done: false, parts: $$(fs, '.il-goal .il-part').map((p) => ({ description: textOf(p), met: false })) }
    );
  },
  describe(_fs, answer) {
    const { done, parts } = answer as GoalResult;
    return done ? 'Goal reached' : `${parts.filter((p) => p.met).length} of ${parts.length} goal parts met`;
  },
};
