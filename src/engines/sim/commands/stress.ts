import { allocate } from '../model/oom';
import { mayFork } from '../model/cgroups';
import { forkOnHost } from '../model/fork';
import { reap } from '../model/procs';
import { cgroupOf, findContainer, spawnInContainer } from '../model/containers';
import { parseSize } from '../shell/format';
import type { Command, Ctx } from '../shell/types';
import type { Proc } from '../model/types';
import { notSimulated, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** stress 1.0's options: CPU and VM workers are modelled (their memory is held, as with --vm-keep). */
const SPEC: OptSpec = {
  values: { '--vm': 'vm', '-m': 'vm', '--vm-bytes': 'bytes', '--cpu': 'cpu', '-c': 'cpu', '--timeout': 't', '-t': 't' },
  flags: { '--vm-keep': 'keep', '-q': 'q', '--quiet': 'q' },
  unsimulated: [
    '--io', '-i', '--hdd', '-d', '--hdd-bytes', '--vm-stride', '--vm-hang', '--backoff', '-n', '--dry-run', '-v',
    '--verbose', '-?', '--help', '--version',
  ],
}; // prettier-ignore

/** Real stress has no default duration; the simulator stops a run without --timeout after 10 s. */
const DEFAULT_TIMEOUT_S = 10;

/** Forks one worker in the current environment (in a container the pids cgroup may refuse). */
function forkWorker(ctx: Ctx, parent: Proc): Proc | null {
  const env = ctx.frame.env;
  const state = ctx.sim.state;
  if (env.kind === 'container') {
    const c = findContainer(state, env.id);
    if (!c) return null;
    if (!mayFork(state, cgroupOf(c.id))) return null;
    const w = spawnInContainer(state, c, ['stress'], parent.pid);
    w.args = parent.args;
    return w;
  }
  if (env.kind === 'vm') return null;
  const w = forkOnHost(state, parent.pid, {
    uid: ctx.uid,
    comm: 'stress',
    args: parent.args,
    rssKiB: 100,
    vszKiB: 3800,
    tty: parent.tty,
  });
  return w === 'EAGAIN' ? null : w;
}

/** `stress --vm N --vm-bytes SIZE [--cpu N] [--timeout Ns]`: forks workers that allocate memory / spin CPUs. */
export const stress: Command = {
  name: 'stress',
  usage: 'stress [--cpu N] [--vm N] [--vm-bytes SIZE] [--timeout Ns]  (no --timeout: simulator stops after 10 s)',
  summary: 'load generator (provided by the course)',
  completions: () => ['--vm', '--vm-bytes', '--cpu', '--timeout'],
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), SPEC);
    if (p.unsimulated) return notSimulated(ctx, `stress ${p.unsimulated}`);
    const me = ctx.selfPid;
    if (p.unknown || p.missing || p.args.length) {
      ctx.err(`stress: FAIL: [${me}] (244) unrecognized option: ${p.unknown ?? p.missing ?? p.args[0]}\n`);
      return 1;
    }
    const vm = Number(p.opts.vm ?? 0);
    const cpu = Number(p.opts.cpu ?? 0);
    const bytes = parseSize(String(p.opts.bytes ?? '256M'));
    const secs = p.opts.t === undefined ? DEFAULT_TIMEOUT_S : parseInt(String(p.opts.t), 10);
    if (![vm, cpu, bytes, secs].every((n) => Number.isFinite(n) && n >= 0) || vm > 64 || cpu > 64) {
      ctx.err(`stress: FAIL: [${me}] (271) invalid number in option\n`);
      return 1;
    }
    const parent = ctx.selfProc;
    if (!parent) return 1;
    const info = (text: string) => (p.opts.q ? undefined : ctx.out(`stress: info: [${me}] ${text}\n`));
    info(`dispatching hogs: ${cpu} cpu, 0 io, ${vm} vm, 0 hdd`);
    const workers: Proc[] = [];
    const cleanup = () => reap(ctx.sim.state, (x) => workers.includes(x));
    for (let i = 0; i < cpu + vm; i++) {
      const w = forkWorker(ctx, parent);
      if (!w) {
        cleanup();
        ctx.err(`stress: FAIL: [${me}] (426) fork failed: Resource temporarily unavailable\n`);
        return 1;
      }
      workers.push(w);
      if (i < cpu) {
        w.cpu = 1;
        continue;
      }
      if (!allocate(ctx.sim, ctx.frame.env, w, bytes).ok) {
        cleanup();
        // Line numbers in stress.c 1.0.7 (Debian 13's and every current distribution's build; 1.0.4 said 415/417/451).
        ctx.err(
          `stress: FAIL: [${me}] (425) <-- worker ${w.nsPid ?? w.pid} got signal 9\nstress: WARN: [${me}] (427) now reaping child worker processes\nstress: FAIL: [${me}] (461) failed run completed in 0s\n`,
        );
        return 1;
      }
    }
    const endsAtMs = ctx.sim.state.clockMs + secs * 1000;
    if (ctx.background) {
      for (const w of workers) w.endsAtMs = endsAtMs;
      parent.endsAtMs = endsAtMs;
      ctx.keepSelf();
      return 0;
    }
    ctx.advance(secs * 1000);
    cleanup();
    info(`successful run completed in ${secs}s`);
    return 0;
  },
};
