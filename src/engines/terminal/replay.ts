import type { ShellSession } from '../sim/api';
import { stripAnsi } from './transcript';

/**
 * Runs lines in a session and returns the plain text a learner would have seen (prompt, line,
 * output), with no delays: the static transcript shown to readers without JavaScript.
 */
export function replayLines(session: ShellSession, lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    text += stripAnsi(session.prompt()) + line + '\n';
    const result = session.execute(line);
    const out = stripAnsi(result.output.map((c) => c.text).join(''));
    text += out && !out.endsWith('\n') ? out + '\n' : out;
  }
  return text + stripAnsi(session.prompt());
}
