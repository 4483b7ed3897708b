import type { Command } from '../shell/types';
import { mounts } from '../shell/procfs';
import { viewOf } from '../shell/view';

/** `mount` lists mounts; mounting needs CAP_SYS_ADMIN, which Docker's default set leaves out (and seccomp blocks). */
export const mount: Command = {
  name: 'mount',
  usage: 'mount [-t TYPE] [SOURCE] [TARGET]',
  summary: 'list or make mounts',
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    if (argv.length === 1) {
      ctx.out(
        mounts(v)
          .split('\n')
          .filter(Boolean)
          .map((l) => {
            const [src, dst, type, opts] = l.split(' ');
            return `${src} on ${dst} type ${type} (${opts})\n`;
          })
          .join(''),
      );
      return 0;
    }
    const target = argv.filter((a) => !a.startsWith('-')).at(-1) ?? '';
    const busybox = v.os.userland === 'busybox';
    const allowed = v.container ? v.container.config.caps.includes('SYS_ADMIN') : ctx.uid === 0;
    if (!allowed) {
      if (ctx.uid !== 0)
        ctx.err(
          `mount: ${target}: must be superuser to use mount.\n       dmesg(1) may have more information after failed mount system call.\n`,
        );
      else
        ctx.err(
          busybox
            ? 'mount: permission denied (are you root?)\n'
            : `mount: ${target}: permission denied.\n       dmesg(1) may have more information after failed mount system call.\n`,
        );
      return busybox ? 255 : 32;
    }
    return 0; // allowed (root, or --privileged / --cap-add SYS_ADMIN): the mount itself is not modelled further
  },
};
