import type { Element, ElementContent } from 'hast';

// Expressive Code gives every highlighted token its own <span style="--0:…;--1:…">, the spaces between tokens
// included: a six-line shell block is 60 elements, and a lesson with a dozen blocks spends hundreds of its elements
// on them. A space has no colour to show, and two neighbouring tokens of one colour read the same in one span, so
// this folds each run of spaces into the token before it and joins neighbours with the same style; a token in the
// block's own text colour (a console's output lines) needs no span at all. The text, and the colour of every visible
// character, stay exactly as they were.

/** A span whose only children are text: a highlighted token. */
function isToken(node: ElementContent | undefined): node is Element {
  return (
    node?.type === 'element' &&
    node.tagName === 'span' &&
    node.children.every((c) => c.type === 'text') &&
    Object.keys(node.properties).every((k) => k === 'style')
  );
}

const textOf = (el: Element) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const sameStyle = (a: Element, b: Element) => String(a.properties.style ?? '') === String(b.properties.style ?? '');

/**
 * Folds the tokens among `el`'s children (and its descendants'), in place; `plain` tells a token's style that only
 * repeats the colour the block's text has anyway, and such a token becomes bare text. Returns how many elements it
 * removed.
 */
export function compactTokens(el: Element, plain: (style: string) => boolean = () => false): number {
  let removed = 0;
  const out: ElementContent[] = [];
  for (const child of el.children) {
    if (child.type === 'element' && !isToken(child)) removed += compactTokens(child, plain);
    const prev = out.at(-1);
    if (isToken(child) && isToken(prev) && (sameStyle(prev, child) || textOf(child).trim() === '')) {
      prev.children = [{ type: 'text', value: textOf(prev) + textOf(child) }];
      removed++;
      continue;
    }
    out.push(child);
  }
  el.children = [];
  for (const child of out) {
    const bare = isToken(child) && plain(String(child.properties.style ?? ''));
    const node: ElementContent = bare ? { type: 'text', value: textOf(child) } : child;
    const prev = el.children.at(-1);
    if (bare) removed++;
    if (node.type === 'text' && prev?.type === 'text') prev.value += node.value;
    else el.children.push(node);
  }
  return removed;
}

/**
 * Whether a token's inline style (`--0:#D6DEEB;--1:#403F53`: one colour per theme) is exactly the code's own
 * foreground colour in every theme, `foregrounds[i]` for theme i.
 */
export function isPlainStyle(style: string, foregrounds: readonly string[]): boolean {
  const decls = style
    .split(';')
    .filter((d) => d.trim())
    .map((d) => d.split(':').map((x) => x.trim().toLowerCase()));
  return (
    decls.length === foregrounds.length &&
    decls.every(([prop, value]) => {
      const i = /^--(\d+)$/.exec(prop ?? '')?.[1];
      return i !== undefined && value === foregrounds[Number(i)]?.toLowerCase();
    })
  );
}
