import type { Command } from '../shell/types';
import { bashReport, busyboxReport, timesOf } from '../shell/time-report';
import { notSimulated } from './honesty';

/**
 * `time [-p] CMD…`: runs CMD and prints real/user/sys from simulated time. At the start of a bash pipeline the
 * parser takes `time` as the keyword (interp.ts); this is BusyBox's applet, and what `command time` finds.
 */
export const time: Command = {
  name: 'time',
  usage: 'time [-p] COMMAND [ARG]...',
  summary: 'time a command (simulated clock)',
  builtin: true,
  // In bash `time -v` reaches the keyword, which knows only -p (`bash: -v: command not found`); BusyBox's -v/-f/-o/-a
  // below still say they are not simulated.
  surface: { supported: ['-p'], notSimulated: [] },
  run(argv, ctx) {
    let args = argv.slice(1);
    const posix = args[0] === '-p';
    if (posix) args = args.slice(1);
    // GNU time's (and BusyBox's) -v, -f, -o and -a: a report format this course does not produce.
    if (/^-[vfoa]$/.test(args[0] ?? '')) return notSimulated(ctx, `time ${args[0]}`);
    const t0 = ctx.sim.state.clockMs;
    const code = args.length ? ctx.run(args) : 0;
    const t = timesOf(ctx.sim.state.clockMs - t0);
    ctx.err(ctx.frame.shell === 'bash' || posix ? bashReport(t, posix) : busyboxReport(t));
    return code;
  },
};
