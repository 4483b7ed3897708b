import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

// The palettes are read from the shipped CSS, so the test checks what readers get.
const css = readFileSync(`${ROOT}/src/diagrams/diagram.css`, 'utf8');

function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--il-dg-([\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
}

const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map((v) => channel(v / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
/** WCAG 2 contrast ratio. */
export const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
// Flowchart edge labels sit on the `alt` fill at 50% opacity over whatever is below.
const mix = (a: string, b: string) =>
  '#' +
  rgb(a)
    .map((v, i) =>
      Math.round((v + rgb(b)[i]!) / 2)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

const TEXTS = ['text', 'node-text', 'alt-text', 'group-text', 'note-text'];
const FILLS = ['bg', 'node', 'alt', 'group', 'note'];

describe.each([
  ['dark', ':root'],
  ['light', ":root[data-theme='light']"],
])('%s palette', (_name, selector) => {
  const p = palette(selector);

  it('defines every role', () => {
    expect(Object.keys(p).sort()).toEqual(
      [...TEXTS, ...FILLS, 'line', 'node-border', 'alt-border', 'group-border', 'note-border'].sort(),
    );
  });

  it('keeps every text colour at >= 4.5:1 on every fill, including half-transparent label backgrounds', () => {
    const fills = [...FILLS.map((f) => p[f]!), mix(p.alt!, p.bg!), mix(p.alt!, p.group!)];
    const worst = Math.min(...TEXTS.flatMap((t) => fills.map((f) => contrast(p[t]!, f))));
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps lines and borders at >= 3:1 against the diagram background (non-text contrast)', () => {
    for (const role of ['line', 'node-border', 'alt-border', 'group-border', 'note-border']) {
      expect(contrast(p[role]!, p.bg!), role).toBeGreaterThanOrEqual(3);
    }
  });
});

it('reports the measured ratios', () => {
  const rows = [':root', ":root[data-theme='light']"].map((s) => {
    const p = palette(s);
    return (
      `${s}: ` +
      TEXTS.map(
        (t) =>
          `${t}/${t === 'text' ? 'bg' : t.replace('-text', '')}=${contrast(p[t]!, p[t === 'text' ? 'bg' : t.replace('-text', '')]!).toFixed(2)}`,
      ).join(' ')
    );
  });
  console.log(rows.join('\n'));
  expect(rows).toHaveLength(2);
});
