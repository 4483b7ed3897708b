/**
 * What a host shell sees from namespaces of its own (unshare(1), nsenter(1)) or a chroot(1): the
 * hostname of its UTS namespace, the processes of the PID namespace whose proc is mounted on its
 * /proc (the host's until `--mount-proc` mounts a new one: the classic "ps still shows everything"),
 * and the OS of the directory it was chrooted into.
 */
import { OS } from '../model/catalog';
import type { Env, HostPlace, OsInfo, Sim, SimState } from '../model/types';
import type { SeenProc } from './view';

/** The hostname in the place's UTS namespace. */
export function hostnameIn(state: SimState, place: HostPlace): string {
  const uts = place.ns?.uts;
  if (uts === undefined || uts === state.hostNs.uts) return state.hostname;
  return state.utsNames.get(uts) ?? state.containers.find((c) => c.ns.uts === uts)?.hostname ?? state.hostname;
}

/** The PID namespace whose proc is on /proc in the place's mount namespace. */
export function procPidNs(state: SimState, place: HostPlace): number {
  return (place.ns && state.procMounts.get(place.ns.mnt)) ?? state.hostNs.pid;
}

/** The processes /proc lists, numbered as its PID namespace numbers them. */
export function procsSeen(state: SimState, place: HostPlace): SeenProc[] {
  if (place.root !== undefined && !place.rootProc) return []; // a chroot's /proc is empty until mounted
  // A proc mounted inside the chroot shows the PID namespace of the process that mounted it (proc(5)): after
  // `unshare --pid --fork … chroot DIR sh`, that is sh's new one, not the host's.
  const pidNs = place.root !== undefined ? (place.ns?.pid ?? state.hostNs.pid) : procPidNs(state, place);
  if (pidNs === state.hostNs.pid) return state.procs.map((p) => ({ pid: p.pid, ppid: p.ppid, proc: p }));
  const mine = state.procs.filter((p) => p.ns.pid === pidNs);
  const toNs = new Map(mine.map((p) => [p.pid, p.nsPid ?? 0]));
  return mine.map((p) => ({ pid: p.nsPid ?? 0, ppid: toNs.get(p.ppid) ?? 0, proc: p })).sort((a, b) => a.pid - b.pid);
}

/** The OS of an unpacked root filesystem: Alpine's minirootfs carries /etc/alpine-release. */
export function chrootOs(sim: Sim, root: string): OsInfo {
  return sim.state.hostFiles.has(`${root}/etc/alpine-release`) ? OS.alpine322 : OS.scratch;
}

/** sethostname() on the host side: the caller's own UTS namespace gets the name (the host's, or unshare's). */
export function setHostHostname(state: SimState, env: Env, name: string): void {
  const ns = env.kind === 'host' ? env.ns : undefined;
  if (ns && ns.uts !== state.hostNs.uts) state.utsNames.set(ns.uts, name);
  else state.hostname = name;
}

/** The host uid the kernel checks files against: root of a user namespace is its mapped uid outside. */
export function kernelUid(state: SimState, env: Env, uid: number): number {
  if (env.kind !== 'host' || !env.ns || env.ns.user === state.hostNs.user) return uid;
  return uid === 0 ? (env.mapUid ?? 65534) : uid;
}
