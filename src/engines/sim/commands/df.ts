import type { Command, Ctx } from '../shell/types';
import { listDir, readFile, resolvePath } from '../shell/vfs';
import { freeHuman } from '../shell/format';
import { viewOf } from '../shell/view';
import { HOST } from '../facts';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** GNU df's options (BusyBox's are a subset); -k is the default unit. */
const SPEC: OptSpec = {
  flags: { '-h': 'h', '--human-readable': 'h', '-k': 'k' },
  unsimulated: [
    '-a', '--all', '-B', '--block-size', '-H', '--si', '-i', '--inodes', '-l', '--local', '--no-sync', '--output',
    '-P', '--portability', '--sync', '--total', '-t', '--type', '-T', '--print-type', '-x', '--exclude-type',
    '-m', '-v', '--help', '--version',
  ],
}; // prettier-ignore

/** Host root filesystem usage before anything is pulled: representative, not from FACTS. */
const HOST_BASE_USED_KIB = 6.2 * 1024 * 1024;

/** `df [-h]`: a container's overlay root is the HOST's disk; a VM sees its own virtual disk. */
export const df: Command = {
  name: 'df',
  usage: 'df [-h] [FILE]...',
  summary: 'show disk usage',
  completions: () => ['-h'],
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'df', p, { busybox: v.os.userland === 'busybox' });
    if (bad !== null) return bad;
    if (p.args.length && v.os.userland !== 'gnu')
      return notSimulated(ctx, `df ${p.args[0]} (the filesystem of one file, in BusyBox)`);
    const state = ctx.sim.state;
    let size = HOST.diskGiB * 1048576;
    let used =
      HOST_BASE_USED_KIB +
      [...state.layers.values()].reduce((s, l) => s + l.diskBytes / 1024, 0) +
      state.vms.reduce((s, vm) => s + vm.disk.fileMiB * 1024, 0);
    let dev = '/dev/sda1';
    if (v.vm) {
      size = v.vm.disk.virtualMiB * 1024;
      used = Math.min(size * 0.9, v.vm.disk.fileMiB * 1024);
      dev = '/dev/vda1';
    }
    if (v.kind === 'container') dev = 'overlay';
    const fmt = (kib: number) => (p.opts.h ? freeHuman(kib).replace(/i$/, '') : String(Math.round(kib)));
    const rows: Array<[string, number, number, string]> = [
      [dev, size, used, '/'],
      ['tmpfs', 65536, 0, '/dev'],
      ['shm', 65536, 0, '/dev/shm'],
    ];
    if (v.kind !== 'container') rows.splice(1, 2, ['tmpfs', Math.round(v.mem.totalKiB / 10), 1200, '/run']);
    // With FILE operands, GNU df prints the filesystem holding each one, in order (df(1) "DESCRIPTION").
    const shown = p.args.length ? filesystemsOf(ctx, p.args, rows) : { rows, code: 0 };
    if (!shown.rows.length) return shown.code;
    ctx.out(`Filesystem     ${p.opts.h ? ' Size  Used Avail' : '1K-blocks     Used Available'} Use% Mounted on\n`);
    for (const [fs, s, u, mnt] of shown.rows) {
      const pct = s ? `${Math.ceil((u / s) * 100)}%` : '-';
      const w = p.opts.h ? 5 : 9;
      const num = (n: number) => (s ? fmt(n) : '0').padStart(w);
      ctx.out(`${fs.padEnd(15)}${num(s)} ${num(u)} ${num(s - u)} ${pct.padStart(4)} ${mnt}\n`);
    }
    return shown.code;
  },
};

type Row = [string, number, number, string];

/** The mounted filesystem holding each path (the longest mount point above it), and df's error for a missing one. */
function filesystemsOf(ctx: Ctx, paths: string[], rows: Row[]): { rows: Row[]; code: number } {
  // The kernel's own filesystems are mounted too; they have no blocks (df prints 0 and `-`).
  const mounts: Row[] = [
    ...rows,
    ['proc', 0, 0, '/proc'],
    ['sysfs', 0, 0, '/sys'],
    ['cgroup2', 0, 0, '/sys/fs/cgroup'],
  ];
  const out: Row[] = [];
  let code = 0;
  for (const arg of paths) {
    const path = resolvePath(ctx.frame.cwd, arg);
    const file = listDir(ctx.sim, ctx.frame, path) !== undefined || readFile(ctx.sim, ctx.frame, path, ctx.selfPid, 0);
    if (file !== true && !file.ok && file.errno !== 'EACCES' && file.errno !== 'EISDIR') {
      ctx.err(`df: ${arg}: No such file or directory\n`);
      code = 1;
      continue;
    }
    const under = (m: string) => m === '/' || path === m || path.startsWith(`${m}/`);
    const best = mounts.filter((m) => under(m[3])).sort((a, b) => b[3].length - a[3].length)[0];
    if (best) out.push(best);
  }
  return { rows: out, code };
}
