import type { Command, Ctx } from '../shell/types';
import { viewOf, type SeenProc, type SysView } from '../shell/view';
import { notSimulated } from './honesty';
import { parseBusyboxPsArgs, parsePsArgs } from './ps-args';

/** User names for the uids we model: a guest's from its own accounts (CirrOS's 1000 is cirros). */
function userOf(uid: number, ctx: Ctx): string {
  const account = viewOf(ctx.sim, ctx.frame.env).vm?.accounts.find((a) => a.uid === uid);
  if (account) return account.user;
  return uid === 0 ? 'root' : uid === 1000 ? 'learner' : uid === 64055 ? 'libvirt+' : String(uid);
}

/** HH:MM a process started, in simulated wall-clock time. */
function startOf(ctx: Ctx, p: SeenProc): string {
  return new Date(ctx.sim.state.epochMs + p.proc.startMs).toISOString().slice(11, 16);
}

/** procps `ps aux` rows. */
function aux(ctx: Ctx, v: SysView): string {
  const rows = v.procs.map((p) => {
    const mem = ((p.proc.rssKiB / v.mem.totalKiB) * 100).toFixed(1);
    return `${userOf(p.proc.uid, ctx).padEnd(8)} ${String(p.pid).padStart(7)}  0.0 ${mem.padStart(4)} ${String(p.proc.vszKiB).padStart(7)} ${String(p.proc.rssKiB).padStart(6)} ${p.proc.tty.padEnd(8)} ${p.proc.comm === 'ps' ? 'R+  ' : p.proc.tty === '?' ? 'Ss  ' : 'Ss+ '} ${startOf(ctx, p)}   0:00 ${p.proc.args}`;
  });
  return `USER         PID %CPU %MEM     VSZ    RSS TTY      STAT START   TIME COMMAND\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** procps `ps -f` rows. */
function full(ctx: Ctx, procs: SeenProc[]): string {
  const rows = procs.map(
    (p) =>
      `${userOf(p.proc.uid, ctx).padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${startOf(ctx, p)} ${p.proc.tty.padEnd(8)} 00:00:00 ${p.proc.args}`,
  );
  return `UID          PID    PPID  C STIME TTY          TIME CMD\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** procps's default format: PID, TTY, TIME and the command name. */
function short(procs: SeenProc[]): string {
  const rows = procs.map((p) => `${String(p.pid).padStart(7)} ${p.proc.tty.padEnd(8)} 00:00:00 ${p.proc.comm}`);
  return `    PID TTY          TIME CMD\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** `ps`, `ps aux`, `ps -ef`, `ps -e`, `ps -f`: the processes of THIS kernel's view — a container sees only its own, renumbered. */
export const ps: Command = {
  name: 'ps',
  usage: 'ps [aux | -ef | -e | -f]',
  summary: 'list processes',
  completions: () => ['aux', '-ef', '-e', '-f'],
  surface: {
    supported: ['aux', '-ef', '-e', '-A', '-f', '-e -f'],
    notSimulated: ['-o', '-p', '--forest', '-u', '-C', '-l', '-F', '-L', '-T', '-H', 'axjf', 'ax', '--sort', '--pid'],
  },
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const busybox = v.os.userland === 'busybox';
    const req = (busybox ? parseBusyboxPsArgs : parsePsArgs)(argv.slice(1));
    if (req.kind === 'error') {
      ctx.err(req.text);
      return 1;
    }
    if (req.kind === 'unsimulated') return notSimulated(ctx, req.what);
    if (busybox) {
      const rows = v.procs.map(
        (p) => `${String(p.pid).padStart(5)} ${userOf(p.proc.uid, ctx).padEnd(8)} 0:00 ${p.proc.args}`,
      );
      ctx.out(`PID   USER     TIME  COMMAND\n${rows.map((r) => `${r}\n`).join('')}`);
      return 0;
    }
    if (req.format === 'bsd-user') {
      ctx.out(aux(ctx, v));
      return 0;
    }
    // Without -e: the caller's processes on its own terminal.
    const procs = req.all
      ? v.procs
      : v.procs.filter(
          (p) =>
            p.proc.uid === ctx.uid &&
            p.proc.tty === (v.kind === 'vm' ? 'ttyS0' : 'pts/0') &&
            !(v.kind === 'host' && p.proc.container),
        );
    ctx.out(req.format === 'full' ? full(ctx, procs) : short(procs));
    return 0;
  },
};
