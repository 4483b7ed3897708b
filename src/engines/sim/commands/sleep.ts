import { Interrupted } from '../shell/interrupt';
import type { Command } from '../shell/types';
import { viewOf } from '../shell/view';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/**
 * `sleep infinity` waits until it is interrupted; the clock cannot move forever, so it moves this far: 2^31-1 ms
 * (24.8 days), the longest single timer a browser keeps. The terminal waits in real time, so Ctrl+C ends it first.
 */
const FOREVER_MS = 2 ** 31 - 1;
const SPEC: OptSpec = { unsimulated: ['--help', '--version'] };
const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds of one operand (`5`, `0.5`, `2m`, `1h`, `infinity`), or NaN. */
function seconds(arg: string): number {
  if (arg === 'infinity' || arg === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
  return m ? Number(m[1]) * (UNIT[m[2] as string] as number) : NaN;
}

/** `sleep N[smhd]…` (or `sleep N &`): waits in simulated time; in the background it stays a process until then. */
export const sleep: Command = {
  name: 'sleep',
  usage: 'sleep NUMBER[SUFFIX]...',
  summary: 'wait (real time in the terminal, unless fast-forwarded)',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    // A leading `-5` is an option to getopt, as in the real tools.
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'sleep', p, { busybox });
    if (bad !== null) return bad;
    if (p.args.length === 0) {
      ctx.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
      return 1;
    }
    let secs = 0;
    for (const a of p.args) {
      const s = seconds(a);
      if (Number.isNaN(s)) {
        ctx.err(`sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`);
        return 1;
      }
      secs += s;
    }
    const ms = secs * 1000;
    if (ctx.background) {
      if (ctx.selfProc && Number.isFinite(ms)) ctx.selfProc.endsAtMs = ctx.sim.state.clockMs + ms;
      ctx.keepSelf(); // the shell that started it prints the job line (`[1] PID`), not sleep
      return 0;
    }
    const endsAtMs = ctx.sim.state.clockMs + Math.min(ms, FOREVER_MS);
    try {
      ctx.advance(endsAtMs - ctx.sim.state.clockMs);
    } catch (e) {
      // A container's PID 1 has no SIGINT handler, so the kernel ignores the signal docker run passes on:
      // the client stops waiting, sleep keeps running until its time is up (docker-run(1), --sig-proxy).
      if (e instanceof Interrupted && ctx.selfProc?.nsPid === 1) {
        ctx.selfProc.endsAtMs = endsAtMs;
        ctx.keepSelf();
      }
      throw e;
    }
    return 0;
  },
};
