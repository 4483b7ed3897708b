import { ago, duration, table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import type { OptSpec } from '../opts';
import { dockerOpts, short } from './common';
import { portsColumn } from './run-publish';
import { exposedPorts } from './run-attach';
import type { Container, SimState } from '../../model/types';

/** The ports a container's image EXPOSEs. */
const exposedOf = (state: SimState, c: Container) => {
  const image = state.images.get(c.imageId);
  return image ? exposedPorts(image) : [];
};

export const PS_SPEC: OptSpec = {
  flags: { '-a': 'a', '--all': 'a', '-q': 'q', '--quiet': 'q', '--no-trunc': 'full', '-l': 'l', '--latest': 'l' },
  values: { '-n': 'n', '--last': 'n' },
  unsimulated: ['-s', '--size', '-f', '--filter', '--format'],
};

/** `docker ps [-a] [-q] [-l] [-n N] [--no-trunc]`: running (or all) containers, newest first. */
export function dockerPs(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'ps', argv, PS_SPEC);
  if (typeof p === 'number') return p;
  const last = p.opts.n === undefined ? -1 : Number(p.opts.n);
  if (!Number.isInteger(last)) {
    ctx.err(
      `invalid argument "${p.opts.n}" for "-n, --last" flag: strconv.ParseInt: parsing "${p.opts.n}": invalid syntax\nSee 'docker ps --help'.\n`,
    );
    return 125;
  }
  if (p.args.length) {
    ctx.err(
      `"docker ps" accepts no arguments.\nSee 'docker ps --help'.\n\nUsage:  docker ps [OPTIONS]\n\nList containers\n`,
    );
    return 1;
  }
  const state = ctx.sim.state;
  // -l and -n N show the newest containers in any state, as -a does.
  const some = p.opts.l ? 1 : last;
  let list = [...state.containers].reverse().filter((c) => p.opts.a || some >= 0 || c.status === 'running');
  if (some >= 0) list = list.slice(0, some);
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
    return [
      id(c.id),
      c.imageRef.replace(/:latest$/, ''),
      cmd,
      ago(state.clockMs - c.createdMs),
      status,
      portsColumn(c, exposedOf(state, c)),
      c.name,
    ];
  });
  ctx.out(table([['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], ...rows]));
  return 0;
}
