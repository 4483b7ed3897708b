/**
 * One width function for the line editor, measured as xterm.js measures with @xterm/addon-unicode11: wcwidth per
 * Unicode 11 (UAX #11 East Asian Width W/F → 2; Mn/Me/Cf → 0). Checked against the addon itself over every code point.
 */
import { Unicode11Addon } from '@xterm/addon-unicode11';
import { describe, expect, it } from 'vitest';
import { LineBuffer } from '../../../src/engines/terminal/line';
import { cursorOffset, redrawLine } from '../../../src/engines/terminal/render';
import { advanceCells, cellWidth, textWidth } from '../../../src/engines/terminal/width';

/** The addon's own provider, taken the way a terminal receives it (activate → unicode.register). */
function addonProvider(): { wcwidth(cp: number): number } {
  let provider: { wcwidth(cp: number): number } | undefined;
  const fakeTerminal = { unicode: { register: (p: { wcwidth(cp: number): number }) => (provider = p) } };
  new Unicode11Addon().activate(fakeTerminal as never);
  return provider!;
}

describe('cellWidth per Unicode 11 (the addon’s tables)', () => {
  it('agrees with @xterm/addon-unicode11 on every code point', () => {
    const addon = addonProvider();
    const differ: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cellWidth(cp) !== addon.wcwidth(cp)) differ.push(cp);
    expect(differ).toEqual([]);
  });

  it.each([
    ['a', 1],
    ['é (precomposed)', 1, 0xe9],
    ['U+0301 combining acute', 0, 0x301],
    ['U+200D zero width joiner', 0, 0x200d],
    ['U+FE0F variation selector 16', 0, 0xfe0f],
    ['中 (CJK)', 2, 0x4e2d],
    ['한 (Hangul)', 2, 0xd55c],
    ['Ａ (fullwidth A)', 2, 0xff21],
    ['😀 (emoji)', 2, 0x1f600],
    ['🐳 (whale)', 2, 0x1f433],
    ['🦀 (crab, Unicode 8 emoji in 1F9xx)', 2, 0x1f980],
    ['U+0007 bell', 0, 7],
  ] as Array<[string, number, number?]>)('%s is %i cells', (label, width, cp) => {
    expect(cellWidth(cp ?? label.codePointAt(0)!)).toBe(width);
  });

  it('measures strings by summing code points, as the addon joins zero-width ones to the cell before', () => {
    expect(textWidth('docker 🐳')).toBe(9);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('日本語')).toBe(6);
    expect(textWidth('👍🏽')).toBe(4); // the skin-tone modifier is a wide code point of its own in Unicode 11
  });
});

describe('the cursor stays where the terminal drew the text', () => {
  it('a wide character that would start on the last column wraps early, leaving a blank cell', () => {
    expect(advanceCells(0, 'abc中', 4)).toBe(6);
    expect(advanceCells(0, 'ab中', 4)).toBe(4);
  });

  it('cursorOffset after CJK and emoji counts two cells each', () => {
    expect(cursorOffset({ promptWidth: 2, before: '中😀', after: '' }, 80)).toBe(6);
  });

  it('redrawing a line with an emoji puts the cursor back in the right column', () => {
    const { seq, at } = redrawLine(0, { promptWidth: 2, before: '😀', after: 'x' }, 80);
    expect(at).toBe(4);
    expect(seq.endsWith('\r\x1b[4C')).toBe(true);
  });

  it('left and right step over combining marks: one key press, one character', () => {
    const line = new LineBuffer();
    line.set('ae\u0301b');
    line.move(-1);
    expect(line.cursor).toBe(3);
    line.move(-1);
    expect(line.cursor).toBe(1);
    line.move(1);
    expect(line.cursor).toBe(3);
  });

  it('backspace removes a character with its combining marks', () => {
    const line = new LineBuffer();
    line.set('ae\u0301');
    line.backspace();
    expect(line.text).toBe('a');
  });
});
