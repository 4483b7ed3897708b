import { $ } from '../dom';
import type { QuestionView } from './types';

/** A text box (ShortAnswer, Numeric): the answer is the typed text; the engine reads numbers and units. */
export const typedView: QuestionView = {
  read: (fs) => $<HTMLInputElement>(fs, '.ilq-typed input')?.value.trim() || undefined,
  fill(fs, answer) {
    const input = $<HTMLInputElement>(fs, '.ilq-typed input');
    if (input) input.value = String(answer);
  },
  describe: (_fs, answer) => String(answer),
};
