/** docker logs and docker stats: output and resource usage of containers. */
import { containerMemoryBytes, hostMemory } from '../../model/memory';
import { HOST } from '../../facts';
import { dockerBytes, table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import { containerOrError, dockerOpts, needArgs, short } from './common';

/** `docker logs NAME`: what PID 1 wrote to stdout/stderr. */
export function dockerLogs(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'logs', argv, {
    flags: { '-f': 'f', '--follow': 'f', '-t': 't', '--timestamps': 't' },
    values: { '-n': 'n', '--tail': 'n' },
  });
  if (typeof p === 'number') return p;
  if (p.args.length !== 1) return needArgs(ctx, 'logs', 'logs [OPTIONS] CONTAINER');
  const c = containerOrError(ctx, p.args[0] as string);
  if (!c) return 1;
  ctx.out(c.logs.join(''));
  return 0;
}

/** `docker stats [--no-stream] [NAME…]`: one sample (the simulator never streams). CPU is capped by --cpus. */
export function dockerStats(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'stats', argv, {
    flags: { '--no-stream': 'ns', '-a': 'a', '--all': 'a', '--no-trunc': 'nt' },
  });
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
        short(c.id),
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
  return 0;
}
