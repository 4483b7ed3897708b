import type { Command } from '../shell/types';

/** `history [N]`: the session's previous lines, numbered like bash. */
export const history: Command = {
  name: 'history',
  usage: 'history [N]',
  summary: 'list previous command lines',
  builtin: true,
  run(argv, ctx) {
    const all = ctx.history();
    const n = argv[1] === undefined ? all.length : Number(argv[1]);
    if (!Number.isInteger(n) || n < 0) {
      ctx.err(`bash: history: ${argv[1]}: numeric argument required\n`);
      return 1;
    }
    const from = Math.max(0, all.length - n);
    ctx.out(
      all
        .slice(from)
        .map((l, i) => `${String(from + i + 1).padStart(5)}  ${l}\n`)
        .join(''),
    );
    return 0;
  },
};
