import type { Command, Ctx } from '../shell/types';
import { viewOf, type SeenProc, type SysView } from '../shell/view';

/** User names for the uids we model. */
function userOf(uid: number): string {
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
    return `${userOf(p.proc.uid).padEnd(8)} ${String(p.pid).padStart(7)}  0.0 ${mem.padStart(4)} ${String(p.proc.vszKiB).padStart(7)} ${String(p.proc.rssKiB).padStart(6)} ${p.proc.tty.padEnd(8)} ${p.proc.comm === 'ps' ? 'R+  ' : p.proc.tty === '?' ? 'Ss  ' : 'Ss+ '} ${startOf(ctx, p)}   0:00 ${p.proc.args}`;
  });
  return `USER         PID %CPU %MEM     VSZ    RSS TTY      STAT START   TIME COMMAND\n${rows.join('\n')}\n`;
}

/** procps `ps -ef` rows. */
function ef(ctx: Ctx, v: SysView): string {
  const rows = v.procs.map(
    (p) =>
      `${userOf(p.proc.uid).padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${startOf(ctx, p)} ${p.proc.tty.padEnd(8)} 00:00:00 ${p.proc.args}`,
  );
  return `UID          PID    PPID  C STIME TTY          TIME CMD\n${rows.join('\n')}\n`;
}

/** `ps`, `ps aux`, `ps -ef`: the processes of THIS kernel's view — a container sees only its own, renumbered. */
export const ps: Command = {
  name: 'ps',
  usage: 'ps [aux | -ef]',
  summary: 'list processes',
  completions: () => ['aux', '-ef', '-e', '-f'],
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const arg = argv.slice(1).join(' ').replace(/^-/, '');
    if (v.os.userland === 'busybox') {
      // BusyBox ps ignores BSD/SysV selectors and always lists every process it can see.
      const rows = v.procs.map(
        (p) => `${String(p.pid).padStart(5)} ${userOf(p.proc.uid).padEnd(8)} 0:00 ${p.proc.args}`,
      );
      ctx.out(`PID   USER     TIME  COMMAND\n${rows.join('\n')}\n`);
      return 0;
    }
    if (arg === '') {
      const mine = v.procs.filter(
        (p) =>
          p.proc.uid === ctx.uid &&
          p.proc.tty === (v.kind === 'vm' ? 'ttyS0' : 'pts/0') &&
          !(v.kind === 'host' && p.proc.container),
      );
      ctx.out(
        `    PID TTY          TIME CMD\n${mine.map((p) => `${String(p.pid).padStart(7)} ${p.proc.tty.padEnd(8)} 00:00:00 ${p.proc.comm}`).join('\n')}\n`,
      );
      return 0;
    }
    if (['aux', 'ax', 'au', 'eaux'].includes(arg)) {
      ctx.out(aux(ctx, v));
      return 0;
    }
    if (['ef', 'eF', 'ely'].includes(arg) || arg === 'e -f' || arg === 'ef -f') {
      ctx.out(ef(ctx, v));
      return 0;
    }
    // `ps -e` / `ps -A` alone: every process, in the short format (command name only).
    if (arg === 'e' || arg === 'A') {
      ctx.out(
        `    PID TTY          TIME CMD\n${v.procs.map((p) => `${String(p.pid).padStart(7)} ${p.proc.tty.padEnd(8)} 00:00:00 ${p.proc.comm}`).join('\n')}\n`,
      );
      return 0;
    }
    const bad = argv[1] ?? '';
    ctx.err(
      `error: unsupported option (BSD syntax)\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`.replace(
        '(BSD syntax)',
        bad.startsWith('-') ? `option -- '${bad.slice(1, 2)}'` : '(BSD syntax)',
      ),
    );
    return 1;
  },
};
