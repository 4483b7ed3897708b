import type { Command } from '../shell/types';

/** `sudo CMD…`: learner may run anything as root without a password on the course host. */
export const sudo: Command = {
  name: 'sudo',
  usage: 'sudo COMMAND [ARG]...',
  summary: 'run a command as root (host only)',
  run(argv, ctx) {
    if (argv.length < 2) {
      ctx.err('usage: sudo -h | -K | -k | -V\nusage: sudo [-u user] command [arg ...]\n');
      return 1;
    }
    return ctx.run(argv.slice(1), { ...ctx.frame, uid: 0, user: 'root' }, 0);
  },
};
