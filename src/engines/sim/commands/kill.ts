/**
 * `kill` (bash manual, "Job Control Builtins"; BusyBox ash): sends a signal to processes or jobs. What
 * is modelled: TERM, INT, HUP and KILL end a process the learner started (a `sleep &`, a container's
 * process); a namespace's PID 1 ignores signals it has no handler for (only KILL from outside reaches it);
 * signal 0 checks that a process exists. Other signals and system processes say "not simulated".
 */
import { findContainer, stopContainer } from '../model/containers';
import { reap } from '../model/procs';
import type { Proc } from '../model/types';
import { jobProc, liveJobs } from '../shell/jobs';
import type { Command, Ctx } from '../shell/types';
import { notSimulated } from './honesty';

/** Linux signal names 1–31 (signal(7)); BusyBox calls 29 POLL, bash IO. */
const NAMES = ('HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP ' +
  'TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS').split(' '); // prettier-ignore
/** Signals whose default action ends the process, as modelled here. */
const ENDS = new Set(['HUP', 'INT', 'TERM', 'KILL']);

/** `9`, `KILL`, `SIGKILL`, `kill` → 9; 0 is the existence check; undefined when no signal. */
export function signalNumber(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n <= 31 || (n >= 34 && n <= 64) ? n : undefined;
  }
  const i = NAMES.indexOf(spec.toUpperCase().replace(/^SIG/, ''));
  return i >= 0 ? i + 1 : undefined;
}

/** bash's `kill -l`: 64 signals, five to a line, tab-separated. */
function bashTable(): string {
  const rt = (n: number) => (n === 34 ? 'RTMIN' : n === 64 ? 'RTMAX' : n < 50 ? `RTMIN+${n - 34}` : `RTMAX-${64 - n}`);
  const nums = [...Array(31).keys()].map((i) => i + 1).concat([...Array(31).keys()].map((i) => i + 34));
  const cells = nums.map((n) => `${String(n).padStart(2)}) SIG${n <= 31 ? NAMES[n - 1] : rt(n)}`);
  let out = '';
  for (let i = 0; i < cells.length; i += 5)
    out += `${cells.slice(i, i + 5).join('\t')}${i + 5 >= cells.length ? '\t' : ''}\n`;
  return out;
}

const USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

/** `kill [-s SIG | -SIG] PID|%JOB…`, `kill -l [SIG]`. */
export const kill: Command = {
  name: 'kill',
  usage: 'kill [-s SIGNAL | -SIGNAL] PID|%JOB... | kill -l [SIGNAL]',
  summary: 'send a signal to a process',
  builtin: true,
  surface: {
    supported: ['-l', '-s TERM', '-9', '-KILL', '-TERM', '-0', '-n 9', '-L'],
    notSimulated: ['-STOP 1', '-CONT 1', '-USR1 1'],
  },
  run(argv, ctx) {
    const bash = ctx.frame.shell === 'bash';
    let args = argv.slice(1);
    if (args[0] === '-l' || args[0] === '-L') {
      if (args[1] === undefined) {
        ctx.out(
          bash
            ? bashTable()
            : NAMES.map((n, i) => `${String(i + 1).padStart(2)}) ${n === 'IO' ? 'POLL' : n}\n`).join(''),
        );
        return 0;
      }
      const spec = args[1];
      const n = /^\d+$/.test(spec) ? Number(spec) % 128 : signalNumber(spec);
      if (n === undefined || n < 1 || n > 31) {
        ctx.err(bash ? `bash: kill: ${spec}: invalid signal specification\n` : `sh: bad signal name '${spec}'\n`);
        return 1;
      }
      ctx.out(/^\d+$/.test(spec) ? `${NAMES[n - 1]}\n` : `${n}\n`);
      return 0;
    }
    let sig = 15;
    const first = args[0];
    if (first === '-s' || first === '-n') {
      if (args[1] === undefined) {
        ctx.err(
          bash
            ? `bash: kill: ${first}: option requires an argument\n`
            : `sh: kill: option requires an argument -- ${first[1]}\n`,
        );
        return bash ? 2 : 1;
      }
      const n = signalNumber(args[1]);
      if (n === undefined) return badSignal(ctx, args[1]);
      sig = n;
      args = args.slice(2);
    } else if (first !== undefined && /^-./.test(first) && first !== '--') {
      const n = first === '-0' ? 0 : signalNumber(first.slice(1));
      if (n === undefined) return badSignal(ctx, first.slice(1));
      sig = n;
      args = args.slice(1);
    } else if (first === '--') args = args.slice(1);
    if (args.length === 0) {
      ctx.err(bash ? USAGE : 'sh: you need to specify whom to kill\n');
      return bash ? 2 : 1;
    }
    const name = sig === 0 ? '0' : (NAMES[sig - 1] ?? String(sig));
    if (sig !== 0 && !ENDS.has(name)) return notSimulated(ctx, `kill -${name}`);
    let code = 0;
    for (const target of args) code = Math.max(code, signalOne(ctx, target, name));
    return code;
  },
};

function badSignal(ctx: Ctx, spec: string): number {
  ctx.err(
    ctx.frame.shell === 'bash'
      ? `bash: kill: ${spec}: invalid signal specification\n`
      : `sh: bad signal name '${spec}'\n`,
  );
  return 1;
}

/** Sends `sig` to one PID or `%job`; returns 0, 1 on an error, or the "not simulated" status. */
function signalOne(ctx: Ctx, target: string, sig: string): number {
  const bash = ctx.frame.shell === 'bash';
  let pid: number;
  if (target.startsWith('%')) {
    const n = target === '%' || target === '%%' || target === '%+' ? undefined : Number(target.slice(1));
    const jobs = liveJobs(ctx.sim, ctx.frame);
    const job = n === undefined ? jobs.at(-1) : jobs.find((j) => j.id === n);
    if (!job) {
      ctx.err(`${ctx.frame.shell}: kill: ${target}: no such job\n`);
      return bash ? 1 : 2;
    }
    pid = job.pid;
  } else if (/^-?\d+$/.test(target)) pid = Number(target);
  else {
    ctx.err(
      bash ? `bash: kill: ${target}: arguments must be process or job IDs\n` : `sh: invalid number '${target}'\n`,
    );
    return 1;
  }
  const fail = (why: string) => {
    ctx.err(bash ? `bash: kill: (${pid}) - ${why}\n` : `sh: can't kill pid ${pid}: ${why}\n`);
    return 1;
  };
  if (pid <= 0)
    return notSimulated(ctx, `kill ${target}`, undefined, 'signals to process groups exist in the real kill');
  const proc = jobProc(ctx.sim, ctx.frame, pid);
  if (!proc) return fail('No such process');
  if (ctx.uid !== 0 && proc.uid !== ctx.uid) return fail('Operation not permitted');
  if (sig === '0') return 0;
  return deliver(ctx, proc, sig);
}

/** What the signal does to `proc`: end it, be ignored by a PID 1, or (system processes) not modelled. */
function deliver(ctx: Ctx, proc: Proc, sig: string): number {
  const state = ctx.sim.state;
  const env = ctx.frame.env;
  const isShell = (p: Proc) => p.pid === ctx.frame.shellHostPid || ['bash', 'sh', 'ash'].includes(p.comm);
  if (proc.nsPid === 1 && proc.container) {
    // The kernel drops signals a namespace's init has no handler for; from the host, KILL still ends it.
    if (env.kind === 'container' || sig !== 'KILL') return 0;
    const c = findContainer(state, proc.container);
    if (c) stopContainer(state, c, 137);
    return 0;
  }
  if (isShell(proc) && sig !== 'KILL') return 0; // an interactive shell ignores TERM and INT
  // What the learner started: a job of this shell, a child of one of its shells, a container's process.
  const shells = ctx.frame.env.kind === 'vm' ? [ctx.frame.shellPid] : [ctx.frame.shellHostPid];
  const isJob = (ctx.frame.jobs ?? []).some((j) => jobProc(ctx.sim, ctx.frame, j.pid) === proc);
  const learners =
    isJob ||
    shells.includes(proc.ppid) ||
    proc.endsAtMs !== undefined ||
    proc.container !== undefined ||
    proc.listen !== undefined;
  if (!learners || isShell(proc))
    return notSimulated(
      ctx,
      `kill -${sig} ${proc.comm}`,
      undefined,
      'signals to system processes and shells exist in the real kill',
    );
  if (env.kind === 'vm') {
    const vm = state.vms.find((v) => v.name === env.name);
    if (vm) vm.procs = vm.procs.filter((p) => p !== proc);
  } else reap(state, (p) => p === proc);
  return 0;
}
