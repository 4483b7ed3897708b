/** `source FILE`, `. FILE` and `eval ARG…` (bash manual 4.1 "Bourne Shell Builtins"): run text in this very shell. */
import type { Command } from '../shell/types';
import { readFile, resolvePath, STRERROR } from '../shell/vfs';
import { notSimulated } from './honesty';

/** `.` is POSIX and in both shells; `source` is bash's name for it (BusyBox ash accepts it too). */
function createSource(name: 'source' | '.'): Command {
  return {
    name,
    usage: `${name} FILE`,
    summary: 'run a file in the current shell',
    builtin: true,
    surface: { supported: ['/etc/os-release'], notSimulated: ['/etc/os-release arg'] },
    run(argv, ctx) {
      const bash = ctx.frame.shell === 'bash';
      const file = argv[1] === '--' ? argv[2] : argv[1];
      if (file === undefined) {
        if (bash) ctx.err(`bash: ${name}: filename argument required\n${name}: usage: ${name} filename [arguments]\n`);
        return 2;
      }
      if (argv.length > (argv[1] === '--' ? 3 : 2))
        return notSimulated(
          ctx,
          `${name} with arguments`,
          undefined,
          'positional parameters ($1…) exist in the real shell',
        );
      // ash looks a name without a slash up in $PATH only; bash tries $PATH, then the current directory.
      if (!bash && !file.includes('/')) {
        ctx.err(`sh: ${name}: ${file}: not found\n`);
        return 2;
      }
      const res = readFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, file), ctx.selfPid, ctx.uid);
      if (!res.ok) {
        ctx.err(
          bash
            ? `bash: ${file}: ${STRERROR[res.errno]}\n`
            : `sh: ${name}: can't open '${file}': ${STRERROR[res.errno]}\n`,
        );
        return bash ? 1 : 2;
      }
      return ctx.source(res.text);
    },
  };
}

export const source = createSource('source');
export const dot = createSource('.');

/** `eval [ARG…]`: joins its arguments with spaces and runs the result in this shell. */
export const evalCmd: Command = {
  name: 'eval',
  usage: 'eval [ARG]...',
  summary: 'run arguments as a command line',
  builtin: true,
  surface: { supported: ['echo hi'], notSimulated: [] },
  run(argv, ctx) {
    const text = argv.slice(1).join(' ');
    return text.trim() === '' ? 0 : ctx.source(text, 'eval');
  },
};
