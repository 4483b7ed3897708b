/** Terminal colours taken from Starlight's CSS variables, so the terminal follows light/dark mode. */
export interface TerminalTheme {
  background: string;
  foreground: string;
  cursor: string;
  cursorAccent: string;
  selectionBackground: string;
  selectionForeground: string;
}

/** Resolves a CSS colour expression (e.g. `var(--sl-color-bg)`) to `rgb(…)` in the context of `el`. */
function resolveColour(el: HTMLElement, expr: string): string {
  const probe = document.createElement('span');
  probe.style.color = expr;
  probe.hidden = true;
  el.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return toHex(value);
}

/** xterm.js parses hex reliably; computed styles give `rgb()` (or `color(srgb …)`). */
function toHex(rgb: string): string {
  const nums = rgb.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0];
  const scale = rgb.startsWith('color(') ? 255 : 1;
  return (
    '#' +
    nums
      .slice(0, 3)
      .map((n) =>
        Math.round(n * scale)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** Reads the current theme from the page's CSS custom properties. */
export function readTheme(el: HTMLElement): TerminalTheme {
  const c = (v: string): string => resolveColour(el, `var(${v})`);
  return {
    background: c('--sl-color-bg'),
    foreground: c('--sl-color-text'),
    cursor: c('--sl-color-text-accent'),
    cursorAccent: c('--sl-color-bg'),
    selectionBackground: c('--sl-color-accent-low'),
    selectionForeground: c('--sl-color-white'),
  };
}

/** Calls `onChange` whenever Starlight switches theme (it sets `data-theme` on <html>). */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
