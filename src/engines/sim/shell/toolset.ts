/** Which programs exist where: a container has only what its image ships; a VM has its distro's tools. */
import type { Sim } from '../model/types';
import { viewOf } from './view';
import type { Env } from './types';

/** BusyBox applets we model (alpine, busybox, CirrOS). */
const BUSYBOX = [
  'sh',
  'ash',
  'ls',
  'cat',
  'ps',
  'uname',
  'hostname',
  'whoami',
  'id',
  'free',
  'df',
  'mount',
  'sleep',
  'time',
  'date',
  'touch',
  'mkdir',
  'rm',
  'rmdir',
  'which',
  'grep',
  'head',
  'tail',
  'wc',
  'ip',
  'reboot',
  'env',
  'stress',
  'wget',
  'dmesg',
  'lsmod',
  'ping',
  'readlink',
  'chroot',
  'tar',
  'sed',
];
/** The busybox image builds extra applets (httpd); Alpine moved those to the busybox-extras package. */
const BUSYBOX_IMAGE_EXTRAS = ['httpd'];
/** Not on the Debian host: busybox's httpd is not a Debian command, and nginx is not installed there. */
const NOT_ON_HOST = new Set(['httpd', 'nginx']);
/**
 * Debian/Ubuntu *container* images are minimal: no procps (ps, free) and no iproute2 (ip) — a real
 * surprise learners meet. `stress` is provided by the course in every image (a simplification).
 */
const GNU_SLIM = [
  'sh',
  'bash',
  'ls',
  'cat',
  'uname',
  'hostname',
  'whoami',
  'id',
  'df',
  'mount',
  'sleep',
  'date',
  'touch',
  'mkdir',
  'rm',
  'rmdir',
  'which',
  'grep',
  'head',
  'tail',
  'wc',
  'lsns',
  'env',
  'stress',
  'dmesg',
  'readlink',
  'unshare',
  'nsenter',
  'chroot',
  'tar',
  'sed',
];
/** A full Debian VM has the slim set plus procps, iproute2, kmod and systemd's reboot and systemd-analyze. */
const GNU_VM = [...GNU_SLIM, 'ps', 'free', 'ip', 'reboot', 'lsmod', 'systemd-analyze', 'ping'];
/** CirrOS adds sudo to its BusyBox (its issue says "use 'sudo' for root"; cirros-dev/cirros src/etc/sudoers.d). */
const CIRROS_EXTRAS = ['sudo'];

/** True when `name` is installed in `env` (builtins are checked by the caller). */
export function hasTool(sim: Sim, env: Env, name: string): boolean {
  // Under chroot the programs are the unpacked root's: BusyBox's applets in Alpine's minirootfs.
  if (env.kind === 'host' && env.root !== undefined)
    return sim.state.hostFiles.has(`${env.root}/bin/busybox`) && BUSYBOX.includes(name) && !HOST_ONLY.has(name);
  if (env.kind === 'host') return !NOT_ON_HOST.has(name);
  // Chrooted onto the host's root: the host's own programs (its docker CLI and sudo too).
  if (env.kind === 'container' && env.root !== undefined) return !NOT_ON_HOST.has(name);
  const view = viewOf(sim, env);
  if (view.os.userland === 'scratch') return name === 'hello' || name === '/hello';
  if (env.kind === 'container') {
    const image = view.container ? sim.state.images.get(view.container.imageId) : undefined;
    if (image?.extraTools?.includes(name) || (view.os.id === 'busybox' && BUSYBOX_IMAGE_EXTRAS.includes(name)))
      return true;
    return (view.os.userland === 'busybox' ? BUSYBOX : GNU_SLIM).includes(name);
  }
  if (view.os.id === 'cirros' && CIRROS_EXTRAS.includes(name)) return true;
  return (view.os.userland === 'busybox' ? BUSYBOX : GNU_VM).includes(name);
}

/** Which commands are only on the host (the course's docker CLI and virsh live there). */
export const HOST_ONLY = new Set(['docker', 'virsh', 'virt-clone', 'sudo']);

/** A program a container's image ships that the course does not model (python3 in python), as the honest answer's reason. */
export function unmodelledInImage(sim: Sim, env: Env, name: string): string | undefined {
  if (env.kind !== 'container') return undefined;
  const c = viewOf(sim, env).container;
  const image = c ? sim.state.images.get(c.imageId) : undefined;
  return image?.unmodelled?.includes(name) ? `in the ${image.repo || 'built'} image, but the course does not model it` : undefined; // prettier-ignore
}
