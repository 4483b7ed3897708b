/** `rmdir [-p] [-v] DIR…` (GNU coreutils, BusyBox): removes empty directories the learner made. */
import { removeCgroup } from '../shell/cgroup-write';
import type { Command, Ctx } from '../shell/types';
import { listDir, readFile, resolvePath, STRERROR, writableFiles } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

const SPEC: OptSpec = {
  flags: { '-p': 'p', '--parents': 'p', '-v': 'v', '--verbose': 'v', '--ignore-fail-on-non-empty': 'i' },
  unsimulated: ['--help', '--version'],
};

type Why = 'ENOENT' | 'ENOTEMPTY' | 'ENOTDIR' | 'EACCES' | 'EROFS' | 'EBUSY';
const TEXT: Record<Why, string> = {
  ...(STRERROR as Record<Why, string>),
  ENOTEMPTY: 'Directory not empty',
  ENOTDIR: 'Not a directory',
};

/** Why removing `path` fails, null when it can go, or 'system' for a directory the course does not let go. */
function check(ctx: Ctx, path: string): Why | 'system' | null {
  const entries = listDir(ctx.sim, ctx.frame, path);
  if (entries === undefined) {
    const file = readFile(ctx.sim, ctx.frame, path, ctx.selfPid, 0);
    return file.ok || file.errno === 'EACCES' ? 'ENOTDIR' : 'ENOENT';
  }
  if (entries.length) return 'ENOTEMPTY';
  if (ctx.frame.env.kind === 'container' && viewOf(ctx.sim, ctx.frame.env).container?.config.readOnly) return 'EROFS';
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  if (
    ctx.uid !== 0 &&
    !(
      parent === ctx.frame.home ||
      parent.startsWith(`${ctx.frame.home}/`) ||
      parent === '/tmp' ||
      parent.startsWith('/tmp/')
    )
  )
    return 'EACCES';
  return writableFiles(ctx.sim, ctx.frame).has(`${path}/`) ? null : 'system';
}

export const rmdir: Command = {
  name: 'rmdir',
  usage: 'rmdir [-p] [-v] DIR...',
  summary: 'remove empty directories',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'rmdir', p, { busybox });
    if (bad !== null) return bad;
    if (p.args.length === 0) {
      // BusyBox prints its usage (after a version banner line, left out here: it names the build).
      ctx.err(
        busybox
          ? 'Usage: rmdir [-p] DIRECTORY...\n\nRemove DIRECTORY if it is empty\n\n\t-p\tInclude parents\n\t--ignore-fail-on-non-empty\n'
          : "rmdir: missing operand\nTry 'rmdir --help' for more information.\n",
      );
      return 1;
    }
    let code = 0;
    for (const arg of p.args) {
      // -p removes DIR, then each parent as the operand spells it (`a/b/c`, `a/b`, `a`).
      const chain = [arg];
      if (p.opts.p)
        for (let s = arg.replace(/\/+$/, ''); s.includes('/');) chain.push((s = s.slice(0, s.lastIndexOf('/'))));
      for (const shown of chain.filter((s) => s !== '')) {
        const path = resolvePath(ctx.frame.cwd, shown);
        // A cgroup goes with its interface files, once no process or child cgroup is left in it (cgroup-v2.rst).
        const cgroup = ctx.frame.env.kind === 'host' && path.startsWith('/sys/fs/cgroup/');
        const why = cgroup ? removeCgroup(ctx.sim, path, ctx.uid) : check(ctx, path);
        if (why === 'EEXIST' || why === 'EINVAL' || why === 'ESRCH') break; // not met by rmdir
        if (why === 'system') {
          code = notSimulated(
            ctx,
            `rmdir ${shown}`,
            undefined,
            'directories that come with the image or OS cannot be removed here',
          );
          break;
        }
        if (why) {
          if (!(why === 'ENOTEMPTY' && p.opts.i))
            ctx.err(
              busybox ? `rmdir: '${shown}': ${TEXT[why]}\n` : `rmdir: failed to remove '${shown}': ${TEXT[why]}\n`,
            );
          if (!(why === 'ENOTEMPTY' && p.opts.i)) code = 1;
          break;
        }
        if (p.opts.v) ctx.out(`rmdir: removing directory, '${shown}'\n`);
        if (!cgroup) writableFiles(ctx.sim, ctx.frame).delete(`${path}/`);
      }
    }
    return code;
  },
};
