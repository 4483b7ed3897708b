/** What one environment can see of the machine: its kernel, hostname, PID numbering and memory. */
import { HOST } from '../facts';
import { KERNELS, OS } from '../model/catalog';
import { findContainer } from '../model/containers';
import { guestMemory, hostMemory, type MemInfo } from '../model/memory';
import type { Container, HostPlace, KernelInfo, OsInfo, Proc, Sim, Vm } from '../model/types';
import { chrootOs, hostnameIn, procsSeen } from './host-place';
import type { Env } from './types';

/** A process as numbered inside the viewing environment's PID namespace. */
export interface SeenProc {
  pid: number;
  ppid: number;
  proc: Proc;
}

/** The machine as seen from one environment. */
export interface SysView {
  kind: Env['kind'];
  kernel: KernelInfo;
  hostname: string;
  os: OsInfo;
  procs: SeenProc[];
  mem: MemInfo;
  cpus: number;
  container?: Container;
  vm?: Vm;
  /** Seen from a user namespace (unshare --user): the host uid its root maps to (`-r`), if any. */
  userns?: { mapUid?: number };
}

/** Builds the view: a container sees the host kernel but only its own processes, renumbered. */
export function viewOf(sim: Sim, env: Env): SysView {
  const state = sim.state;
  if (env.kind === 'container') {
    const c = findContainer(state, env.id);
    const image = c ? state.images.get(c.imageId) : undefined;
    const mine = state.procs.filter((p) => p.container === env.id);
    const toNs = new Map(mine.map((p) => [p.pid, p.nsPid ?? 0]));
    return {
      kind: 'container',
      kernel: KERNELS.host,
      hostname: c?.hostname ?? '',
      // Chrooted onto the host's root (bind-mounted): the files, and so the OS, are the host's.
      os: env.root !== undefined ? OS.debian13 : (image?.os ?? OS.scratch),
      procs: mine
        .map((p) => ({ pid: p.nsPid ?? 0, ppid: toNs.get(p.ppid) ?? 0, proc: p }))
        .sort((a, b) => a.pid - b.pid),
      // A container's free/meminfo read the host's /proc/meminfo: cgroup limits are not shown there.
      mem: hostMemory(state),
      cpus: HOST.cpus,
      ...(c ? { container: c } : {}),
    };
  }
  if (env.kind === 'vm') {
    const vm = state.vms.find((v) => v.name === env.name);
    if (vm) {
      return {
        kind: 'vm',
        kernel: vm.kernel,
        hostname: vm.hostname,
        os: vm.os,
        procs: vm.procs.map((p) => ({ pid: p.pid, ppid: p.ppid, proc: p })),
        mem: guestMemory(vm),
        cpus: vm.vcpus,
        vm,
      };
    }
  }
  const place: HostPlace = env.kind === 'host' ? env : {};
  return {
    kind: 'host',
    kernel: KERNELS.host,
    hostname: hostnameIn(state, place),
    os: place.root ? chrootOs(sim, place.root) : OS.debian13,
    procs: procsSeen(state, place),
    mem: hostMemory(state),
    cpus: HOST.cpus,
    ...(place.ns && place.ns.user !== state.hostNs.user
      ? { userns: place.mapUid === undefined ? {} : { mapUid: place.mapUid } }
      : {}),
  };
}

/**
 * A process's uid as the viewer's user namespace shows it (user_namespaces(7)): the mapped host uid is 0,
 * and every unmapped one is the overflow uid, 65534 (/proc/sys/kernel/overflowuid).
 */
export function seenUid(v: SysView, uid: number): number {
  if (!v.userns) return uid;
  return v.userns.mapUid === uid ? 0 : 65534;
}

/** The kind and OS of an environment without building its whole view (the filesystem asks this often). */
export function placeOf(sim: Sim, env: Env): { kind: Env['kind']; os: OsInfo } {
  const state = sim.state;
  if (env.kind === 'container') {
    const c = findContainer(state, env.id);
    if (env.root !== undefined) return { kind: 'container', os: OS.debian13 };
    return { kind: 'container', os: (c && state.images.get(c.imageId)?.os) ?? OS.scratch };
  }
  if (env.kind === 'vm') {
    const vm = state.vms.find((v) => v.name === env.name);
    if (vm) return { kind: 'vm', os: vm.os };
  }
  return { kind: 'host', os: env.kind === 'host' && env.root ? chrootOs(sim, env.root) : OS.debian13 };
}
