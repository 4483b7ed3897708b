import type { Element, ElementContent } from 'hast';

// Expressive Code draws each line as two elements, <div class="ec-line"><div class="code">…</div></div>: the outer
// one is a grid with room for a gutter and line markers, the inner one holds the text. A plain line (no gutter, no
// marker, no wrap indent) uses neither, so it becomes one element, `div.ec-line.il-flat`, styled in FLAT_LINE_CSS
// exactly as the inner div was. Leading spaces are wrapped in `span.indent`, which only word-wrapped blocks style:
// in a block that does not wrap, the span goes and its text stays.

/** The class a flattened line carries beside `ec-line`. */
export const FLAT_CLASS = 'il-flat';

const classes = (el: Element): string[] => {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};
const isOnly = (el: Element, tag: string, cls: string) =>
  el.tagName === tag && classes(el).join(' ') === cls && Object.keys(el.properties).every((k) => k === 'className');

/** Replaces every `span.indent` under `el` by its children; returns how many it removed. */
export function unwrapIndents(el: Element): number {
  let removed = 0;
  el.children = el.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    removed += unwrapIndents(child);
    if (!isOnly(child, 'span', 'indent')) return [child];
    removed++;
    return child.children;
  });
  return removed;
}

/**
 * Makes a plain line one element, in place: `div.ec-line` with nothing but one `div.code` inside becomes
 * `div.ec-line.il-flat` holding the code's children. Any other line (a gutter, a marker class, a style) is left as it
 * is. Returns whether the line was flattened.
 */
export function flattenLine(line: Element): boolean {
  const [code, ...rest] = line.children;
  if (!isOnly(line, 'div', 'ec-line') || rest.length > 0 || code?.type !== 'element') return false;
  if (!isOnly(code, 'div', 'code')) return false;
  line.properties.className = ['ec-line', FLAT_CLASS];
  line.children = code.children;
  return true;
}

/**
 * What `.ec-line .code` gets from Expressive Code, for a flat line (no gutter, no marker, no indent): a block, not a
 * grid, with the same padding and border; the first line keeps room for the copy button. A grid item's padding counts
 * in the block's scroll width, a block child's does not: so the line is as wide as its text plus padding, and never
 * narrower than the block.
 */
export const FLAT_LINE_CSS = `
.ec-line.${FLAT_CLASS} {
  display: block;
  position: relative;
  box-sizing: border-box;
  width: max-content;
  min-width: 100%;
  padding-inline-start: calc(var(--ec-codePadInl) - var(--ec-gtrBrdWd));
  padding-inline-end: var(--ec-codePadInl);
  border-inline-start: var(--ec-gtrBrdWd) solid transparent;
}
:nth-child(1 of .ec-line).${FLAT_CLASS} {
  padding-inline-end: calc(2rem + var(--ec-codePadInl));
}
`;
