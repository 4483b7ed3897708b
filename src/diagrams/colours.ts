/** Rewrites the colours in Mermaid's SVG into theme-aware CSS variables, and finds any it cannot map. */
import { SENTINELS, type Role } from './theme.ts';

/** Extra roles that no theme variable feeds but Mermaid's fixed colours need. */
export type AnyRole = Role | 'bg' | 'shadow';

// Colours Mermaid hard-codes whatever the theme (sequence actor defaults under the CSS, start-state dots,
// drop shadows), mapped to the role they play.
const FIXED: Record<string, AnyRole> = {
  '#000000': 'line',
  '#000': 'line',
  black: 'line',
  '#999': 'line',
  '#666': 'node-border',
  '#eaeaea': 'node',
  '#edf2ae': 'note',
  '#e0e0e0': 'group',
  '#ffffff': 'bg',
  white: 'bg',
  red: 'text',
  'rgba(185,185,185,1)': 'shadow',
  'rgba(0,0,0,0.2)': 'shadow',
  'rgb(0 0 0 / 0.4)': 'shadow',
};

// Named colours only where a value starts, so class names such as `.red-node` are left alone.
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\([^)]*\)|(?<=[:=]\s*"?\s*)(?:black|white|red)\b/g;
const PROPERTY =
  '(?:fill|stroke|color|background(?:-color)?|stop-color|flood-color|lighting-color|border(?:-[a-z]+)?-color)';
const COLOUR_ATTRS = new RegExp(`(\\s${PROPERTY}|\\sstyle)="([^"]*)"`, 'g');
const STYLE_ELEMENT = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;

const cssVar = (role: AnyRole) => `var(--il-dg-${role})`;

function rgbToHex(parts: number[]): string {
  return '#' + parts.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('');
}

function replaceColour(literal: string): string {
  const key = literal.toLowerCase();
  const sentinel = SENTINELS.get(key);
  if (sentinel) return cssVar(sentinel);
  const fixed = FIXED[key.replace(/\s*,\s*/g, ',')] ?? FIXED[key];
  if (fixed) return cssVar(fixed);
  // Mermaid writes translucent versions of theme colours as rgba(r, g, b, a).
  const rgba = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(key);
  const role = rgba && SENTINELS.get(rgbToHex(rgba.slice(1, 4).map(Number)));
  if (role) {
    const alpha = rgba[4] === undefined ? 1 : Number(rgba[4]);
    return alpha >= 1 ? cssVar(role) : `color-mix(in srgb, ${cssVar(role)} ${Math.round(alpha * 100)}%, transparent)`;
  }
  return literal;
}

const rewrite = (text: string) => text.replace(COLOUR, replaceColour);

/** Replaces sentinel and known fixed colours in `<style>` and colour attributes with `var(--il-dg-…)`. */
export function rewriteColours(svg: string): string {
  return svg
    .replace(STYLE_ELEMENT, (_, open: string, css: string, close: string) => open + rewrite(css) + close)
    .replace(COLOUR_ATTRS, (attr: string) => rewrite(attr));
}

const NAMED_IN_PROPERTY = new RegExp(`${PROPERTY}\\s*[:=]\\s*"?\\s*([a-zA-Z]+)`, 'g');
const ALLOWED_KEYWORDS = new Set([
  'none',
  'transparent',
  'currentcolor',
  'inherit',
  'initial',
  'unset',
  'revert',
  'var',
  'url',
  'color',
  'context',
]);

/** Lists colours still hard-coded after rewriting (they would ignore the site theme), e.g. an author's `style` line. */
export function findHardCodedColours(svg: string): string[] {
  const found = new Set<string>();
  const scan = (text: string) => {
    for (const m of text.matchAll(COLOUR)) found.add(m[0]);
    for (const m of text.matchAll(NAMED_IN_PROPERTY)) {
      if (!ALLOWED_KEYWORDS.has(m[1]!.toLowerCase())) found.add(m[1]!);
    }
  };
  for (const m of svg.matchAll(STYLE_ELEMENT)) scan(m[2]!);
  for (const m of svg.matchAll(COLOUR_ATTRS)) scan(`${m[1]!.trim()}="${m[2]!}"`);
  return [...found];
}
