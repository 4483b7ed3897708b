import { describe, expect, it } from 'vitest';
import { LineEditor } from '../../../src/engines/terminal/line-editor';
import { fakeOutput, fakeSession, fakeTimer } from './fakes';

function setup(opts: { reducedMotion?: boolean; words?: string[] } = {}) {
  const session = fakeSession(opts.words);
  const out = fakeOutput();
  const timer = fakeTimer();
  const done: string[] = [];
  const editor = new LineEditor({
    session,
    out,
    timer,
    cols: () => 80,
    pacing: () => ({ reducedMotion: opts.reducedMotion ?? false }),
    onCommandDone: (line) => done.push(line),
  });
  editor.start();
  return { session, out, timer, done, editor };
}

describe('LineEditor', () => {
  it('runs a typed line and shows prompt, command and output in the transcript', () => {
    const { editor, session, done } = setup();
    editor.handleData('echo hi');
    editor.handleData('\r');
    expect(session.ran).toEqual(['echo hi']);
    expect(done).toEqual(['echo hi']);
    expect(editor.transcript.text).toBe('learner@host:~$ echo hi\nhi\nlearner@host:~$ ');
  });

  it('writes output with CR LF line ends so xterm returns to column 0', () => {
    const { editor, out } = setup();
    editor.handleData('echo hi\r');
    expect(out.written).toContain('hi\r\n');
  });

  it('edits in the middle of the line and runs what is shown', () => {
    const { editor, session } = setup();
    editor.handleData('eco hi');
    editor.handleData('\x1b[H\x1b[C\x1b[C'); // Home, Right, Right
    editor.handleData('h');
    editor.handleData('\x05 there\r'); // Ctrl+E, then more text
    expect(session.ran).toEqual(['echo hi there']);
  });

  it('recalls history with Up and restores the draft with Down', () => {
    const { editor, session } = setup();
    editor.handleData('echo one\r');
    editor.handleData('draft');
    editor.handleData('\x1b[A');
    expect(editor.transcript.text.endsWith('$ echo one')).toBe(true);
    editor.handleData('\x1b[B');
    expect(editor.transcript.text.endsWith('$ draft')).toBe(true);
    editor.handleData('\x1b[A\r');
    expect(session.ran).toEqual(['echo one', 'echo one']);
  });

  it('completes a unique command on Tab and lists choices on a second Tab', () => {
    const { editor, session } = setup();
    editor.handleData('una\t');
    expect(editor.transcript.text.endsWith('$ uname ')).toBe(true);
    editor.handleData('\x15d\t\t');
    expect(editor.transcript.text).toContain('df      dmesg   docker\n');
    expect(editor.transcript.text.endsWith('$ d')).toBe(true);
    expect(session.ran).toEqual([]);
  });

  it('Ctrl+C abandons the line with ^C and a fresh prompt', () => {
    const { editor, session } = setup();
    editor.handleData('echo no\x03');
    expect(session.ran).toEqual([]);
    expect(editor.transcript.text).toBe('learner@host:~$ echo no^C\nlearner@host:~$ ');
  });

  it('plays delayed output on the timer, queues typed keys meanwhile, and runs them after', () => {
    const { editor, session, timer, done } = setup();
    editor.handleData('slow\r');
    expect(editor.busy).toBe(true);
    editor.handleData('echo next\r');
    expect(session.ran).toEqual(['slow']);
    timer.tick();
    expect(editor.transcript.text).toBe('learner@host:~$ slow\none\n');
    timer.tick();
    expect(done).toEqual(['slow', 'echo next']);
    expect(editor.transcript.text).toBe(
      'learner@host:~$ slow\none\ntwo\nlearner@host:~$ echo next\nnext\nlearner@host:~$ ',
    );
  });

  it('Ctrl+C during playback stops it and drops keys typed ahead', () => {
    const { editor, session, timer, done } = setup();
    editor.handleData('slow\r');
    editor.handleData('echo lost\r');
    editor.handleData('\x03');
    expect(editor.busy).toBe(false);
    expect(timer.pending).toHaveLength(0);
    expect(session.ran).toEqual(['slow']);
    expect(done).toEqual(['slow']);
    expect(editor.transcript.text).toBe('learner@host:~$ slow\n^C\nlearner@host:~$ ');
  });

  it('shows output at once under reduced motion', () => {
    const { editor, timer } = setup({ reducedMotion: true });
    editor.handleData('slow\r');
    expect(editor.busy).toBe(false);
    expect(timer.pending).toHaveLength(0);
    expect(editor.transcript.text).toContain('one\ntwo\n');
  });

  it('runs each line of a multi-line paste in turn', () => {
    const { editor, session, timer } = setup();
    editor.handleData('slow\recho b\r');
    timer.tick();
    timer.tick();
    expect(session.ran).toEqual(['slow', 'echo b']);
  });

  it('ends output that lacks a newline before the next prompt, and clears on request', () => {
    const { editor, out } = setup();
    editor.handleData('nonl\r');
    expect(editor.transcript.text).toContain('no newline\nlearner@host');
    editor.handleData('cls\r');
    expect(out.written).toContain('\x1b[2J');
  });

  it('Ctrl+D on an empty line runs exit; Enter on a blank line runs nothing', () => {
    const { editor, session } = setup();
    editor.handleData('   \r');
    expect(session.ran).toEqual([]);
    editor.handleData('\x15\x04');
    expect(session.ran).toEqual(['exit']);
  });

  it('has the transcript up to date whenever it writes, so listeners on write see the latest text', () => {
    const session = fakeSession();
    const seen: string[] = [];
    const ref: { editor?: LineEditor } = {};
    const record = () => seen.push(ref.editor!.transcript.text);
    const out = { write: record, println: record };
    const editor = (ref.editor = new LineEditor({
      session,
      out,
      timer: fakeTimer(),
      cols: () => 80,
      pacing: () => ({}),
    }));
    editor.start();
    editor.handleData('echo hi');
    expect(seen.at(-1)).toBe('learner@host:~$ echo hi');
    editor.handleData('\x1b[D\x7f\r');
    expect(seen.at(-1)).toBe(editor.transcript.text);
    expect(editor.transcript.text).toBe('learner@host:~$ echo i\ni\nlearner@host:~$ ');
  });
});

describe('LineEditor on a narrow terminal', () => {
  it('does not leave a blank row after a line that exactly fills its last row', () => {
    const session = fakeSession();
    const out = fakeOutput();
    // The prompt is 16 cells; 'echo abcd' makes 25 — with 25 columns the row is exactly full.
    const editor = new LineEditor({ session, out, timer: fakeTimer(), cols: () => 25, pacing: () => ({}) });
    editor.start();
    editor.handleData('echo abcd');
    expect(out.written.endsWith('echo abcd \b')).toBe(true);
    out.written = '';
    editor.handleData('\r');
    expect(out.written.startsWith('abcd\r\n')).toBe(true);
  });
});
