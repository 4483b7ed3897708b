import { describe, expect, it } from 'vitest';
import { KEY_BYTES, parseInput } from '../../../src/engines/terminal/keymap';

const types = (data: string) => parseInput(data).map((a) => (a.type === 'insert' ? `insert:${a.text}` : a.type));

describe('parseInput', () => {
  it('keeps printable text, including a multi-character paste and emoji, as one insert', () => {
    expect(types('ls -la 🐳 日本')).toEqual(['insert:ls -la 🐳 日本']);
  });

  it('decodes Enter, Backspace, Tab and Ctrl keys', () => {
    expect(types('\r')).toEqual(['enter']);
    expect(types('\x7f')).toEqual(['backspace']);
    expect(types('\t')).toEqual(['tab']);
    expect(types('\x01\x05\x15\x17\x03\x0c\x04')).toEqual([
      'home',
      'end',
      'kill-before',
      'kill-word-before',
      'interrupt',
      'clear',
      'eof',
    ]);
  });

  it('decodes arrows in normal and application cursor mode', () => {
    expect(types('\x1b[A\x1b[B\x1b[C\x1b[D')).toEqual(['up', 'down', 'right', 'left']);
    expect(types('\x1bOA\x1bOD')).toEqual(['up', 'left']);
  });

  it('decodes every Home/End variant and Delete', () => {
    expect(types('\x1b[H\x1b[1~\x1bOH\x1b[7~')).toEqual(['home', 'home', 'home', 'home']);
    expect(types('\x1b[F\x1b[4~\x1bOF\x1b[8~')).toEqual(['end', 'end', 'end', 'end']);
    expect(types('\x1b[3~')).toEqual(['delete']);
  });

  it('splits a pasted block into text and Enters, treating CR LF as one Enter', () => {
    expect(types('echo a\r\necho b\n')).toEqual(['insert:echo a', 'enter', 'insert:echo b', 'enter']);
  });

  it('skips unknown sequences whole and reports a lone Escape', () => {
    expect(types('a\x1b[15~b')).toEqual(['insert:a', 'insert:b']);
    expect(types('\x1b[I')).toEqual([]);
    expect(types('\x1b')).toEqual(['escape']);
  });

  it('prefers the longest matching sequence (Ctrl+Left over a bare CSI)', () => {
    expect(types('\x1b[1;5D\x1b[1;5C')).toEqual(['word-left', 'word-right']);
  });

  it('decodes what the on-screen key bar sends as the keys it names', () => {
    expect(Object.entries(KEY_BYTES).map(([key, bytes]) => [key, types(bytes)])).toEqual([
      ['tab', ['tab']],
      ['up', ['up']],
      ['down', ['down']],
      ['interrupt', ['interrupt']],
    ]);
  });
});
