/**
 * A shell under chroot(1): its `/` is a host directory (an unpacked root filesystem), so every path it
 * names is that directory's, except /proc, which stays empty until `mount -t proc proc /proc`. In a
 * container, the new root is the host's own `/` bind-mounted (`-v /:/host`, then `chroot /host`).
 */
import type { Frame } from './types';

/** The host path and a frame outside the chroot for `path` seen from inside it; undefined when not chrooted. */
export function jailPath(frame: Frame, path: string): { frame: Frame; path: string; proc: boolean } | undefined {
  const env = frame.env;
  // In a container, chroot onto the bind-mounted host root: the container's path, which host-disk.ts maps.
  if (env.kind === 'container' && env.root !== undefined)
    return { frame: { ...frame, env: { kind: 'container', id: env.id } }, path: `${env.root}${path === '/' ? '' : path}`, proc: false }; // prettier-ignore
  if (env.kind !== 'host' || env.root === undefined) return undefined;
  const outside: Frame = { ...frame, env: { ...env, root: undefined, rootProc: undefined } };
  // With proc mounted, /proc is the kernel's again (it lists every process: chroot isolates no PIDs).
  const proc = env.rootProc === true && (path === '/proc' || path.startsWith('/proc/'));
  return { frame: outside, path: proc ? path : `${env.root}${path === '/' ? '' : path}`, proc };
}
