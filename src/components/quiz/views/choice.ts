import { $, $$, answerMark, el, reorder, textOf } from '../dom';
import { joinAnswerParts } from '../../../engines/quiz/join-answers';
import type { QuestionView } from './types';

/**
 * Radios or checkboxes in `.ilq-options`. `toAnswer` turns the checked option ids into the engine's
 * answer; `idsOf` turns an answer (or the answer key) back into option ids.
 */
export function choiceView(toAnswer: (ids: string[]) => unknown, idsOf: (answer: unknown) => string[]): QuestionView {
  const items = (fs: HTMLElement) => $$(fs, '.ilq-options > li');
  return {
    read(fs) {
      const ids = $$<HTMLInputElement>(fs, '.ilq-options input:checked').map((i) => i.value);
      return ids.length ? toAnswer(ids) : undefined;
    },
    arrange: (fs, order) => reorder($(fs, '.ilq-options'), order),
    fill(fs, answer) {
      const ids = idsOf(answer);
      for (const input of $$<HTMLInputElement>(fs, '.ilq-options input')) input.checked = ids.includes(input.value);
    },
    describe: (fs, answer) =>
      joinAnswerParts(
        idsOf(answer).map((id) =>
          textOf(
            items(fs)
              .find((li) => li.dataset.id === id)
              ?.querySelector('label'),
          ),
        ),
      ),
    // Marks go only on the learner's picks and on right options they did not pick; every option's feedback shows.
    mark(fs, _grade, key) {
      const right = idsOf(key);
      for (const li of items(fs)) {
        const isRight = right.includes(li.dataset.id ?? '');
        const picked = $<HTMLInputElement>(li, 'input')?.checked;
        if (picked || isRight) {
          const tags = el('span', 'ilq-tags');
          tags.append(answerMark(picked ? (isRight ? 'correct' : 'wrong') : 'right'));
          li.querySelector('label')?.after(tags);
        }
        const fb = $(li, '.ilq-fb');
        if (fb) fb.hidden = false;
      }
    },
  };
}
