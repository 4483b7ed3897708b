import type { Command } from '../shell/types';
import { builtinOpts } from './builtin-opts';

/** `history [N]`: the session's previous lines, numbered like bash. */
export const history: Command = {
  name: 'history',
  usage: 'history [N]',
  summary: 'list previous command lines',
  builtin: true,
  surface: { supported: ['2'], notSimulated: ['-c', '-d', '-a', '-n', '-r', '-w', '-p', '-s'] },
  run(argv, ctx) {
    const o = builtinOpts(
      ctx,
      argv,
      '',
      'cdanrwps',
      'history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]',
    );
    if (typeof o === 'number') return o;
    const all = ctx.history();
    const n = o.args[0] === undefined ? all.length : Number(o.args[0]);
    if (!/^\d*$/.test(o.args[0] ?? '') || !Number.isInteger(n) || n < 0) {
      ctx.err(`bash: history: ${o.args[0]}: numeric argument required\n`);
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
