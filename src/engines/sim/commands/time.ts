import type { Command } from '../shell/types';

/** `time CMD…`: runs CMD and prints real/user/sys from simulated time. */
export const time: Command = {
  name: 'time',
  usage: 'time COMMAND [ARG]...',
  summary: 'time a command (simulated clock)',
  builtin: true,
  run(argv, ctx) {
    const t0 = ctx.sim.state.clockMs;
    const code = argv.length > 1 ? ctx.run(argv.slice(1)) : 0;
    const real = ctx.sim.state.clockMs - t0;
    // CPU time is not simulated: a command mostly waits (network, disk, boot), so we show small
    // representative user/sys shares of the real time rather than measured values.
    const user = Math.round(real * 0.04);
    const sys = Math.round(real * 0.03);
    const bash = (ms: number) => `${Math.floor(ms / 60000)}m${((ms % 60000) / 1000).toFixed(3)}s`;
    const ash = (ms: number) => `${Math.floor(ms / 60000)}m ${((ms % 60000) / 1000).toFixed(2)}s`;
    ctx.err(
      ctx.frame.shell === 'bash'
        ? `\nreal\t${bash(real)}\nuser\t${bash(user)}\nsys\t${bash(sys)}\n`
        : `real\t${ash(real)}\nuser\t${ash(user)}\nsys\t${ash(sys)}\n`,
    );
    return code;
  },
};
