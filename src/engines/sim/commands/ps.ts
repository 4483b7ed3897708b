import type { Command, Ctx } from '../shell/types';
import { seenUid, viewOf, type SeenProc, type SysView } from '../shell/view';
import { notSimulated } from './honesty';
import { parseBusyboxPsArgs, parsePsArgs, type PsRequest } from './ps-args';
import { customFormat, forestOrder, userOf } from './ps-format';

/** HH:MM a process started, in simulated wall-clock time. */
function startOf(ctx: Ctx, p: SeenProc): string {
  return new Date(ctx.sim.state.epochMs + p.proc.startMs).toISOString().slice(11, 16);
}

/** Processes in the order asked: by PID, or as a forest with each command's `\_ ` prefix. */
function ordered(procs: SeenProc[], forest: boolean): Array<{ p: SeenProc; tree: string }> {
  return forest ? forestOrder(procs) : procs.map((p) => ({ p, tree: '' }));
}

/** procps `ps aux` rows. */
export function aux(ctx: Ctx, v: SysView, forest: boolean): string {
  const rows = ordered(v.procs, forest).map(({ p, tree }) => {
    const mem = ((p.proc.rssKiB / v.mem.totalKiB) * 100).toFixed(1);
    return `${userOf(p.proc.uid, v).padEnd(8)} ${String(p.pid).padStart(7)}  0.0 ${mem.padStart(4)} ${String(p.proc.vszKiB).padStart(7)} ${String(p.proc.rssKiB).padStart(6)} ${p.proc.tty.padEnd(8)} ${p.proc.comm === 'ps' ? 'R+  ' : p.proc.tty === '?' ? 'Ss  ' : 'Ss+ '} ${startOf(ctx, p)}   0:00 ${tree}${p.proc.args}`;
  });
  return `USER         PID %CPU %MEM     VSZ    RSS TTY      STAT START   TIME COMMAND\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** procps `ps -f` rows. */
export function full(ctx: Ctx, v: SysView, procs: SeenProc[], forest: boolean): string {
  const rows = ordered(procs, forest).map(
    ({ p, tree }) =>
      `${userOf(p.proc.uid, v).padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${startOf(ctx, p)} ${p.proc.tty.padEnd(8)} 00:00:00 ${tree}${p.proc.args}`,
  );
  return `UID          PID    PPID  C STIME TTY          TIME CMD\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** procps's default format: PID, TTY, TIME and the command name. */
export function short(procs: SeenProc[], forest: boolean): string {
  const rows = ordered(procs, forest).map(
    ({ p, tree }) => `${String(p.pid).padStart(7)} ${p.proc.tty.padEnd(8)} 00:00:00 ${tree}${p.proc.comm}`,
  );
  return `    PID TTY          TIME CMD\n${rows.map((r) => `${r}\n`).join('')}`;
}

/** The processes a procps request selects: all (-e), the listed PIDs (-p), or the caller's own on its terminal. */
export function selectProcs(ctx: Ctx, v: SysView, req: Extract<PsRequest, { kind: 'ok' }>): SeenProc[] {
  if (req.all) return v.procs;
  if (req.pids) return v.procs.filter((p) => req.pids?.includes(p.pid));
  return v.procs.filter(
    (p) =>
      seenUid(v, p.proc.uid) === ctx.uid &&
      p.proc.tty === (v.kind === 'vm' ? 'ttyS0' : 'pts/0') &&
      !(v.kind === 'host' && p.proc.container),
  );
}

/** `ps` with procps's formats and selections (-e, -f, aux, -o, -p, --forest): the processes of THIS kernel's view. */
export const ps: Command = {
  name: 'ps',
  usage: 'ps [aux | -ef | -e | -f | -o FORMAT | -p PID | --forest]',
  summary: 'list processes',
  completions: () => ['aux', '-ef', '-e', '-f', '-o', '-p', '--forest'],
  surface: {
    supported: [
      'aux',
      '-ef',
      '-e',
      '-A',
      '-f',
      '-e -f',
      '-o pid,ppid,user,comm,args',
      '-p 1',
      '-ef --forest',
      'auxf',
      '--pid 1',
      '-eo pid,comm',
    ],
    notSimulated: ['-u', '-C', '-l', '-F', '-L', '-T', '-H', 'axjf', 'ax', '--sort', '-o pgid', '-j'],
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
      // procps/ps.c (DESKTOP): "pid,user,time,args", each field padded to its width (5, 8, 5) plus one space; the
      // user name cut at 8; TIME is format_time's "%2u:%02u", so it is right-aligned (" 0:00").
      const rows = v.procs.map(
        (p) => `${String(p.pid).padStart(5)} ${userOf(p.proc.uid, v).slice(0, 8).padEnd(8)}  0:00 ${p.proc.args}`,
      );
      ctx.out(`PID   USER     TIME  COMMAND\n${rows.map((r) => `${r}\n`).join('')}`);
      return 0;
    }
    if (req.format === 'bsd-user') {
      ctx.out(aux(ctx, v, req.forest));
      return 0;
    }
    const procs = selectProcs(ctx, v, req);
    if (req.format === 'custom') ctx.out(customFormat(ctx, v, procs, req.columns ?? [], req.forest));
    else ctx.out(req.format === 'full' ? full(ctx, v, procs, req.forest) : short(procs, req.forest));
    // procps exits 1 when the selection matched no process (`ps -p 99999` prints only the header).
    return procs.length ? 0 : 1;
  },
};
