/** `jobs` and `wait` (bash manual, "Job Control Builtins"; BusyBox ash): the shell's background jobs. */
import { reap } from '../model/procs';
import { jobProc, liveJobs } from '../shell/jobs';
import type { Command, Ctx, Job } from '../shell/types';
import { builtinOpts } from './builtin-opts';
import { notSimulated } from './honesty';

/** `[1]-  Running                 sleep 30 &` (bash) or `[1]-  Running                    sleep 30` (ash). */
function jobLine(ctx: Ctx, job: Job, mark: string, pid: boolean): string {
  if (ctx.frame.shell === 'bash')
    return `[${job.id}]${mark} ${pid ? `${job.pid} ` : ' '}${'Running'.padEnd(24)}${job.text}\n`;
  const head = `[${job.id}]${mark}  ${pid ? `${job.pid} ` : ''}Running`;
  return `${head.padEnd(33)}${job.text.replace(/ &$/, '')}\n`;
}

/** `jobs [-l|-p]`: the running background jobs; `+` is the current one, `-` the previous. */
export const jobs: Command = {
  name: 'jobs',
  usage: 'jobs [-lp]',
  summary: 'list background jobs',
  builtin: true,
  surface: { supported: ['-l', '-p'], notSimulated: ['-n', '-r', '-s', '-x'] },
  run(argv, ctx) {
    const o = builtinOpts(ctx, argv, 'lp', 'nrsx', 'jobs [-lnprs] [jobspec ...] or jobs -x command [args]');
    if (typeof o === 'number') return o;
    const bash = ctx.frame.shell === 'bash';
    if (o.args.length && !bash) return notSimulated(ctx, 'jobs JOBSPEC (in BusyBox sh)');
    const list = liveJobs(ctx.sim, ctx.frame);
    const marked = list.map((j, i) => [j, i === list.length - 1 ? '+' : i === list.length - 2 ? '-' : ' '] as const);
    // ash lists the most recent job first.
    let order = bash ? marked : [...marked].reverse();
    let code = 0;
    if (o.args.length) {
      // `jobs %N` lists only those jobs; bash's sh_badjob for one that does not exist (builtins/common.c).
      order = [];
      for (const a of o.args) {
        const hit = marked.find(([j, mark]) => a === `%${j.id}` || ((a === '%%' || a === '%+') && mark === '+'));
        if (hit) order.push(hit);
        else {
          ctx.err(`bash: jobs: ${a}: no such job\n`);
          code = 1;
        }
      }
    }
    for (const [job, mark] of order)
      ctx.out(o.opts.has('p') ? `${job.pid}\n` : jobLine(ctx, job, mark, o.opts.has('l')));
    return code;
  },
};

/** `wait [PID|%JOB…]`: lets simulated time run until the jobs end (a job that never ends is not waited for). */
export const wait: Command = {
  name: 'wait',
  usage: 'wait [PID|%JOB]...',
  summary: 'wait for background jobs',
  builtin: true,
  surface: { supported: [], notSimulated: ['-n', '-f', '-p'] },
  run(argv, ctx) {
    const o = builtinOpts(ctx, argv, '', 'nfp', 'wait [-fn] [-p var] [id ...]');
    if (typeof o === 'number') return o;
    const bash = ctx.frame.shell === 'bash';
    const all = liveJobs(ctx.sim, ctx.frame);
    let chosen: Job[] = all;
    if (o.args.length) {
      chosen = [];
      for (const a of o.args) {
        const job = a.startsWith('%') ? all.find((j) => `%${j.id}` === a) : all.find((j) => String(j.pid) === a);
        if (job) {
          chosen.push(job);
          continue;
        }
        if (!/^%?\d+$/.test(a)) {
          ctx.err(bash ? `bash: wait: \`${a}': not a pid or valid job spec\n` : `sh: wait: Illegal number: ${a}\n`);
          return bash ? 1 : 2;
        }
        if (a.startsWith('%')) ctx.err(`${ctx.frame.shell}: wait: ${a}: no such job\n`);
        else if (bash) ctx.err(`bash: wait: pid ${a} is not a child of this shell\n`);
        return 127;
      }
    }
    const procs = chosen.map((j) => jobProc(ctx.sim, ctx.frame, j.pid));
    if (procs.some((p) => p?.endsAtMs === undefined))
      return notSimulated(
        ctx,
        'wait',
        undefined,
        'this job never ends by itself; a real shell would wait until it is killed',
      );
    const until = Math.max(ctx.sim.state.clockMs, ...procs.map((p) => p?.endsAtMs ?? 0));
    ctx.advance(until - ctx.sim.state.clockMs);
    const done = new Set(procs);
    const env = ctx.frame.env;
    if (env.kind === 'vm') {
      const vm = ctx.sim.state.vms.find((v) => v.name === env.name);
      if (vm) vm.procs = vm.procs.filter((p) => !done.has(p));
    } else reap(ctx.sim.state, (p) => done.has(p));
    liveJobs(ctx.sim, ctx.frame);
    return 0;
  },
};
