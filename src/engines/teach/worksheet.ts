import type { ShellSession } from '../sim/api';
import { showKeys } from '../terminal/replay';
import { stripAnsi } from '../terminal/transcript';

/** One command of a lab on paper: the prompt and line typed, and what the terminal answered. */
export interface WorksheetStep {
  readonly prompt: string;
  readonly line: string;
  /** True when the terminal does not show what is typed (a password prompt): `line` is then what to type. */
  readonly secret: boolean;
  /** The output, without colours; empty when the command printed nothing. */
  readonly output: string;
}

/** The most blank lines a worksheet leaves for one command's output: past that, the learner summarises. */
export const MAX_BLANK_LINES = 6;

/**
 * Runs `lines` in `session` (a fresh lab session) one at a time and keeps each command's output apart, so a worksheet
 * can leave a blank where the terminal shows something and the teacher's copy can print what it showed.
 */
export function replaySteps(session: ShellSession, lines: readonly string[]): WorksheetStep[] {
  return lines.map((line) => {
    const prompt = stripAnsi(session.prompt());
    const secret = session.echo?.() === false;
    const output = stripAnsi(
      session
        .execute(line)
        .output.map((c) => c.text)
        .join(''),
    ).replace(/\n+$/, '');
    return { prompt, line: showKeys(line), secret, output };
  });
}

/** How many ruled lines to leave for `output` on paper: one per line shown, at least one, at most MAX_BLANK_LINES. */
export function blankLinesFor(output: string): number {
  if (output === '') return 0;
  return Math.min(MAX_BLANK_LINES, output.split('\n').length);
}
