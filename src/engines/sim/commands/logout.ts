/**
 * `logout`: bash's builtin that ends a LOGIN shell (the learner's SSH shell, a shell login started on a VM's
 * console) and refuses any other; BusyBox sh has no such builtin.
 */
import type { Command } from '../shell/types';
import { exit } from './exit';

/** True when the frame's shell is a login shell: the learner's own on the host, or login's on a VM console. */
function isLoginShell(ctx: Parameters<Command['run']>[1]): boolean {
  const env = ctx.frame.env;
  if (env.kind === 'vm')
    return ctx.sim.state.vms.find((v) => v.name === env.name)?.serial.loginPid === ctx.frame.shellPid;
  if (env.kind === 'host')
    return ctx.sim.state.procs.find((p) => p.comm === 'bash' && p.uid === 1000)?.pid === ctx.frame.shellHostPid;
  return false;
}

/** `logout [N]`: as `exit` in a login shell, an error elsewhere. */
export const logout: Command = {
  name: 'logout',
  usage: 'logout [N]',
  summary: 'leave a login shell',
  builtin: true,
  surface: { supported: ['0'], notSimulated: [] },
  run(argv, ctx) {
    if (ctx.frame.shell === 'sh') {
      ctx.err(`sh: ${argv[0]}: not found\n`);
      return 127;
    }
    if (ctx.frame.script || !isLoginShell(ctx)) {
      ctx.err("bash: logout: not login shell: use `exit'\n");
      return 1;
    }
    return exit.run(['exit', ...argv.slice(1)], ctx);
  },
};
