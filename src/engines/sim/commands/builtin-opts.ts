/** Option parsing for shell builtins, with bash's and ash's own wording for a bad option. */
import type { Ctx } from '../shell/types';
import { notSimulated } from './honesty';

/**
 * Splits a builtin's leading options: the letters it models, those it leaves to a real shell, and
 * bash's `invalid option` (status 2) for the rest. Returns the operands or the status to exit with.
 */
export function builtinOpts(
  ctx: Ctx,
  argv: string[],
  known: string,
  unsimulated: string,
  usage: string,
): { opts: Set<string>; args: string[] } | number {
  const opts = new Set<string>();
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^-./.test(a)) break;
    for (const ch of a.slice(1)) {
      const name = argv[0] as string;
      if (unsimulated.includes(ch)) return notSimulated(ctx, `${name} -${ch}`);
      if (!known.includes(ch)) {
        ctx.err(
          ctx.frame.shell === 'bash'
            ? `bash: ${name}: -${ch}: invalid option\n${name}: usage: ${usage}\n`
            : `sh: ${name}: illegal option -${ch}\n`,
        );
        return 2;
      }
      opts.add(ch);
    }
  }
  return { opts, args: argv.slice(i) };
}
