import { spawnInContainer } from '../../model/containers';
import { reap } from '../../model/procs';
import { containerFrame } from '../../shell/frames';
import { hasTool } from '../../shell/toolset';
import type { Ctx } from '../../shell/types';
import { COMMANDS } from '../registry';
import { containerOrError, dockerOpts, needArgs } from './common';

/** `docker exec [-it] [-d] CONTAINER CMD…`: a new process joins the container's namespaces and cgroup. */
export function dockerExec(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'exec', argv, {
    flags: {
      '-i': 'i',
      '--interactive': 'i',
      '-t': 't',
      '--tty': 't',
      '-d': 'd',
      '--detach': 'd',
      '--privileged': 'priv',
    },
    values: { '-u': 'user', '--user': 'user', '-w': 'workdir', '--workdir': 'workdir', '-e': 'env', '--env': 'env' },
    stopAtPositional: true,
  });
  if (typeof p === 'number') return p;
  const [key, ...cmd] = p.args;
  if (key === undefined || cmd.length === 0) return needArgs(ctx, 'exec', 'exec [OPTIONS] CONTAINER COMMAND [ARG...]');
  const c = containerOrError(ctx, key);
  if (!c) return 1;
  const state = ctx.sim.state;
  if (c.status !== 'running') {
    ctx.err(`Error response from daemon: container ${c.id} is not running\n`);
    return 1;
  }
  const prog = cmd[0] as string;
  const command = COMMANDS.get(prog.split('/').pop() ?? prog);
  if (
    !command ||
    !(
      hasTool(ctx.sim, { kind: 'container', id: c.id }, command.name) ||
      ['echo', 'true', 'false'].includes(command.name)
    )
  ) {
    ctx.err(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${prog}": executable file not found in $PATH: unknown\n`,
    );
    return 127;
  }
  if (c.config.pidsLimit > 0 && state.procs.filter((x) => x.container === c.id).length >= c.config.pidsLimit) {
    ctx.err(
      'OCI runtime exec failed: exec failed: unable to start container process: error executing setns process: exit status 1: unknown\n',
    );
    return 126;
  }
  // The exec'd process has no parent inside the container: its parent is the shim, outside.
  const shim = state.procs.find((x) => x.args.includes(`-id ${c.id} `));
  const proc = spawnInContainer(state, c, cmd, shim?.pid ?? 1);
  const image = state.images.get(c.imageId);
  const frame = containerFrame(c, proc, prog.endsWith('bash') && image?.os.userland === 'gnu' ? 'bash' : 'sh');
  const { code, kept } = ctx.exec(cmd, { frame, proc, background: p.opts.d === true, interactive: p.opts.i === true });
  if (!kept) reap(state, (x) => x === proc);
  return code;
}
