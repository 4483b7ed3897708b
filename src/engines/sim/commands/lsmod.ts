/**
 * `lsmod`: the modules loaded in the kernel you are on, read from /proc/modules. kmod's table on Debian; BusyBox's
 * on CirrOS and Alpine (which adds the taint state to its header). In a container it lists the HOST's modules.
 */
import { modulesOf } from '../shell/hardware';
import type { Command } from '../shell/types';
import { viewOf } from '../shell/view';
import { optionError } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** kmod's lsmod takes only --help and --version; BusyBox's takes nothing. */
const SPEC: OptSpec = { unsimulated: ['-h', '--help', '-V', '--version'] };

/** `lsmod`: kmod prints `%-19s %8ld  %d` and the users; BusyBox `%-19s %8s %2s %s` (modutils/lsmod.c). */
export const lsmod: Command = {
  name: 'lsmod',
  usage: 'lsmod',
  summary: 'show the loaded kernel modules',
  surface: { supported: [], notSimulated: SPEC.unsimulated as string[] },
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const busybox = v.os.userland === 'busybox';
    if (!busybox) {
      const bad = optionError(ctx, 'lsmod', parseOpts(argv.slice(1), SPEC), { after: '' });
      if (bad !== null) return bad;
      if (argv.length > 1) {
        ctx.err('Usage: lsmod\n');
        return 1;
      }
    }
    const mods = modulesOf(ctx.sim, v);
    const head = `${'Module'.padEnd(24)}Size  Used by`;
    const rows = busybox
      ? mods.map(
          (m) => `${m.name.padEnd(19)} ${String(m.size).padStart(8)} ${String(m.used).padStart(2)} ${m.by.join(',')}`,
        )
      : mods.map(
          (m) =>
            `${m.name.padEnd(19)} ${String(m.size).padStart(8)}  ${m.used}${m.by.length ? ` ${m.by.join(',')}` : ''}`,
        );
    ctx.out(`${head}${busybox ? '    Not tainted' : ''}\n${rows.map((r) => `${r}\n`).join('')}`);
    return 0;
  },
};
