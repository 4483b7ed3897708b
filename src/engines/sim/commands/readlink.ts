/** GNU readlink(1): prints a symbolic link's target — /proc/PID/ns/* (`pid:[4026531836]`) and Debian's /bin. */
import type { Command } from '../shell/types';
import { resolvePath, statPath, STRERROR } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { nsLink } from '../shell/proc-ns';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** Its options: -n and -v are modelled; canonicalizing (-f/-e/-m) walks a tree the course does not model. */
const SPEC: OptSpec = {
  flags: { '-n': 'n', '--no-newline': 'n', '-v': 'v', '--verbose': 'v', '-q': 'q', '--quiet': 'q', '-s': 'q', '--silent': 'q' },
  unsimulated: ['-f', '--canonicalize', '-e', '--canonicalize-existing', '-m', '--canonicalize-missing', '-z', '--zero', '--help', '--version'],
}; // prettier-ignore

/** `readlink [-n] [-v] FILE...`: exit 1, silently unless -v, for anything that is not a link. */
export const readlink: Command = {
  name: 'readlink',
  usage: 'readlink [-n] [-v] FILE...',
  summary: 'print the target of a symbolic link',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'readlink', p, { busybox });
    if (bad !== null) return bad;
    if (p.args.length === 0) {
      ctx.err("readlink: missing operand\nTry 'readlink --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const arg of p.args) {
      const path = resolvePath(ctx.frame.cwd, arg);
      const ns = nsLink(ctx.sim, ctx.frame, path, ctx.selfPid, ctx.uid);
      const st = ns ? undefined : statPath(ctx.sim, ctx.frame, path);
      const why = ns?.denied ? 'EACCES' : ns || st?.type === 'link' ? null : st ? 'EINVAL' : 'ENOENT';
      if (why) {
        if (p.opts.v) ctx.err(`readlink: ${arg}: ${STRERROR[why]}\n`);
        code = 1;
        continue;
      }
      const target = ns?.target ?? (st?.type === 'link' ? st.target : '');
      ctx.out(p.opts.n && p.args.length === 1 ? target : `${target}\n`);
    }
    return code;
  },
};
