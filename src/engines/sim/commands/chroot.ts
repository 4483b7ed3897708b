/**
 * GNU chroot(1): runs COMMAND (default `$SHELL -i`) with DIR as its `/`. It needs CAP_SYS_CHROOT, and it
 * isolates nothing else: the same hostname, network and processes (once /proc is mounted, `ps` shows all).
 */
import type { Command } from '../shell/types';
import { listDir, resolvePath } from '../shell/vfs';
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
      if (env.kind !== 'host' || env.root !== undefined)
        return notSimulated(ctx, 'chroot (in a container, a guest or another chroot)');
      const dir = resolvePath(ctx.frame.cwd, dirArg);
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
