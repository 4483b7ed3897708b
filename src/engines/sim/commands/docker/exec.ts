import { mayFork } from '../../model/cgroups';
import { cgroupOf, spawnInContainer } from '../../model/containers';
import { reap } from '../../model/procs';
import { containerFrame } from '../../shell/frames';
import type { Ctx } from '../../shell/types';
import { listDir } from '../../shell/vfs';
import { HINT, notSimulated } from '../honesty';
import type { OptSpec } from '../opts';
import { containerOrError, dockerOpts, needArgs } from './common';
import { resolveUser } from './image-config';
import { programExists, realButUnmodelled } from './run';

/** `docker exec`'s flags: -e and -w are applied; -u works for root, the only user modelled in containers. */
export const EXEC_SPEC: OptSpec = {
  flags: { '-i': 'i', '--interactive': 'i', '-t': 't', '--tty': 't', '-d': 'd', '--detach': 'd' },
  values: { '-u': 'user', '--user': 'user', '-w': 'workdir', '--workdir': 'workdir', '-e': 'env', '--env': 'env' },
  unsimulated: ['--privileged', '--env-file', '--detach-keys'],
  stopAtPositional: true,
};

/** runc's words for an exec that cannot start. */
const OCI = 'OCI runtime exec failed: exec failed:';

/** `docker exec [-it] [-d] [-e VAR=x] [-w DIR] [-u root] CONTAINER CMD…`: a new process joins the container's namespaces and cgroup. */
export function dockerExec(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'exec', argv, EXEC_SPEC);
  if (typeof p === 'number') return p;
  const user = p.opts.user;
  if (typeof user === 'string' && !/^(root|0)(:(root|0))?$/.test(user))
    return notSimulated(ctx, `docker exec -u ${user}`, HINT.docker, 'containers here run only as root');
  const [key, ...cmd] = p.args;
  if (key === undefined || cmd.length === 0)
    return needArgs(ctx, 'exec', 'exec [OPTIONS] CONTAINER COMMAND [ARG...]', 2);
  const c = containerOrError(ctx, key);
  if (!c) return 1;
  const state = ctx.sim.state;
  if (c.status !== 'running') {
    ctx.err(`Error response from daemon: container ${c.id} is not running\n`);
    return 1;
  }
  const prog = cmd[0] as string;
  const image = state.images.get(c.imageId);
  const unmodelled = image && realButUnmodelled(image.os, prog);
  if (unmodelled) return notSimulated(ctx, unmodelled.name, HINT.docker, `it is ${unmodelled.what}`);
  if (!programExists(ctx, c, prog)) {
    ctx.err(`${OCI} unable to start container process: exec: "${prog}": executable file not found in $PATH: unknown\n`);
    return 127;
  }
  if (!mayFork(state, cgroupOf(c.id))) {
    ctx.err(`${OCI} unable to start container process: error executing setns process: exit status 1: unknown\n`);
    return 126;
  }
  const workdir = typeof p.opts.workdir === 'string' ? p.opts.workdir : undefined;
  const probe = containerFrame(c, { pid: 0, nsPid: 1 }, 'sh');
  if (workdir !== undefined && !workdir.startsWith('/')) {
    ctx.err(`${OCI} Cwd must be an absolute path: unknown\n`);
    return 128;
  }
  if (workdir !== undefined && listDir(ctx.sim, probe, workdir) === undefined) {
    ctx.err(
      `${OCI} unable to start container process: chdir to cwd ("${workdir}") set in config.json failed: no such file or directory: unknown\n`,
    );
    return 127;
  }
  // The exec'd process has no parent inside the container: its parent is the shim, outside.
  const shim = state.procs.find((x) => x.args.includes(`-id ${c.id} `));
  const proc = spawnInContainer(state, c, cmd, shim?.pid ?? 1);
  // -t gives the exec its own terminal in the container's devpts (after PID 1's, if it has one).
  proc.tty = p.opts.t ? (c.config.tty ? 'pts/1' : 'pts/0') : '?';
  const frame = containerFrame(c, proc, prog.endsWith('bash') && image?.os.userland === 'gnu' ? 'bash' : 'sh');
  // Without -u, exec runs as the container's user: the image's USER when `docker run` gave no --user
  // (docker exec reference, --user: "defaults to the container's user"), as PID 1 does.
  const imageUser = typeof user !== 'string' && image?.user && !c.config.user ? resolveUser(image, image.user) : undefined; // prettier-ignore
  if (imageUser) {
    proc.uid = imageUser.uid;
    Object.assign(frame, { uid: imageUser.uid, user: imageUser.name });
  }
  if (workdir !== undefined) frame.cwd = workdir;
  for (const e of p.lists.env ?? []) {
    // `-e NAME` passes the client's own value, or nothing when it has none.
    const [name, value] = e.includes('=')
      ? [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]
      : [e, ctx.frame.vars.get(e)];
    if (value !== undefined) frame.vars.set(name, value);
  }
  const { code, kept } = ctx.exec(cmd, { frame, proc, background: p.opts.d === true, interactive: p.opts.i === true });
  if (!kept) reap(state, (x) => x === proc);
  return code;
}
