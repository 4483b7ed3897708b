/**
 * The host's root partition mounted inside a privileged container (`mount /dev/sda1 /mnt`): below that
 * directory the container reads and writes the host's own files. The disk holds only empty mount points
 * for /proc, /sys and /dev (the kernel fills those elsewhere), so they stay empty here. A bind of the host's
 * `/` (`docker run -v /:/host`) reaches the same files (its /proc, /sys and /dev submounts are not modelled).
 */
import { findContainer } from '../model/containers';
import type { Sim } from '../model/types';
import type { Frame } from './types';

/** Where `path` of a container lies on the host disk, and a frame to reach it with; undefined elsewhere. */
export function onHostDisk(sim: Sim, frame: Frame, path: string): { frame: Frame; path: string } | undefined {
  const env = frame.env;
  if (env.kind !== 'container') return undefined;
  const c = findContainer(sim.state, env.id);
  // A read-write bind of the host's `/` (`-v /:/host`) is the host's tree too; a read-only one keeps the mount code's view.
  const binds = (c?.config.mounts ?? []).filter((m) => m.type === 'bind' && m.source === '/' && !m.readOnly);
  const at = [...(c?.hostDiskAt ?? []), ...binds.map((m) => m.target)].find((a) => path === a || path.startsWith(`${a}/`)); // prettier-ignore
  if (at === undefined) return undefined;
  return { frame: { ...frame, env: { kind: 'host' } }, path: path.slice(at.length) || '/' };
}

/** True for what the disk does not hold: the contents of the kernel's own filesystems. */
export function kernelFsPath(path: string): 'mountpoint' | 'inside' | null {
  if (path === '/proc' || path === '/sys' || path === '/dev') return 'mountpoint';
  return /^\/(proc|sys|dev)\//.test(path) ? 'inside' : null;
}
