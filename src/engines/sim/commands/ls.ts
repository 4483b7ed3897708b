import type { Command } from '../shell/types';
import { listDir, readFile, resolvePath } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { parseOpts } from './opts';

/** `ls [-l] [-a] [PATH…]`: lists directories of the current environment's filesystem. */
export const ls: Command = {
  name: 'ls',
  usage: 'ls [-la] [PATH]...',
  summary: 'list directory contents',
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), { flags: { '-l': 'l', '-a': 'a', '-1': 'one', '-h': 'h', '-A': 'a' } });
    const gnu = viewOf(ctx.sim, ctx.frame.env).os.userland === 'gnu' || ctx.frame.env.kind === 'host';
    if (p.unknown) {
      ctx.err(
        gnu
          ? `ls: invalid option -- '${p.unknown.replace(/^-+/, '')}'\nTry 'ls --help' for more information.\n`
          : `ls: unrecognized option: ${p.unknown.replace(/^-+/, '')}\n`,
      );
      return gnu ? 2 : 1;
    }
    const targets = p.args.length ? p.args : ['.'];
    let code = 0;
    for (const t of targets) {
      const path = resolvePath(ctx.frame.cwd, t);
      const entries = listDir(ctx.sim, ctx.frame, path);
      if (entries === undefined) {
        const file = readFile(ctx.sim, ctx.frame, path, ctx.selfPid, ctx.uid);
        if (file.ok) {
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
          const dir = n === '.' || n === '..' || listDir(ctx.sim, ctx.frame, resolvePath(path, n)) !== undefined;
          const owner = path.startsWith('/home/learner') ? 'learner' : 'root';
          ctx.out(
            `${dir ? 'drwxr-xr-x' : '-rw-r--r--'} ${dir ? 2 : 1} ${owner.padEnd(8)} ${owner.padEnd(8)} ${String(dir ? 4096 : 220).padStart(5)} Nov 20 09:00 ${n}\n`,
          );
        }
      } else if (names.length) ctx.out(`${names.join('  ')}\n`);
    }
    return code;
  },
};
