import type { Command } from '../shell/types';

/** `echo [-n] [-e] ARGS…`: prints its arguments (a shell builtin). */
export const echo: Command = {
  name: 'echo',
  usage: 'echo [-n] [-e] [ARG]...',
  summary: 'print arguments',
  builtin: true,
  // bash's echo prints any other option as text, as here; -E (no escapes) is its default.
  surface: { supported: ['-n', '-e', '-E', '--help'], notSimulated: [] },
  run(argv, ctx) {
    let args = argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
      for (const f of args[0].slice(1)) {
        if (f === 'n') newline = false;
        else escapes = f === 'e';
      }
      args = args.slice(1);
    }
    let text = args.join(' ');
    if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    ctx.out(text + (newline ? '\n' : ''));
    return 0;
  },
};
