/**
 * Device nodes under /dev, per environment. The host has /dev/kvm (misc device 10, 232: KVM's interface, which
 * qemu opens to run guests). A container's /dev is Docker's own tmpfs with a few harmless devices; only
 * `--privileged` gives it the host's devices. A guest has no /dev/kvm: its domains disable VT-x (no nesting).
 */
import { findContainer } from '../model/containers';
import type { Sim } from '../model/types';
import type { Frame } from './types';

/** One character device as `ls -l` shows it. */
export interface DeviceNode {
  path: string;
  /** Permission string including the type letter, and `+` when an ACL adds users (getfacl shows them). */
  mode: string;
  group: string;
  major: number;
  minor: number;
}

const NULL: DeviceNode = { path: '/dev/null', mode: 'crw-rw-rw-', group: 'root', major: 1, minor: 3 };
const ZERO: DeviceNode = { path: '/dev/zero', mode: 'crw-rw-rw-', group: 'root', major: 1, minor: 5 };
const URANDOM: DeviceNode = { path: '/dev/urandom', mode: 'crw-rw-rw-', group: 'root', major: 1, minor: 9 };
/**
 * Debian's udev rules give /dev/kvm group kvm, mode 0660, and systemd's uaccess tag an ACL for the user at the
 * machine's local seat. The learner, on SSH and not in group kvm, cannot open it; libvirt's qemu runs in group kvm.
 */
const KVM: DeviceNode = { path: '/dev/kvm', mode: 'crw-rw----+', group: 'kvm', major: 10, minor: 232 };

/** The host's disk and its root partition (block devices 8, 0 and 8, 1; Debian's udev gives them group disk). */
const SDA: DeviceNode = { path: '/dev/sda', mode: 'brw-rw----', group: 'disk', major: 8, minor: 0 };
const SDA1: DeviceNode = { path: '/dev/sda1', mode: 'brw-rw----', group: 'disk', major: 8, minor: 1 };

/** The device nodes the frame's environment has. */
export function devicesOf(sim: Sim, frame: Frame): DeviceNode[] {
  const env = frame.env;
  if (env.kind === 'host') return [KVM, NULL, SDA, SDA1, URANDOM, ZERO];
  // --privileged gives the container the host's /dev: its disk too (docker run reference, "Runtime privilege").
  if (env.kind === 'container' && findContainer(sim.state, env.id)?.config.privileged)
    return [KVM, NULL, SDA, SDA1, URANDOM, ZERO];
  return [NULL, URANDOM, ZERO];
}

/** The device at `path` in the frame's environment, if any. */
export function deviceAt(sim: Sim, frame: Frame, path: string): DeviceNode | undefined {
  return devicesOf(sim, frame).find((d) => d.path === path);
}

/** Reading /dev/kvm: it has no read() at all, so root gets EINVAL; anyone outside group kvm cannot open it. */
export function readKvm(uid: number): { ok: false; errno: 'EACCES' | 'EINVAL' } {
  return uid === 0 ? { ok: false, errno: 'EINVAL' } : { ok: false, errno: 'EACCES' };
}

/** `ls -l` line of a device: `crw-rw----+ 1 root kvm 10, 232 Nov 19 09:00 /dev/kvm` (created when the host booted). */
export function deviceLine(d: DeviceNode, shown: string): string {
  return `${d.mode.padEnd(10)} 1 root ${d.group.padEnd(4)} ${String(d.major).padStart(2)}, ${String(d.minor).padStart(3)} Nov 19 09:00 ${shown}\n`;
}
