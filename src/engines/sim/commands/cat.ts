import type { Command } from '../shell/types';
import { readFile, resolvePath, STRERROR } from '../shell/vfs';
import { viewOf } from '../shell/view';

/** `cat [FILE…]`: prints files; /proc, /sys/fs/cgroup and /etc are generated from the model's state. */
export const cat: Command = {
  name: 'cat',
  usage: 'cat [FILE]...',
  summary: 'print files',
  run(argv, ctx) {
    const files = argv.slice(1).filter((a) => a !== '-');
    if (files.length === 0) {
      ctx.out(ctx.stdin ?? '');
      return 0;
    }
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    let code = 0;
    for (const f of files) {
      if (f.startsWith('-')) {
        ctx.err(
          busybox
            ? `cat: unrecognized option: ${f.replace(/^-+/, '')}\n`
            : `cat: invalid option -- '${f.replace(/^-+/, '')}'\nTry 'cat --help' for more information.\n`,
        );
        return 1;
      }
      const res = readFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, f), ctx.selfPid, ctx.uid);
      if (res.ok) {
        ctx.out(res.text);
        continue;
      }
      ctx.err(
        busybox && res.errno !== 'EISDIR'
          ? `cat: can't open '${f}': ${STRERROR[res.errno]}\n`
          : `cat: ${f}: ${STRERROR[res.errno]}\n`,
      );
      code = 1;
    }
    return code;
  },
};
