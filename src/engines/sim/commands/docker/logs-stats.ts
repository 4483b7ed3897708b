/** docker logs and docker stats: output and resource usage of containers. */
import { containerMemoryBytes, hostMemory } from '../../model/memory';
import { HOST } from '../../facts';
import { dockerBytes, table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import type { OptSpec } from '../opts';
import { containerOrError, dockerOpts, needArgs, short } from './common';

export const LOGS_SPEC: OptSpec = {
  flags: { '-f': 'f', '--follow': 'f' },
  values: { '-n': 'n', '--tail': 'n' },
  unsimulated: ['-t', '--timestamps', '--since', '--until', '--details'],
};
export const STATS_SPEC: OptSpec = {
  flags: { '--no-stream': 'ns', '-a': 'a', '--all': 'a', '--no-trunc': 'nt' },
  unsimulated: ['--format'],
};

/** `docker logs [-n N] [-f] NAME`: what PID 1 wrote to stdout/stderr (following a live one is not modelled). */
export function dockerLogs(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'logs', argv, LOGS_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length !== 1) return needArgs(ctx, 'logs', 'logs [OPTIONS] CONTAINER', 1, true);
  const c = containerOrError(ctx, p.args[0] as string);
  if (!c) return 1;
  // The daemon reads --tail with Atoi and shows everything when that fails (`all`, `x`) or is negative.
  const n = /^\d+$/.test(String(p.opts.n)) ? Number(p.opts.n) : -1;
  const lines = c.logs.join('').split(/(?<=\n)/);
  ctx.out((n < 0 ? lines : n === 0 ? [] : lines.slice(-n)).join(''));
  // A stopped container's log ends: -f returns at once, as here. A running one would keep streaming.
  if (p.opts.f && c.status === 'running')
    return notSimulated(ctx, 'docker logs -f (following a running container)', HINT.docker);
  return 0;
}

/** `docker stats [--no-stream] [NAME…]`: one sample. CPU is capped by --cpus. */
export function dockerStats(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'stats', argv, STATS_SPEC);
  if (typeof p === 'number') return p;
  const state = ctx.sim.state;
  const list = p.args.length
    ? p.args.map((k) => containerOrError(ctx, k))
    : state.containers.filter((c) => p.opts.a || c.status === 'running');
  if (list.some((c) => !c)) return 1;
  const hostTotal = hostMemory(state).totalKiB * 1024;
  const rows = list.flatMap((c) => {
    if (!c) return [];
    const procs = state.procs.filter((x) => x.container === c.id);
    const cpuWant = procs.reduce((s, x) => s + (x.cpu ?? 0), 0);
    const cpuCap = c.config.nanoCpus > 0 ? c.config.nanoCpus / 1e9 : HOST.cpus; // cpu.max throttles the cgroup
    const used = c.status === 'running' ? containerMemoryBytes(state, c) : 0;
    const limit = c.config.memoryBytes || hostTotal;
    return [
      [
        p.opts.nt ? c.id : short(c.id),
        c.name,
        `${(Math.min(cpuWant, cpuCap) * 100).toFixed(2)}%`,
        `${dockerBytes(used)} / ${dockerBytes(limit)}`,
        `${((used / limit) * 100).toFixed(2)}%`,
        c.config.network === 'none' ? '0B / 0B' : '1.05kB / 0B',
        '0B / 0B',
        String(procs.length),
      ],
    ];
  });
  ctx.out(
    table([['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'], ...rows]),
  );
  // Without --no-stream the real command redraws this table every second until Ctrl+C.
  if (!p.opts.ns)
    return notSimulated(ctx, 'docker stats (a live stream; one sample shown)', 'Add --no-stream for one sample.');
  return 0;
}
