import type { Command } from '../shell/types';

/** `echo [-n] [-e] ARGS…`: prints its arguments (a shell builtin). */
export const echo: Command = {
  name: 'echo',
  usage: 'echo [-n] [-e] [ARG]...',
  summary: 'print arguments',
  builtin: true,
  run(argv, ctx) {
    let args = argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args[0] === '-n' || args[0] === '-e') {
      if (args[0] === '-n') newline = false;
      else escapes = true;
      args = args.slice(1);
    }
    let text = args.join(' ');
    if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    ctx.out(text + (newline ? '\n' : ''));
    return 0;
  },
};
