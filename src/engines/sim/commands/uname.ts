import type { Command } from '../shell/types';
import { viewOf } from '../shell/view';
import { parseOpts } from './opts';

/** `uname [-asnrvm]`: the RUNNING kernel — the host's inside a container, the guest's inside a VM. */
export const uname: Command = {
  name: 'uname',
  usage: 'uname [-a] [-s] [-n] [-r] [-v] [-m]',
  summary: 'print kernel name and version',
  completions: () => ['-a', '-s', '-n', '-r', '-v', '-m'],
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), {
      flags: { '-a': 'a', '--all': 'a', '-s': 's', '-n': 'n', '-r': 'r', '-v': 'v', '-m': 'm', '-o': 'o' },
    });
    if (p.unknown) {
      ctx.err(
        `uname: ${p.unknown.startsWith('--') ? `unrecognized option '${p.unknown}'` : `invalid option -- '${p.unknown.slice(1)}'`}\nTry 'uname --help' for more information.\n`,
      );
      return 1;
    }
    if (p.args.length) {
      ctx.err(`uname: extra operand '${p.args[0]}'\nTry 'uname --help' for more information.\n`);
      return 1;
    }
    const v = viewOf(ctx.sim, ctx.frame.env);
    const o = p.opts;
    const all = o.a === true;
    const fields: string[] = [];
    if (all || o.s || Object.keys(o).length === 0) fields.push('Linux');
    if (all || o.n) fields.push(v.hostname);
    if (all || o.r) fields.push(v.kernel.release);
    if (all || o.v) fields.push(v.kernel.build);
    if (all || o.m) fields.push('x86_64');
    if (all || o.o) fields.push('GNU/Linux');
    ctx.out(`${fields.join(' ')}\n`);
    return 0;
  },
};
