/** Small DOM helpers shared by the quiz views (no framework: this ships on lesson pages). */

/** The first match of `sel` inside `root`. */
export const $ = <T extends Element = HTMLElement>(root: ParentNode, sel: string): T | null =>
  root.querySelector<T>(sel);

/** Every match of `sel` inside `root`, as an array. */
export const $$ = <T extends Element = HTMLElement>(root: ParentNode, sel: string): T[] => [
  ...root.querySelectorAll<T>(sel),
];

/** A new element with a class and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text) node.textContent = text;
  return node;
}

const ICONS = { ok: '✓', bad: '✗', part: '◐', right: '✓' } as const;

/** A status label in words ("Passed", "Right answer"); the icon is decoration, so it is hidden from screen readers. */
export function tag(kind: keyof typeof ICONS, text: string): HTMLElement {
  const out = el('span', `ilq-tag ilq-tag-${kind}`);
  const icon = el('span', '', `${ICONS[kind]} `);
  icon.setAttribute('aria-hidden', 'true');
  out.append(icon, text);
  return out;
}

/**
 * The mark on one of the learner's own choices, items or rows, or on a right answer they did not give. The wording
 * never leaves it open whose answer is meant: "Your answer — correct" is theirs, "Right answer" is the key's.
 */
export function answerMark(mark: 'correct' | 'wrong' | 'right' | 'blank'): HTMLElement {
  if (mark === 'correct') return tag('ok', 'Your answer — correct');
  if (mark === 'wrong') return tag('bad', 'Your answer — not correct');
  return mark === 'right' ? tag('right', 'Right answer') : tag('bad', 'Not answered');
}

/** The visible text of an element, whitespace collapsed. */
export const textOf = (node: Element | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The child of `parent` whose `data-id` is `id`. */
export const childById = (parent: Element, id: string): HTMLElement | null =>
  $(parent, `:scope > [data-id="${CSS.escape(id)}"]`);

/** Re-appends the children of `parent` in the order of their `data-id`s. */
export function reorder(parent: Element | null, ids: readonly string[]): void {
  if (!parent) return;
  for (const id of ids) {
    const child = childById(parent, id);
    if (child) parent.append(child);
  }
}
