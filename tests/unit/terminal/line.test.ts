import { describe, expect, it } from 'vitest';
import { LineBuffer } from '../../../src/engines/terminal/line';
import { HistoryCursor } from '../../../src/engines/terminal/history';

describe('LineBuffer', () => {
  it('inserts at the cursor and edits by code point, never splitting an emoji', () => {
    const b = new LineBuffer();
    b.insert('a🐳c');
    expect(b.length).toBe(3);
    b.move(-1);
    b.backspace();
    expect(b.text).toBe('ac');
    expect(b.cursor).toBe(1);
    b.insert('日');
    expect(b.text).toBe('a日c');
    expect(b.beforeCursor).toBe('a日');
  });

  it('deletes under the cursor, and refuses at the ends', () => {
    const b = new LineBuffer();
    b.set('abc');
    expect(b.delete()).toBe(false);
    b.home();
    expect(b.backspace()).toBe(false);
    expect(b.delete()).toBe(true);
    expect(b.text).toBe('bc');
  });

  it('kills before the cursor (Ctrl+U), after (Ctrl+K) and the previous word (Ctrl+W)', () => {
    const b = new LineBuffer();
    b.set('docker run  alpine');
    expect(b.killWordBefore()).toBe('alpine');
    expect(b.text).toBe('docker run  ');
    expect(b.killWordBefore()).toBe('run  ');
    b.set('abc def');
    b.move(-4);
    expect(b.killAfter()).toBe(' def');
    b.set('abc def');
    b.move(-3);
    expect(b.killBefore()).toBe('abc ');
    expect(b.text).toBe('def');
    expect(b.cursor).toBe(0);
  });

  it('moves by words and clamps moves to the line', () => {
    const b = new LineBuffer();
    b.set('ls /var/log');
    b.wordLeft();
    expect(b.cursor).toBe(8);
    b.wordLeft();
    expect(b.cursor).toBe(4);
    b.wordRight();
    expect(b.cursor).toBe(7);
    expect(b.move(100)).toBe(true);
    expect(b.cursor).toBe(11);
    expect(b.move(1)).toBe(false);
  });
});

describe('HistoryCursor', () => {
  it('walks back through entries and returns the edited draft on the way down', () => {
    const entries = ['uname -r', 'ls'];
    const h = new HistoryCursor(() => entries);
    expect(h.up('draft')).toBe('ls');
    expect(h.up('ls')).toBe('uname -r');
    expect(h.up('uname -r')).toBeUndefined();
    expect(h.down()).toBe('ls');
    expect(h.down()).toBe('draft');
    expect(h.down()).toBeUndefined();
  });

  it('starts again from the newest entry after reset', () => {
    const entries = ['a', 'b'];
    const h = new HistoryCursor(() => entries);
    h.up('');
    h.up('');
    h.reset();
    entries.push('c');
    expect(h.up('')).toBe('c');
  });

  it('does nothing with an empty history', () => {
    const h = new HistoryCursor(() => []);
    expect(h.up('x')).toBeUndefined();
    expect(h.down()).toBeUndefined();
  });
});
