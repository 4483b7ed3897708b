import { ago, duration, table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import { dockerOpts, short } from './common';

/** `docker ps [-a] [-q] [--no-trunc]`: running (or all) containers, newest first. */
export function dockerPs(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'ps', argv, {
    flags: { '-a': 'a', '--all': 'a', '-q': 'q', '--quiet': 'q', '--no-trunc': 'full', '-l': 'l', '--latest': 'l' },
  });
  if (typeof p === 'number') return p;
  if (p.args.length) {
    ctx.err(
      `"docker ps" accepts no arguments.\nSee 'docker ps --help'.\n\nUsage:  docker ps [OPTIONS]\n\nList containers\n`,
    );
    return 1;
  }
  const state = ctx.sim.state;
  let list = [...state.containers].reverse().filter((c) => p.opts.a || c.status === 'running');
  if (p.opts.l) list = list.slice(0, 1);
  const id = (x: string) => (p.opts.full ? x : short(x));
  if (p.opts.q) {
    ctx.out(list.map((c) => `${id(c.id)}\n`).join(''));
    return 0;
  }
  const rows = list.map((c) => {
    // The CLI shortens the command to 20 characters, then quotes it (cli/command/formatter/container.go).
    const text = c.cmd.join(' ');
    const cmd = `"${p.opts.full || text.length <= 20 ? text : `${text.slice(0, 19)}…`}"`;
    const status =
      c.status === 'running'
        ? `Up ${duration(state.clockMs - c.startedMs)}`
        : c.status === 'created'
          ? 'Created'
          : `Exited (${c.exitCode}) ${ago(state.clockMs - c.finishedMs)}`;
    return [id(c.id), c.imageRef.replace(/:latest$/, ''), cmd, ago(state.clockMs - c.createdMs), status, '', c.name];
  });
  ctx.out(table([['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], ...rows]));
  return 0;
}
