/**
 * Turns the no-JS list of all hints into a button that reveals them one at a time.
 * Returns the text of each hint as it is revealed, for the live region.
 */
export function setUpHints(root: HTMLElement, announce: (text: string) => void): void {
  const details = root.querySelector<HTMLDetailsElement>('.il-hints');
  const button = root.querySelector<HTMLButtonElement>('.il-hint-button');
  if (!details || !button) return;
  const items = [...details.querySelectorAll<HTMLLIElement>('li')];
  const list = details.querySelector('ol')!;
  // Move the list out of the disclosure: with JS, the button is the way in.
  details.replaceWith(list);
  list.classList.add('il-hint-list');
  items.forEach((li) => (li.hidden = true));
  let shown = 0;
  const label = (): void => {
    button.textContent = shown < items.length ? `Show hint ${shown + 1} of ${items.length}` : 'No more hints';
    button.setAttribute('aria-disabled', String(shown >= items.length));
  };
  button.hidden = false;
  label();
  button.addEventListener('click', () => {
    const li = items[shown];
    if (!li) return;
    li.hidden = false;
    shown += 1;
    label();
    announce(`Hint ${shown}: ${li.textContent ?? ''}`);
  });
}
