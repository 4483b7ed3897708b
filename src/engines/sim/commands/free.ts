import type { Command } from '../shell/types';
import { freeHuman } from '../shell/format';
import { viewOf } from '../shell/view';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** procps free's options (BusyBox has -b, -k, -m, -g, -h). */
const SPEC: OptSpec = {
  flags: {
    '-h': 'h', '--human': 'h', '-m': 'm', '--mebi': 'm', '-k': 'k', '--kibi': 'k', '-g': 'g', '--gibi': 'g',
    '-b': 'b', '--bytes': 'b',
  },
  unsimulated: [
    '-t', '--total', '-s', '--seconds', '-c', '--count', '-w', '--wide', '-l', '--lohi', '--si', '--kilo', '--mega',
    '--giga', '--tera', '--peta', '--tebi', '--pebi', '-L', '--line', '-v', '--committed', '--help', '-V', '--version',
  ],
}; // prettier-ignore

/**
 * `free [-h|-m|-k|-g]`: memory of the kernel you are on. In a container it reads the HOST's
 * /proc/meminfo — the container's memory.max does not appear here (a classic surprise).
 */
export const free: Command = {
  name: 'free',
  usage: 'free [-h] [-m] [-k] [-g]',
  summary: 'show memory usage',
  completions: () => ['-h', '-m', '-k', '-g'],
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), SPEC);
    const usage = '\nUsage:\n free [options]\n';
    const bad = optionError(ctx, 'free', p, { after: usage });
    if (bad !== null) return bad;
    if (p.args.length) {
      ctx.err(usage.slice(1));
      return 1;
    }
    const m = viewOf(ctx.sim, ctx.frame.env).mem;
    const fmt = (kib: number): string =>
      p.opts.h
        ? freeHuman(kib)
        : p.opts.m
          ? String(Math.floor(kib / 1024))
          : p.opts.g
            ? String(Math.floor(kib / 1048576))
            : p.opts.b
              ? String(kib * 1024)
              : String(kib);
    const row = (label: string, cols: number[]) => `${label.padEnd(7)}${cols.map((c) => fmt(c).padStart(12)).join('')}`;
    const shared = Math.round(m.buffCacheKiB * 0.01);
    ctx.out(
      `${''.padEnd(7)}${['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((h) => h.padStart(12)).join('')}\n`,
    );
    ctx.out(
      `${row('Mem:', [m.totalKiB, m.usedKiB, m.freeKiB, shared, m.buffCacheKiB, m.availableKiB])}\n${row('Swap:', [0, 0, 0])}\n`,
    );
    return 0;
  },
};
