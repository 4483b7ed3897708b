import type { Command } from '../shell/types';

/** `clear`: asks the terminal to clear the screen. */
export const clear: Command = {
  name: 'clear',
  usage: 'clear',
  summary: 'clear the terminal screen',
  builtin: true,
  run(_argv, ctx) {
    ctx.clearScreen();
    return 0;
  },
};
