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
    surface: { supported: [], notSimulated: ['cd', 'docker', '-d', '-m', '-s'] },
    run(argv, ctx) {
      // bash's `help NAME` prints a builtin's page (not modelled); a name it has no page for is its error.
      const topic = argv[1];
      if (topic !== undefined) {
        if (/^-[dms]$/.test(topic) || all().some((c) => c.name === topic)) return notSimulated(ctx, `help ${topic}`);
        ctx.err(
          `bash: help: no help topics match \`${topic}'.  Try \`help help' or \`man -k ${topic}' or \`info ${topic}'.\n`,
        );
        return 1;
      }
      const here = all().filter((c) => c.builtin || hasTool(ctx.sim, ctx.frame.env, c.name));
      const width = Math.max(...here.map((c) => c.name.length));
      ctx.out('Commands available in this environment (simulated; `stress` is provided by the course everywhere):\n');
      ctx.out(here.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n`).join(''));
      return 0;
    },
  };
}
