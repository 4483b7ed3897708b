import type { Command } from '../shell/types';
import { viewOf } from '../shell/view';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** GNU uname's options; -p and -i print "unknown" on Linux (and -a leaves them out). */
const SPEC: OptSpec = {
  flags: {
    '-a': 'a', '--all': 'a', '-s': 's', '--kernel-name': 's', '-n': 'n', '--nodename': 'n', '-r': 'r',
    '--kernel-release': 'r', '-v': 'v', '--kernel-version': 'v', '-m': 'm', '--machine': 'm', '-p': 'p',
    '--processor': 'p', '-i': 'i', '--hardware-platform': 'i', '-o': 'o', '--operating-system': 'o',
  },
  unsimulated: ['--help', '--version'],
}; // prettier-ignore

/** `uname [-asnrvm]`: the RUNNING kernel — the host's inside a container, the guest's inside a VM. */
export const uname: Command = {
  name: 'uname',
  usage: 'uname [-a] [-s] [-n] [-r] [-v] [-m]',
  summary: 'print kernel name and version',
  completions: () => ['-a', '-s', '-n', '-r', '-v', '-m'],
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), SPEC);
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const bad = optionError(ctx, 'uname', p, { busybox });
    if (bad !== null) return bad;
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
    if (o.p && !all) fields.push('unknown');
    if (o.i && !all) fields.push('unknown');
    if (all || o.o) fields.push('GNU/Linux');
    ctx.out(`${fields.join(' ')}\n`);
    return 0;
  },
};
