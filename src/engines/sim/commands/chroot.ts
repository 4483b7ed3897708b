/**
 * GNU chroot(1): runs COMMAND (default `$SHELL -i`) with DIR as its `/`. It needs CAP_SYS_CHROOT, and it
 * isolates nothing else: the same hostname, network and processes (once /proc is mounted, `ps` shows all).
 */
import type { Command } from '../shell/types';
import { onHostDisk } from '../shell/host-disk';
import { hasTool } from '../shell/toolset';
import { placeOf } from '../shell/view';
import type { Ctx, Frame } from '../shell/types';
import { listDir, resolvePath } from '../shell/vfs';
import { holds } from './caps-held';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { runInPlace } from './ns-run';
import { parseOpts, type OptSpec } from './opts';

const SPEC: OptSpec = {
  unsimulated: ['--userspec', '--groups', '--skip-chdir', '--help', '--version'],
  stopAtPositional: true,
};

/** Where a command name is looked for under the new root (PATH of the caller, as execvp does). */
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** `chroot DIR [COMMAND [ARG]...]`; `find` says whether a program is modelled (no import cycle). */
export function createChroot(find: (name: string) => Command | undefined): Command {
  return {
    name: 'chroot',
    usage: 'chroot DIR [COMMAND [ARG]...]',
    summary: 'run a command with another root directory',
    surface: surfaceOf(SPEC),
    run(argv, ctx) {
      const p = parseOpts(argv.slice(1), SPEC);
      const bad = optionError(ctx, 'chroot', p, { status: 125 });
      if (bad !== null) return bad;
      const [dirArg, ...cmd] = p.args;
      if (dirArg === undefined) {
        ctx.err("chroot: missing operand\nTry 'chroot --help' for more information.\n");
        return 125;
      }
      const env = ctx.frame.env;
      const dir = resolvePath(ctx.frame.cwd, dirArg);
      if (env.kind === 'container' && env.root === undefined && onHostDisk(ctx.sim, ctx.frame, dir)?.path === '/')
        return intoHostRoot(ctx, env.id, dir, dirArg, cmd, find);
      if (env.kind !== 'host' || env.root !== undefined)
        return notSimulated(ctx, 'chroot (in a container, a guest or another chroot)');
      const cant = (why: string) => {
        ctx.err(`chroot: cannot change root directory to '${dirArg}': ${why}\n`);
        return 125;
      };
      if (listDir(ctx.sim, ctx.frame, dir) === undefined) return cant('No such file or directory');
      if (ctx.uid !== 0) return cant('Operation not permitted');
      const prog = cmd.length ? cmd : [ctx.frame.vars.get('SHELL') ?? '/bin/sh', '-i'];
      const name = prog[0] as string;
      const files = ctx.sim.state.hostFiles;
      const found = name.includes('/')
        ? files.has(`${dir}${resolvePath('/', name)}`)
        : PATH_DIRS.some((d) => files.has(`${dir}${d}/${name}`));
      if (!found) {
        ctx.err(`chroot: failed to run command '${name}': No such file or directory\n`);
        return 127;
      }
      return runInPlace(ctx, { ...env, root: dir }, prog, { tool: 'chroot', find, cwd: '/' });
    },
  };
}

/**
 * chroot in a container onto the host's root, bind-mounted (`docker run -v /:/host alpine chroot /host`): the
 * classic escape. It needs only CAP_SYS_CHROOT, which Docker's default set keeps; the namespaces stay the
 * container's, but every file is the host's, its programs (docker, sudo) and /etc/shadow included.
 */
function intoHostRoot(
  ctx: Ctx,
  id: string,
  dir: string,
  dirArg: string,
  cmd: string[],
  find: (name: string) => Command | undefined,
): number {
  // The image's own chroot: BusyBox's (Alpine, busybox) words and statuses differ from GNU's.
  const busybox = placeOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
  if (!holds(ctx, 'SYS_CHROOT')) {
    ctx.err(`chroot: ${busybox ? "can't" : 'cannot'} change root directory to '${dirArg}': Operation not permitted\n`);
    return busybox ? 1 : 125;
  }
  const env = { kind: 'container' as const, id, root: dir };
  const prog = cmd.length ? cmd : [ctx.frame.vars.get('SHELL') ?? '/bin/sh', '-i'];
  const name = prog[0] as string;
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (!find(base) || !hasTool(ctx.sim, env, base)) {
    ctx.err(busybox ? `chroot: can't execute '${name}': No such file or directory\n` : `chroot: failed to run command '${name}': No such file or directory\n`); // prettier-ignore
    return 127;
  }
  const proc = ctx.selfProc;
  if (!proc) return 1;
  // chroot execs the program in its own place: the same process (PID 1 when it was), now running `prog`.
  proc.comm = base;
  proc.args = prog.join(' ').slice(0, 200);
  const frame: Frame = { ...ctx.frame, env, uid: ctx.uid, shellPid: ctx.selfPid, shellHostPid: proc.pid, cwd: '/', jobs: undefined, lastBgPid: undefined }; // prettier-ignore
  const { code, kept } = ctx.exec(prog, { frame, proc, background: ctx.background, interactive: ctx.interactive });
  if (kept) ctx.keepSelf();
  return code;
}
