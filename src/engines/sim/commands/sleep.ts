import type { Command } from '../shell/types';

/** Longest sleep we simulate in the foreground; a learner waits in simulated, not real, time. */
const MAX_FOREGROUND_MS = 3_600_000;

/** `sleep N` (or `sleep N &`): waits in simulated time; in the background it stays a process until then. */
export const sleep: Command = {
  name: 'sleep',
  usage: 'sleep SECONDS',
  summary: 'wait (simulated time)',
  run(argv, ctx) {
    const arg = argv[1] ?? '';
    const secs = /^\d+(\.\d+)?$/.test(arg) ? Number(arg) : arg === 'infinity' ? Infinity : NaN;
    if (Number.isNaN(secs)) {
      ctx.err(argv[1] === undefined ? 'sleep: missing operand\n' : `sleep: invalid time interval '${arg}'\n`);
      return 1;
    }
    const ms = secs * 1000;
    if (ctx.background) {
      if (ctx.selfProc && Number.isFinite(ms)) ctx.selfProc.endsAtMs = ctx.sim.state.clockMs + ms;
      ctx.keepSelf();
      ctx.out(`[1] ${ctx.selfPid}\n`);
      return 0;
    }
    ctx.advance(Math.min(ms, MAX_FOREGROUND_MS));
    return 0;
  },
};
