import { deviceAt, deviceLine } from '../shell/devices';
import type { Command } from '../shell/types';
import { listDir, readFile, resolvePath } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** GNU ls: -l, -a, -A, -1 and -h are modelled; every other real option says so. */
const SPEC: OptSpec = {
  flags: {
    '-l': 'l',
    '-a': 'a',
    '--all': 'a',
    '-A': 'A',
    '--almost-all': 'A',
    '-1': 'one',
    '-h': 'h',
    '--human-readable': 'h',
  },
  unsimulated: [
    ...'bBcCdDfFgGHiIkLmnNopqQrRsStTuUvwxXZ'.split('').map((c) => `-${c}`),
    ...[
      'author', 'escape', 'block-size', 'ignore-backups', 'color', 'directory', 'dired', 'classify', 'file-type',
      'format', 'full-time', 'group-directories-first', 'no-group', 'si', 'dereference-command-line', 'hide',
      'hyperlink', 'indicator-style', 'inode', 'ignore', 'kibibytes', 'dereference', 'literal', 'numeric-uid-gid',
      'hide-control-chars', 'show-control-chars', 'quote-name', 'quoting-style', 'reverse', 'recursive', 'size',
      'sort', 'time', 'time-style', 'tabsize', 'width', 'context', 'zero', 'help', 'version',
    ].map((o) => `--${o}`),
  ], // prettier-ignore
};

/** `ls [-laA1h] [PATH…]`: lists directories of the current environment's filesystem. */
export const ls: Command = {
  name: 'ls',
  usage: 'ls [-laA1h] [PATH]...',
  summary: 'list directory contents',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), SPEC);
    const gnu = viewOf(ctx.sim, ctx.frame.env).os.userland === 'gnu' || ctx.frame.env.kind === 'host';
    const bad = optionError(ctx, 'ls', p, { busybox: !gnu, status: gnu ? 2 : 1 });
    if (bad !== null) return bad;
    const targets = p.args.length ? p.args : ['.'];
    let code = 0;
    for (const t of targets) {
      const path = resolvePath(ctx.frame.cwd, t);
      const entries = listDir(ctx.sim, ctx.frame, path);
      if (entries === undefined) {
        const file = readFile(ctx.sim, ctx.frame, path, ctx.selfPid, ctx.uid);
        const device = deviceAt(ctx.sim, ctx.frame, path);
        if (device && p.opts.l) {
          ctx.out(deviceLine(device, t));
          continue;
        }
        // ls only stats a file: one it may not read (or that cannot be read) is still listed.
        if (file.ok || file.errno !== 'ENOENT') {
          ctx.out(`${t}\n`);
          continue;
        }
        ctx.err(
          gnu ? `ls: cannot access '${t}': No such file or directory\n` : `ls: ${t}: No such file or directory\n`,
        );
        code = gnu ? 2 : 1;
        continue;
      }
      if (targets.length > 1) ctx.out(`${t}:\n`);
      const names = p.opts.a ? ['.', '..', ...entries] : entries;
      if (p.opts.l) {
        ctx.out(`total ${names.length * 4}\n`);
        for (const n of names) {
          const device = deviceAt(ctx.sim, ctx.frame, resolvePath(path, n));
          if (device) {
            ctx.out(deviceLine(device, n));
            continue;
          }
          const dir = n === '.' || n === '..' || listDir(ctx.sim, ctx.frame, resolvePath(path, n)) !== undefined;
          const owner = path.startsWith('/home/learner') ? 'learner' : 'root';
          const size = dir ? (p.opts.h ? '4.0K' : '4096') : '220';
          ctx.out(
            `${dir ? 'drwxr-xr-x' : '-rw-r--r--'} ${dir ? 2 : 1} ${owner.padEnd(8)} ${owner.padEnd(8)} ${size.padStart(5)} Nov 20 09:00 ${n}\n`,
          );
        }
      } else if (names.length) ctx.out(p.opts.one ? names.map((n) => `${n}\n`).join('') : `${names.join('  ')}\n`);
    }
    return code;
  },
};
