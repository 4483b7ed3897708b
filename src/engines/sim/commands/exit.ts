import type { Command } from '../shell/types';

/** `exit [N]`: leaves a container shell or VM console; the course's host shell stays open. */
export const exit: Command = {
  name: 'exit',
  usage: 'exit [N]',
  summary: 'leave a container or VM shell',
  builtin: true,
  run(argv, ctx) {
    const code = argv[1] !== undefined && /^\d+$/.test(argv[1]) ? Number(argv[1]) % 256 : 0;
    const env = ctx.frame.env;
    if (ctx.frame.script) {
      ctx.exitShell(code);
      return code;
    }
    if (!ctx.exitShell(code)) {
      ctx.out(
        'This is the course host: the session stays open here. (exit leaves a container shell or a VM console.)\n',
      );
      return 0;
    }
    if (env.kind === 'vm') ctx.out('logout\n');
    else if (ctx.frame.shell === 'bash') ctx.out('exit\n');
    return code;
  },
};
