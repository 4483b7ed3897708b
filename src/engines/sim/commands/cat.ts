import type { Command } from '../shell/types';
import { readFile, resolvePath, STRERROR } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** GNU cat's options (BusyBox has -n, -b, -v, -e, -t, -A of them); -u is ignored by both. */
const SPEC: OptSpec = {
  flags: { '-n': 'n', '--number': 'n', '-u': 'u' },
  unsimulated: [
    '-A',
    '--show-all',
    '-b',
    '--number-nonblank',
    '-e',
    '-E',
    '--show-ends',
    '-s',
    '--squeeze-blank',
    '-t',
    '-T',
    '--show-tabs',
    '-v',
    '--show-nonprinting',
    '--help',
    '--version',
  ],
};

/** `cat [-n] [FILE…]`: prints files; /proc, /sys/fs/cgroup and /etc are generated from the model's state. */
export const cat: Command = {
  name: 'cat',
  usage: 'cat [-n] [FILE]...',
  summary: 'print files',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'cat', p, { busybox });
    if (bad !== null) return bad;
    let line = 0;
    // -n numbers lines across all files, as `%6d\t` (coreutils and BusyBox alike).
    const emit = (text: string) =>
      ctx.out(p.opts.n ? text.replace(/^(?=.)|(?<=\n)(?=.)/gs, () => `${String(++line).padStart(6)}\t`) : text);
    const files = p.args.length ? p.args : ['-'];
    let code = 0;
    for (const f of files) {
      if (f === '-') {
        emit(ctx.readStdin() ?? '');
        continue;
      }
      const res = readFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, f), ctx.selfPid, ctx.uid);
      if (res.ok) {
        emit(res.text);
        continue;
      }
      // BusyBox opens a directory fine and fails on read: `cat: read error: Is a directory`.
      ctx.err(
        !busybox
          ? `cat: ${f}: ${STRERROR[res.errno]}\n`
          : res.errno === 'EISDIR'
            ? 'cat: read error: Is a directory\n'
            : `cat: can't open '${f}': ${STRERROR[res.errno]}\n`,
      );
      code = 1;
    }
    return code;
  },
};
