import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { compactTokens, isPlainStyle } from '../../../src/code/compact-tokens';

const tok = (style: string, value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { style },
  children: [{ type: 'text', value }],
});
const line = (...children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { className: ['ec-line'] },
  children: [{ type: 'element', tagName: 'div', properties: { className: ['code'] }, children }],
});

/** The line's tokens as [style, text] pairs, in order. */
const tokens = (el: Element): Array<[string, string]> =>
  (el.children[0] as Element).children.map((t) => [
    String((t as Element).properties.style),
    (t as Element).children.map((c) => (c.type === 'text' ? c.value : '')).join(''),
  ]);

/** Each character of the line with the style it is shown in (spaces: any style, since they show none). */
function painted(el: Element): string[] {
  const out: string[] = [];
  const walk = (node: ElementContent, style: string) => {
    if (node.type === 'text') for (const ch of node.value) out.push(ch.trim() === '' ? ch : `${ch}@${style}`);
    else if (node.type === 'element') for (const c of node.children) walk(c, String(node.properties.style ?? style));
  };
  walk(el, '');
  return out;
}

const BLUE = '--0:#82AAFF;--1:#3B61B0';
const PLAIN = '--0:#D6DEEB;--1:#403F53';
const YELLOW = '--0:#ECC48D;--1:#3B61B0';

describe('compacting highlighted tokens', () => {
  it('folds spaces into the token before them and joins neighbours of one style, keeping every colour', () => {
    // docker run -d --name box
    const before = line(
      tok(BLUE, 'docker'),
      tok(PLAIN, ' '),
      tok(YELLOW, 'run'),
      tok(PLAIN, ' '),
      tok(BLUE, '-d'),
      tok(PLAIN, ' '),
      tok(BLUE, '--name'),
      tok(PLAIN, ' '),
      tok(YELLOW, 'box'),
    );
    const expected = painted(before);
    const after = structuredClone(before);
    expect(compactTokens(after)).toBe(5);
    expect(painted(after)).toEqual(expected);
    expect(tokens(after)).toEqual([
      [BLUE, 'docker '],
      [YELLOW, 'run '],
      [BLUE, '-d --name '],
      [YELLOW, 'box'],
    ]);
  });

  it('leaves alone what is not a plain token: a marked range, a span with a class, a leading space', () => {
    const mark: Element = { type: 'element', tagName: 'mark', properties: {}, children: [tok(BLUE, 'x')] };
    const classed: Element = { ...tok(BLUE, 'y'), properties: { style: BLUE, className: ['indent'] } };
    const before = line(tok(PLAIN, '  '), tok(BLUE, 'a'), mark, tok(BLUE, 'b'), classed, tok(BLUE, 'c'));
    const after = structuredClone(before);
    expect(compactTokens(after)).toBe(0);
    expect(after).toEqual(before);
  });
});

describe('tokens in the code’s own colour', () => {
  const plain = (style: string) => isPlainStyle(style, ['#d6deeb', '#403F53']);

  it('are told apart by every theme’s colour, not by a part of it', () => {
    expect(plain(PLAIN)).toBe(true);
    expect(plain(BLUE)).toBe(false);
    expect(plain('--0:#D6DEEB')).toBe(false);
    expect(plain('--0:#D6DEEB;--1:#403F53;--0fs:italic')).toBe(false);
    expect(plain('--1:#D6DEEB;--0:#403F53')).toBe(false);
  });

  it('become bare text, joined with their neighbours, while coloured tokens keep their spans', () => {
    const before = line(tok(PLAIN, '[1] 110'), tok(PLAIN, ' '), tok(BLUE, 'x'), tok(PLAIN, ' done'));
    const after = structuredClone(before);
    expect(compactTokens(after, plain)).toBe(3);
    expect((after.children[0] as Element).children).toEqual([
      { type: 'text', value: '[1] 110 ' },
      tok(BLUE, 'x'),
      { type: 'text', value: ' done' },
    ]);
  });
});
