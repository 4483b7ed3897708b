/** The docker CLI: looks the subcommand up in its declared tree (docker/tree.ts), as the real CLI's cobra tree does. */
import type { Command, Ctx } from '../shell/types';
import { completeDockerSlot } from './docker/complete';
import { connectDaemon } from './docker/connect';
import { printHelp } from './docker/help';
import { dockerSurface, GLOBAL_UNSIMULATED, MANAGEMENT, SUBCOMMANDS, UNSIMULATED_COMMANDS } from './docker/tree';
import { HINT, notSimulated } from './honesty';
import { own } from '../own';

/** `docker`, `docker --help`: the commands modelled here, and the real ones that are not. */
function usage(ctx: Ctx): number {
  const managed = Object.entries(MANAGEMENT).filter(([, t]) => t.subs.size);
  ctx.out(
    `\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n${[...SUBCOMMANDS.keys()].map((k) => `  ${k}`).join('\n')}\n\nManagement Commands:\n${managed.map(([m, t]) => `  ${m.padEnd(11)} ${t.summary}`).join('\n')}\n\nReal docker commands this course answers with "not simulated":\n  ${[...UNSIMULATED_COMMANDS, ...Object.keys(MANAGEMENT).filter((m) => !MANAGEMENT[m]?.subs.size)].sort().join(', ')}\n`,
  );
  return 0;
}

/** `docker image|container|network… SUB`: modelled subcommands run; the other real ones say so. */
function manage(ctx: Ctx, m: string, args: string[]): number {
  const t = own(MANAGEMENT, m);
  if (!t) return 1;
  const name = args[0];
  const s = name === undefined ? undefined : t.subs.get(name);
  if (s) return s.run(args.slice(1), ctx);
  if (name === undefined || name === '--help') {
    if (!t.subs.size) return notSimulated(ctx, `docker ${m}`, HINT.docker);
    ctx.out(
      `\nUsage:  docker ${m} COMMAND\n\n${t.summary}\n\nCommands:\n${[...t.subs.keys()].map((k) => `  ${k}`).join('\n')}\n`,
    );
    return 0;
  }
  if (t.real.includes(name)) return notSimulated(ctx, `docker ${m} ${name}`, HINT.docker);
  if (name.startsWith('-')) {
    ctx.err(`unknown flag: ${name}\nSee 'docker ${m} --help'.\n`);
    return 125;
  }
  ctx.err(`docker: unknown command: docker ${m} ${name}\n\nRun 'docker ${m} --help' for more information\n`);
  return 1;
}

/** `docker …`: on the host, and in an image that ships the CLI (docker:cli), which needs the host's socket mounted. */
export const docker: Command = {
  name: 'docker',
  usage: 'docker COMMAND [OPTIONS]',
  summary: 'the Docker CLI (talks to dockerd)',
  completions: completeDockerSlot,
  surface: dockerSurface(),
  run(argv, ctx) {
    const sub = argv[1];
    if (sub === undefined || sub === '--help') return usage(ctx);
    if (sub === '-v' || sub === '--version') {
      ctx.out('Docker version 29.0.1, build eedd969\n');
      return 0;
    }
    if (sub === 'help') {
      const s = SUBCOMMANDS.get(argv[2] ?? '');
      if (argv[2] === undefined) return usage(ctx);
      if (s) return printHelp(ctx, argv[2], s.spec);
      if (UNSIMULATED_COMMANDS.includes(argv[2]) || own(MANAGEMENT, argv[2]))
        return notSimulated(ctx, `docker help ${argv[2]}`, HINT.docker);
      ctx.err(`unknown help topic: ${argv[2]}\n`);
      return 1;
    }
    if (sub.startsWith('-')) {
      if (GLOBAL_UNSIMULATED.includes(sub.split('=')[0] as string))
        return notSimulated(ctx, `docker ${sub}`, HINT.docker);
      ctx.err(`unknown flag: ${sub}\nSee 'docker --help'.\n`);
      return 125;
    }
    const s = SUBCOMMANDS.get(sub);
    // A command (not its --help) asks the daemon first: inside a container, only a mounted socket reaches it.
    if ((s || own(MANAGEMENT, sub)) && !argv.includes('--help')) {
      const refused = connectDaemon(ctx, sub);
      if (refused !== null) return refused;
    }
    if (s) return s.run(argv.slice(2), ctx);
    if (own(MANAGEMENT, sub)) return manage(ctx, sub, argv.slice(2));
    if (UNSIMULATED_COMMANDS.includes(sub)) return notSimulated(ctx, `docker ${sub}`, HINT.docker);
    ctx.err(`docker: unknown command: docker ${sub}\n\nRun 'docker --help' for more information\n`);
    return 1;
  },
};
