import type { ShellSession } from '../sim/api';
import { stripAnsi } from './transcript';

/**
 * Runs lines in a session and returns the plain text a learner would have seen (prompt, line,
 * output), with no delays: the static transcript shown to readers without JavaScript.
 */
export function replayLines(session: ShellSession, lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    // A password prompt shows nothing of what is typed; a control key is shown as the terminal names it.
    text += stripAnsi(session.prompt()) + (session.echo?.() === false ? '' : showKeys(line)) + '\n';
    const result = session.execute(line);
    const out = stripAnsi(result.output.map((c) => c.text).join(''));
    text += out && !out.endsWith('\n') ? out + '\n' : out;
  }
  return text + stripAnsi(session.prompt());
}

/** A line as readers see it: control bytes in caret notation (`\x1d`, Ctrl+], as `^]`). */
export function showKeys(line: string): string {
  // eslint-disable-next-line no-control-regex -- control bytes are what this names
  return line.replace(/[\x00-\x1f\x7f]/g, (c) =>
    c === '\x7f' ? '^?' : `^${String.fromCharCode(c.charCodeAt(0) + 64)}`,
  );
}
