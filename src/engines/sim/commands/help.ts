import type { Command } from '../shell/types';
import { hasTool } from '../shell/toolset';
import { notSimulated } from './honesty';

/** `help`: lists the commands available here, with one line each (bash's per-builtin pages are not modelled). */
export function createHelp(all: () => Command[]): Command {
  return {
    name: 'help',
    usage: 'help',
    summary: 'list available commands',
    builtin: true,
    surface: { supported: [], notSimulated: ['cd', '-d', '-m', '-s'] },
    run(argv, ctx) {
      if (argv.length > 1) return notSimulated(ctx, `help ${argv[1]}`);
      const here = all().filter((c) => c.builtin || hasTool(ctx.sim, ctx.frame.env, c.name));
      const width = Math.max(...here.map((c) => c.name.length));
      ctx.out('Commands available in this environment (simulated; `stress` is provided by the course everywhere):\n');
      ctx.out(here.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n`).join(''));
      return 0;
    },
  };
}
