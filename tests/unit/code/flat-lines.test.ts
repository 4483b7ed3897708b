import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { FLAT_CLASS, FLAT_LINE_CSS, flattenLine, unwrapIndents } from '../../../src/code/flat-lines';

const el = (tagName: string, className: string[], children: ElementContent[] = [], extra = {}): Element => ({
  type: 'element',
  tagName,
  properties: { className, ...extra },
  children,
});
/** The markup of a node, enough for these lines (classes, a style, an id; text as is). */
function toHtml(node: ElementContent): string {
  if (node.type !== 'element') return node.type === 'text' ? node.value : '';
  const p = node.properties;
  const attrs = [
    Array.isArray(p.className) ? ` class="${p.className.join(' ')}"` : '',
    p.style ? ` style="${String(p.style)}"` : '',
    p.id ? ` id="${String(p.id)}"` : '',
  ].join('');
  return `<${node.tagName}${attrs}>${node.children.map(toHtml).join('')}</${node.tagName}>`;
}
const text = (value: string): ElementContent => ({ type: 'text', value });
const token = (value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { style: '--0:#fff' },
  children: [text(value)],
});

describe('a code line as one element', () => {
  it('a plain line keeps its children, in order, in div.ec-line.il-flat', () => {
    const line = el('div', ['ec-line'], [el('div', ['code'], [token('docker '), text('run alpine')])]);
    expect(flattenLine(line)).toBe(true);
    expect(toHtml(line)).toBe(
      `<div class="ec-line ${FLAT_CLASS}"><span style="--0:#fff">docker </span>run alpine</div>`,
    );
  });

  it('a line with a gutter, a marker class or an inline style is left as it is', () => {
    const gutter = el('div', ['ec-line'], [el('div', ['gutter'], [text('1')]), el('div', ['code'], [text('x')])]);
    const marked = el('div', ['ec-line', 'mark'], [el('div', ['code'], [text('x')])]);
    const indented = el('div', ['ec-line'], [el('div', ['code'], [text('x')])], { style: '--ecIndent:2ch' });
    const codeStyled = el('div', ['ec-line'], [el('div', ['code'], [text('x')], { style: 'color:red' })]);
    const trailed = el('div', ['ec-line'], [el('div', ['code'], [text('x')]), el('span', ['note'], [text('!')])]);
    for (const line of [gutter, marked, indented, codeStyled, trailed]) {
      const before = toHtml(line);
      expect(flattenLine(line)).toBe(false);
      expect(toHtml(line)).toBe(before);
    }
  });
});

describe('indent spans', () => {
  it('are replaced by their text, wherever they sit, and counted', () => {
    const line = el(
      'div',
      ['ec-line'],
      [el('div', ['code'], [el('span', ['indent'], [text('  ')]), token('RUN'), el('span', ['indent'], [text(' ')])])],
    );
    expect(unwrapIndents(line)).toBe(2);
    expect(toHtml(line)).toBe(
      '<div class="ec-line"><div class="code">  <span style="--0:#fff">RUN</span> </div></div>',
    );
  });

  it('a span that only shares the class name, or carries more, is kept', () => {
    const line = el(
      'div',
      ['code'],
      [el('span', ['indent', 'x'], [text(' ')]), el('span', ['indent'], [], { id: 'a' })],
    );
    expect(unwrapIndents(line)).toBe(0);
  });
});

describe('the flat line’s style', () => {
  it('restates the padding, border and copy-button room Expressive Code gives `.ec-line .code`', () => {
    for (const rule of [
      'padding-inline-start: calc(var(--ec-codePadInl) - var(--ec-gtrBrdWd))',
      'padding-inline-end: var(--ec-codePadInl)',
      'border-inline-start: var(--ec-gtrBrdWd) solid transparent',
      'min-width: 100%',
      `:nth-child(1 of .ec-line).${FLAT_CLASS}`,
      'padding-inline-end: calc(2rem + var(--ec-codePadInl))',
    ])
      expect(FLAT_LINE_CSS).toContain(rule);
  });
});
