/**
 * The terminal's part of a serial console: Ctrl+] (0x1d, virsh console's escape key, virsh(1)) reaches the
 * session, and a password prompt does not echo (termios ECHO off while login(1) reads it). Driven through the
 * real simulator session, as a learner's keystrokes arrive from xterm.js.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/engines/sim/index';
import { parseInput } from '../../../src/engines/terminal/keymap';
import { LineEditor } from '../../../src/engines/terminal/line-editor';
import { replayLines, showKeys } from '../../../src/engines/terminal/replay';
import type { ShellSession } from '../../../src/engines/sim/api';
import { fakeOutput, fakeSession, fakeTimer } from './fakes';

/** A line editor on `session`, with output played at once (reduced motion) and timers run by hand. */
function editorOn(session: ShellSession) {
  const out = fakeOutput();
  const timer = fakeTimer();
  const done: string[] = [];
  const editor = new LineEditor({
    session,
    out,
    timer,
    cols: () => 120,
    pacing: () => ({ reducedMotion: true }),
    onCommandDone: (line) => done.push(line),
  });
  editor.start();
  const type = (data: string) => {
    editor.handleData(data);
    while (timer.pending.length) timer.tick();
  };
  return { editor, out, done, type };
}

describe('keymap: Ctrl+]', () => {
  it('decodes 0x1d as the detach key, wherever it comes in a paste', () => {
    const types = parseInput('ab\x1dc').map((a) => (a.type === 'insert' ? a.text : a.type));
    expect(types).toEqual(['ab', 'detach', 'c']);
  });
});

describe('LineEditor and a VM console', () => {
  it('Ctrl+] at the console returns to the host prompt; what was typed stays on screen, never runs', () => {
    const session = createSession({ seed: 3 });
    const { editor, type, done } = editorOn(session);
    type('virsh start web-vm\r');
    type('virsh console web-vm\r');
    expect(editor.transcript.text.endsWith('web-vm login: ')).toBe(true);
    type('roo');
    type('\x1d');
    expect(session.location()).toEqual([{ kind: 'host' }]);
    expect(editor.transcript.text.endsWith('\nweb-vm login: roo\nlearner@host:~$ ')).toBe(true);
    expect(session.history()).not.toContain('roo');
    expect(done.at(-1)).toBe('');
  });

  it('Ctrl+] on the host does nothing: no new line, no command, the typed text stays', () => {
    const session = fakeSession();
    const { editor, type, out } = editorOn(session);
    const before = out.written;
    type('ech');
    type('\x1d');
    expect(session.ran).toEqual([]);
    expect(editor.transcript.text).toBe('learner@host:~$ ech');
    expect(out.written.slice(before.length)).toBe('ech');
  });

  it('at Password: nothing typed is shown, not even in the transcript; Enter sends it', () => {
    const session = createSession({ seed: 3 });
    const { editor, type, out } = editorOn(session);
    type('virsh start web-vm\r');
    type('virsh console web-vm\r');
    type('root\r');
    const shownBefore = out.written.length;
    type('isolationlab');
    expect(out.written.slice(shownBefore)).toBe('');
    type('\x7f'); // Backspace edits the hidden line
    type('b\r');
    expect(editor.transcript.text).toContain('Password: \nLinux web-vm');
    expect(editor.transcript.text.endsWith('root@web-vm:~# ')).toBe(true);
  });

  it('a wrong password shows nothing either, then "Login incorrect"', () => {
    const session = createSession({ seed: 3 });
    const { editor, type } = editorOn(session);
    type('virsh start web-vm\r');
    type('virsh console web-vm\r');
    type('root\r');
    type('secret\r');
    expect(editor.transcript.text).not.toContain('secret');
    expect(editor.transcript.text.endsWith('Password: \nLogin incorrect\n\nweb-vm login: ')).toBe(true);
  });
});

describe('recordings (replayLines) and the solution panel', () => {
  it('show Ctrl+] as ^] and hide a password, as the live terminal does', () => {
    const session = createSession({ seed: 3 });
    const text = replayLines(session, ['virsh start tiny', 'virsh console tiny', 'cirros', 'gocubsgo', 'exit', '\x1d']);
    expect(text).toContain('cirros login: cirros\nPassword: \n$ exit\n');
    expect(text).not.toContain('gocubsgo\n');
    expect(text).toContain('cirros login: ^]\nlearner@host:~$ ');
  });

  it('showKeys names control bytes in caret notation and leaves text alone', () => {
    expect(showKeys('\x1d')).toBe('^]');
    expect(showKeys('\x03\x7f')).toBe('^C^?');
    expect(showKeys('virsh list')).toBe('virsh list');
  });
});
