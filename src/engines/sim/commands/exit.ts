import { gettyIssue } from '../model/guest-boot';
import type { Command, Ctx } from '../shell/types';

/** The status `exit ARGS` ends with, or the error the shell prints and the status it returns without exiting. */
function statusOf(argv: string[], ctx: Ctx): { code: number } | { error: string; code: number; stay: boolean } {
  const sh = ctx.frame.shell;
  // POSIX: with no argument, exit uses the status of the last command, as bash and busybox sh both do.
  if (argv.length < 2) return { code: ctx.lastStatus() };
  const arg = argv[1] as string;
  if (!/^[+-]?\d+$/.test(arg))
    return sh === 'bash'
      ? { error: `bash: exit: ${arg}: numeric argument required`, code: 2, stay: false }
      : { error: `sh: exit: Illegal number: ${arg}`, code: 2, stay: !ctx.frame.script };
  if (argv.length > 2 && sh === 'bash') return { error: 'bash: exit: too many arguments', code: 1, stay: true };
  return { code: ((Number(arg) % 256) + 256) % 256 };
}

/** `exit [N]`: leaves a container shell or logs out of a VM console; the course's host shell stays open. */
export const exit: Command = {
  name: 'exit',
  usage: 'exit [N]',
  summary: 'leave a container or VM shell',
  builtin: true,
  surface: { supported: ['0', '1'], notSimulated: [] },
  run(argv, ctx) {
    const status = statusOf(argv, ctx);
    if ('error' in status) {
      ctx.err(`${status.error}\n`);
      if (status.stay) return status.code;
    }
    const code = status.code;
    const env = ctx.frame.env;
    if (ctx.frame.script) {
      ctx.exitShell(code);
      return code;
    }
    const vm = env.kind === 'vm' ? ctx.sim.state.vms.find((v) => v.name === env.name) : undefined;
    const consoleLogin = vm !== undefined && vm.serial.loginPid === ctx.frame.shellPid;
    if (!ctx.exitShell(code)) {
      ctx.out(
        'This is the course host: the session stays open here. (exit leaves a container shell or a VM console.)\n',
      );
      return code;
    }
    // bash says "logout" when a login shell ends, "exit" otherwise; BusyBox sh says nothing. When the login
    // shell on a serial console ends, init starts a new getty there: it prints /etc/issue and asks for a name.
    if (ctx.frame.shell === 'bash') ctx.out(consoleLogin ? 'logout\n' : 'exit\n');
    if (consoleLogin) ctx.out(gettyIssue(vm));
    return code;
  },
};
