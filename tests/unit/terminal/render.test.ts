import { describe, expect, it } from 'vitest';
import { appendText, moveCursor, printPrompt, redrawLine } from '../../../src/engines/terminal/render';
import { textWidth } from '../../../src/engines/terminal/width';

describe('moveCursor', () => {
  it('moves within a row with CR and a column offset', () => {
    expect(moveCursor(10, 4, 80)).toBe('\r\x1b[4C');
    expect(moveCursor(10, 0, 80)).toBe('\r');
    expect(moveCursor(3, 3, 80)).toBe('');
  });

  it('moves up and down across wrapped rows', () => {
    expect(moveCursor(85, 3, 80)).toBe('\x1b[1A\r\x1b[3C');
    expect(moveCursor(3, 165, 80)).toBe('\x1b[2B\r\x1b[5C');
  });
});

describe('redrawLine', () => {
  it('erases from the input start, reprints the line and puts the cursor back', () => {
    const { seq, at } = redrawLine(12, { promptWidth: 2, before: 'ab', after: 'cd' }, 80);
    expect(seq).toBe('\r\x1b[2C' + '\x1b[J' + 'abcd' + '\r\x1b[4C');
    expect(at).toBe(4);
  });

  it('settles a pending wrap when the text ends on the last column', () => {
    const { seq, at } = redrawLine(2, { promptWidth: 2, before: 'abcdefgh', after: '' }, 10);
    expect(seq).toBe('\x1b[J' + 'abcdefgh' + ' \b');
    expect(at).toBe(10);
  });

  it('counts wide characters as two cells', () => {
    expect(textWidth('日本🐳a')).toBe(7);
    expect(redrawLine(0, { promptWidth: 0, before: '日', after: 'x' }, 80).at).toBe(2);
  });
});

describe('appendText and printPrompt', () => {
  it('prints typed text as is and advances the cursor', () => {
    expect(appendText(5, 'ls', 80)).toEqual({ seq: 'ls', at: 7 });
    expect(appendText(8, 'ab', 10)).toEqual({ seq: 'ab \b', at: 10 });
  });

  it('measures a coloured prompt by its visible last row', () => {
    const { seq, promptWidth } = printPrompt('\x1b[32mme@host\x1b[0m:~$ ');
    expect(promptWidth).toBe(11);
    expect(seq).toContain('\x1b[32m');
    expect(printPrompt('banner\nroot# ').promptWidth).toBe(6);
  });
});
