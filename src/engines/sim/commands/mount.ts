import { deviceAt } from '../shell/devices';
import type { Command, Ctx } from '../shell/types';
import type { Container } from '../model/types';
import { listDir, resolvePath } from '../shell/vfs';
import { mounts } from '../shell/procfs';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** util-linux mount: -t and -o are read (then the permission check); the rest of mount is real but not modelled. */
const SPEC: OptSpec = {
  values: { '-t': 't', '--types': 't', '-o': 'o', '--options': 'o' },
  unsimulated: [
    '-a', '--all', '-B', '--bind', '-R', '--rbind', '-M', '--move', '-r', '--read-only', '-w', '--rw',
    '--read-write', '-l', '--show-labels', '-v', '--verbose', '-n', '--no-mtab', '-f', '--fake', '-F', '--fork',
    '-L', '--label', '-U', '--uuid', '-O', '--test-opts', '-T', '--fstab', '-N', '--namespace', '-c',
    '--no-canonicalize', '-s', '-i', '--internal-only', '--make-private', '--make-shared', '--make-slave',
    '--make-rprivate', '--make-rshared', '--make-rslave', '-h', '--help', '-V', '--version',
  ],
}; // prettier-ignore

/** `mount` lists mounts; mounting needs CAP_SYS_ADMIN, which Docker's default set leaves out (and seccomp blocks). */
export const mount: Command = {
  name: 'mount',
  usage: 'mount [-t TYPE] [-o OPTIONS] [SOURCE] [TARGET]',
  summary: 'list or make mounts',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const busybox = v.os.userland === 'busybox';
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
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'mount', p, { busybox });
    if (bad !== null) return bad;
    if (p.args.length === 0) return notSimulated(ctx, 'mount -t TYPE (listing the mounts of one type)');
    const target = p.args.at(-1) ?? '';
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
    // Allowed (root, or --privileged / --cap-add SYS_ADMIN): the host's disk, seen from a container, is modelled.
    const source = p.args.length === 2 ? p.args[0] : undefined;
    const type = p.opts.t;
    // Inside a chroot, `mount -t proc proc /proc` makes the kernel's process list readable there.
    const env = ctx.frame.env;
    if (
      env.kind === 'host' &&
      env.root !== undefined &&
      type === 'proc' &&
      resolvePath(ctx.frame.cwd, target) === '/proc'
    ) {
      env.rootProc = true;
      return 0;
    }
    if (v.container && source && deviceAt(ctx.sim, ctx.frame, source) && (type === undefined || type === 'ext4'))
      return mountHostDisk(ctx, v.container, source, target, busybox);
    return notSimulated(ctx, 'mount (making a mount)');
  },
};

/** `mount /dev/sda1 DIR` in a container that holds the host's devices: DIR shows the host's own files. */
function mountHostDisk(ctx: Ctx, c: Container, source: string, target: string, busybox: boolean): number {
  const dir = resolvePath(ctx.frame.cwd, target);
  if (listDir(ctx.sim, ctx.frame, dir) === undefined) {
    ctx.err(
      busybox
        ? `mount: mounting ${source} on ${target} failed: No such file or directory\n`
        : `mount: ${target}: mount point does not exist.\n`,
    );
    return busybox ? 255 : 32;
  }
  if (source !== '/dev/sda1') {
    // The whole disk starts with a partition table, not a filesystem.
    ctx.err(
      busybox
        ? `mount: mounting ${source} on ${target} failed: Invalid argument\n`
        : `mount: ${target}: wrong fs type, bad option, bad superblock on ${source}, missing codepage or helper program, or other error.\n`,
    );
    return busybox ? 255 : 32;
  }
  c.hostDiskAt = [...(c.hostDiskAt ?? []), dir];
  return 0;
}
