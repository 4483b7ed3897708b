import type { Command } from '../shell/types';
import { isOpaqueDir, listDir, resolvePath, statPath } from '../shell/vfs';
import { longLines, type Entry } from './ls-long';
import { viewOf } from '../shell/view';
import { HINT, notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** GNU ls: -l, -a, -A, -1, -d and -h are modelled; every other real option says so. */
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
    '-d': 'd',
    '--directory': 'd',
  },
  unsimulated: [
    ...'bBcCDfFgGHiIkLmnNopqQrRsStTuUvwxXZ'.split('').map((c) => `-${c}`),
    ...[
      'author', 'escape', 'block-size', 'ignore-backups', 'color', 'dired', 'classify', 'file-type',
      'format', 'full-time', 'group-directories-first', 'no-group', 'si', 'dereference-command-line', 'hide',
      'hyperlink', 'indicator-style', 'inode', 'ignore', 'kibibytes', 'dereference', 'literal', 'numeric-uid-gid',
      'hide-control-chars', 'show-control-chars', 'quote-name', 'quoting-style', 'reverse', 'recursive', 'size',
      'sort', 'time', 'time-style', 'tabsize', 'width', 'context', 'zero', 'help', 'version',
    ].map((o) => `--${o}`),
  ], // prettier-ignore
};

/** `ls [-laA1dh] [PATH…]`: lists directories of the current environment's filesystem. */
export const ls: Command = {
  name: 'ls',
  usage: 'ls [-laA1dh] [PATH]...',
  summary: 'list directory contents',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), SPEC);
    const gnu = viewOf(ctx.sim, ctx.frame.env).os.userland === 'gnu' || ctx.frame.env.kind === 'host';
    const bad = optionError(ctx, 'ls', p, { busybox: !gnu, status: gnu ? 2 : 1 });
    if (bad !== null) return bad;
    const targets = p.args.length ? p.args : ['.'];
    const long = { gnu, human: Boolean(p.opts.h), total: false };
    const show = (entries: Entry[]) => {
      if (p.opts.l) ctx.out(longLines(ctx, entries, long));
      else if (entries.length)
        // To a pipe or a file, ls prints one name a line (coreutils "General output formatting"; BusyBox too).
        ctx.out(
          p.opts.one || !ctx.stdoutTty
            ? entries.map((e) => `${e.name}\n`).join('')
            : `${entries.map((e) => e.name).join('  ')}\n`,
        );
    };
    let code = 0;
    // Like GNU ls, operands that are files (or every operand, with -d) come first, then each directory.
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    for (const t of targets) {
      const path = resolvePath(ctx.frame.cwd, t);
      const st = statPath(ctx.sim, ctx.frame, path);
      if (!st) {
        ctx.err(
          gnu ? `ls: cannot access '${t}': No such file or directory\n` : `ls: ${t}: No such file or directory\n`,
        );
        code = gnu ? 2 : 1;
      } else if (!p.opts.d && (st.type === 'dir' || (st.type === 'link' && !p.opts.l))) dirs.push({ name: t, path });
      else files.push({ name: t, path });
    }
    show(files);
    dirs.forEach((d, i) => {
      if (files.length || i > 0) ctx.out('\n');
      if (targets.length > 1) ctx.out(`${d.name}:\n`);
      if (isOpaqueDir(ctx.sim, ctx.frame, d.path)) {
        code = notSimulated(ctx, `ls ${d.name}`, HINT.linux, 'the contents of this system directory are not modelled');
        return;
      }
      const names = listDir(ctx.sim, ctx.frame, d.path) ?? [];
      const shown = p.opts.a ? ['.', '..', ...names] : p.opts.A ? names : names.filter((n) => !n.startsWith('.'));
      const entries = shown.map((n) => ({ name: n, path: n === '.' ? d.path : resolvePath(d.path, n) }));
      if (p.opts.l) ctx.out(longLines(ctx, entries, { ...long, total: true }));
      else show(entries);
    });
    return code;
  },
};
