import { $, $$, childById, el, reorder, tag, textOf } from '../dom';
import type { QuestionView } from './types';

const list = (fs: HTMLElement) => $(fs, '.ilq-order') as HTMLElement;
const itemText = (li: Element | null) => textOf(li?.querySelector('.ilq-item'));

/** Marks the first item's "Move up" and the last item's "Move down" as unavailable (still focusable). */
function refreshEdges(fs: HTMLElement): void {
  const items = $$(list(fs), ':scope > li');
  items.forEach((li, i) => {
    for (const b of $$(li, 'button[data-move]')) {
      const edge = b.dataset.move === '-1' ? i === 0 : i === items.length - 1;
      b.setAttribute('aria-disabled', String(edge));
    }
  });
}

/** Ordering: a list with "Move up" / "Move down" buttons per item; the answer is the item ids, first to last. */
export const orderingView: QuestionView = {
  read: (fs) => $$(list(fs), ':scope > li').map((li) => li.dataset.id),
  arrange(fs, order) {
    reorder(list(fs), order);
    refreshEdges(fs);
  },
  fill(fs, answer) {
    reorder(list(fs), answer as string[]);
    refreshEdges(fs);
  },
  describe: (fs, answer) =>
    (answer as string[]).map((id, i) => `${i + 1}. ${itemText(childById(list(fs), id))}`).join(', '),
  mark(fs, grade) {
    for (const part of grade.parts) {
      const li = childById(list(fs), part.id);
      const tags = el('span', 'ilq-tags');
      // The engine credits the longest run in the right relative order, so an item is "in order", not "in place".
      tags.append(part.correct ? tag('ok', 'In order') : tag('bad', 'Out of order'));
      if (!part.correct) tags.append(el('span', 'ilq-fb-text', `It belongs at ${part.expected}.`));
      li?.querySelector('.ilq-item')?.after(tags);
    }
  },
  setup(fs, announce) {
    for (const span of $$(fs, '.ilq-move')) span.hidden = false;
    fs.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
      if (!button || button.disabled || button.getAttribute('aria-disabled') === 'true') return;
      const li = button.closest('li') as HTMLElement;
      const items = $$(list(fs), ':scope > li');
      const to = items.indexOf(li) + Number(button.dataset.move);
      const target = items[to];
      if (!target) return;
      target.insertAdjacentElement(button.dataset.move === '-1' ? 'beforebegin' : 'afterend', li);
      button.focus();
      refreshEdges(fs);
      announce(`${itemText(li)}: moved to position ${to + 1} of ${items.length}.`);
    });
  },
};
