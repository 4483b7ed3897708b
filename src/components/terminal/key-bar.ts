import { KEY_BYTES } from '../../engines/terminal/keymap';

type BarKey = keyof typeof KEY_BYTES | 'escape';

/** Each key: what it shows, its accessible name (containing what it shows, for voice control), what it does. */
const KEYS: ReadonlyArray<{ key: BarKey; label: string; name: string }> = [
  { key: 'tab', label: 'Tab', name: 'Tab (complete the name)' },
  { key: 'up', label: '↑', name: 'Up arrow (previous command)' },
  { key: 'down', label: '↓', name: 'Down arrow (next command)' },
  { key: 'interrupt', label: 'Ctrl+C', name: 'Ctrl+C (stop the command or drop the line)' },
  { key: 'escape', label: 'Esc', name: 'Esc (leave the terminal)' },
];

/** What the bar drives: the terminal's input, and the Esc key's way out. */
export interface KeyBarTarget {
  /** Feeds bytes to the terminal as if typed, so the line editor sees exactly what the real key sends. */
  send(data: string): void;
  escape(): void;
}

/**
 * The on-screen key bar a phone's keyboard lacks: Tab, ↑, ↓, Ctrl+C, Esc as real buttons after `screen`. CSS shows it
 * on touch screens (pointer: coarse) or when the `il-terminal` has `data-keybar="show"`. Returns its removal.
 */
export function mountKeyBar(screen: HTMLElement, target: KeyBarTarget): () => void {
  const bar = document.createElement('div');
  bar.className = 'il-keybar not-content';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Terminal keys');
  for (const { key, label, name } of KEYS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'il-button';
    button.dataset.key = key;
    button.textContent = label;
    button.setAttribute('aria-label', name);
    bar.append(button);
  }
  // A tap must not take focus from the terminal, or the phone's keyboard would close after every key.
  bar.addEventListener('mousedown', (event) => event.preventDefault());
  bar.addEventListener('click', (event) => {
    const key = (event.target as Element).closest<HTMLButtonElement>('button')?.dataset.key as BarKey | undefined;
    if (key === 'escape') target.escape();
    else if (key) target.send(KEY_BYTES[key]);
  });
  screen.after(bar);
  return () => bar.remove();
}
