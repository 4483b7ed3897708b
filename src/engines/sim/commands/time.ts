import type { Command } from '../shell/types';
import { notSimulated } from './honesty';

/** `time [-p] CMD…`: runs CMD and prints real/user/sys from simulated time (bash's keyword, or BusyBox's applet). */
export const time: Command = {
  name: 'time',
  usage: 'time [-p] COMMAND [ARG]...',
  summary: 'time a command (simulated clock)',
  builtin: true,
  surface: { supported: ['-p'], notSimulated: ['-v', '-f', '-o', '-a'] },
  run(argv, ctx) {
    let args = argv.slice(1);
    const posix = args[0] === '-p';
    if (posix) args = args.slice(1);
    // GNU time's (and BusyBox's) -v, -f, -o and -a: a report format this course does not produce.
    if (/^-[vfoa]$/.test(args[0] ?? '')) return notSimulated(ctx, `time ${args[0]}`);
    const t0 = ctx.sim.state.clockMs;
    const code = args.length ? ctx.run(args) : 0;
    const real = ctx.sim.state.clockMs - t0;
    // CPU time is not simulated: a command mostly waits (network, disk, boot), so we show small
    // representative user/sys shares of the real time rather than measured values.
    const user = Math.round(real * 0.04);
    const sys = Math.round(real * 0.03);
    const bash = (ms: number) => `${Math.floor(ms / 60000)}m${((ms % 60000) / 1000).toFixed(3)}s`;
    const ash = (ms: number) => `${Math.floor(ms / 60000)}m ${((ms % 60000) / 1000).toFixed(2)}s`;
    const sec = (ms: number) => (ms / 1000).toFixed(2);
    ctx.err(
      posix
        ? `real ${sec(real)}\nuser ${sec(user)}\nsys ${sec(sys)}\n`
        : ctx.frame.shell === 'bash'
          ? `\nreal\t${bash(real)}\nuser\t${bash(user)}\nsys\t${bash(sys)}\n`
          : `real\t${ash(real)}\nuser\t${ash(user)}\nsys\t${ash(sys)}\n`,
    );
    return code;
  },
};
