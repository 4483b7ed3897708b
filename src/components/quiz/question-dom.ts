import { $, $$, el, textOf } from './dom';

/** A question's own form controls, leaving any embedded terminal alone. */
const controls = (fs: HTMLElement) =>
  $$<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(fs, 'input, select, button').filter(
    (c) => !c.closest('il-terminal'),
  );

/** Clears a question for a new attempt: empty, enabled controls; no marks, result or hints showing. */
export function resetQuestion(fs: HTMLElement): void {
  for (const c of controls(fs)) {
    c.disabled = false;
    if (c instanceof HTMLInputElement) {
      c.checked = false;
      c.value = c.type === 'text' ? '' : c.value;
    } else if (c instanceof HTMLSelectElement) c.value = '';
  }
  for (const t of $$(fs, '.ilq-tags')) t.remove();
  for (const m of $$(fs, '.ilq-move')) m.hidden = false;
  for (const f of $$(fs, '.ilq-fb')) f.hidden = true;
  const result = $(fs, '.ilq-result');
  if (result) {
    result.hidden = true;
    result.replaceChildren();
  }
  for (const li of $$(fs, '.ilq-hint-list > li')) li.hidden = true;
  const hint = $(fs, '.ilq-hint');
  if (hint) {
    hint.hidden = false;
    hint.textContent = 'Show hint';
  }
}

/** Disables a question's own controls once its answer is final (the review), and hides its buttons. */
export function lockQuestion(fs: HTMLElement): void {
  for (const c of controls(fs)) c.disabled = true;
  for (const b of $$(fs, '.ilq-q-actions, .ilq-hint, .ilq-move')) b.hidden = true;
}

/** Turns the no-JavaScript "Hints" disclosure into a "Show hint" button that reveals one hint at a time. */
export function setUpHints(fs: HTMLElement, announce: (text: string) => void): void {
  const details = $(fs, 'details.ilq-hints');
  if (!details) return;
  const hints = $$(details, 'li');
  const button = el('button', 'il-button ilq-button ilq-hint', 'Show hint');
  button.type = 'button';
  const list = el('ol', 'ilq-hint-list');
  list.setAttribute('aria-label', 'Hints');
  list.append(...hints);
  for (const li of hints) {
    li.hidden = true;
    li.tabIndex = -1;
  }
  const box = el('div', 'ilq-hints');
  box.append(list, button);
  details.replaceWith(box);
  button.addEventListener('click', () => {
    const next = hints.find((li) => li.hidden);
    if (!next) return;
    next.hidden = false;
    const left = hints.filter((li) => li.hidden).length;
    announce(`Hint ${hints.length - left} of ${hints.length}: ${textOf(next)}`);
    button.textContent = 'Show another hint';
    if (left === 0) {
      // The button goes away with nothing left to show; focus lands on the hint just revealed.
      next.focus();
      button.hidden = true;
    }
  });
}
