import type { Command } from '../shell/types';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** ncurses clear: -x (keep scrollback), -T TYPE, -V. */
const SPEC: OptSpec = { unsimulated: ['-x', '-T', '-V'] };

/** `clear`: asks the terminal to clear the screen. */
export const clear: Command = {
  name: 'clear',
  usage: 'clear',
  summary: 'clear the terminal screen',
  builtin: true,
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const bad = optionError(ctx, 'clear', parseOpts(argv.slice(1), SPEC), { after: 'Usage: clear [options]\n' });
    if (bad !== null) return bad;
    ctx.clearScreen();
    return 0;
  },
};
