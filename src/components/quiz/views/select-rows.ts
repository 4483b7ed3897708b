import { $, $$, answerMark, childById, el, reorder, textOf } from '../dom';
import { joinAnswerParts } from '../../../engines/quiz/join-answers';
import type { QuestionView } from './types';

const rows = (fs: HTMLElement) => $$(fs, '.ilq-rows > li');
const optionText = (fs: HTMLElement, id: string | undefined) =>
  textOf($(fs, `.ilq-rows option[value="${CSS.escape(id ?? '')}"]`));

/**
 * A `<select>` per row (Matching: a left and its rights; Categorize: an item and the buckets). The answer
 * maps row id → chosen value. `arrange` says what the attempt's order shuffles: the rows or the choices.
 */
export function selectRowsView(shuffles: 'rows' | 'choices'): QuestionView {
  return {
    read(fs) {
      const entries = rows(fs)
        .map((li) => [li.dataset.id, $<HTMLSelectElement>(li, 'select')?.value] as const)
        .filter(([, value]) => value);
      return entries.length ? Object.fromEntries(entries) : undefined;
    },
    arrange(fs, order) {
      if (shuffles === 'rows') reorder($(fs, '.ilq-rows'), order);
      else for (const select of $$(fs, '.ilq-rows select')) reorder(select, order);
    },
    fill(fs, answer) {
      const chosen = answer as Record<string, string>;
      for (const li of rows(fs)) {
        const select = $<HTMLSelectElement>(li, 'select');
        if (select) select.value = chosen[li.dataset.id ?? ''] ?? '';
      }
    },
    describe: (fs, answer) =>
      joinAnswerParts(
        rows(fs)
          .filter((li) => (answer as Record<string, string>)[li.dataset.id ?? ''])
          .map(
            (li) =>
              `${textOf(li.querySelector('label'))} → ${optionText(fs, (answer as Record<string, string>)[li.dataset.id ?? ''])}`,
          ),
      ),
    mark(fs, grade) {
      for (const part of grade.parts) {
        const li = childById($(fs, '.ilq-rows') as HTMLElement, part.id);
        const tags = el('span', 'ilq-tags');
        tags.append(answerMark(part.correct ? 'correct' : part.given ? 'wrong' : 'blank'));
        if (!part.correct) tags.append(el('span', 'ilq-fb-text', `Right answer: ${optionText(fs, part.expected)}.`));
        li?.append(tags);
      }
    },
  };
}
