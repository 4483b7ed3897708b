/** fork() on the host: a child inherits its parent's namespaces and cgroup, and the cgroup's pids.max may refuse it. */
import { mayFork } from './cgroups';
import { spawn, type ProcSpec } from './procs';
import type { Proc, SimState } from './types';

/** The next PID inside a PID namespace made by `unshare --pid` (its first process is 1). */
export function nextPidIn(state: SimState, pidNs: number): number {
  const n = state.pidNsNext.get(pidNs) ?? 1;
  state.pidNsNext.set(pidNs, n + 1);
  return n;
}

/** Forks a host process from `parentPid` (EAGAIN when a pids.max above its cgroup is reached). */
export function forkOnHost(state: SimState, parentPid: number, spec: Omit<ProcSpec, 'ppid'>): Proc | 'EAGAIN' {
  const parent = state.procs.find((p) => p.pid === parentPid);
  const cgroup = parent?.cgroup ?? spec.cgroup ?? '/user.slice/user-1000.slice/session-1.scope';
  if (!mayFork(state, cgroup)) return 'EAGAIN';
  const ns = parent?.ns ?? state.hostNs;
  // In a PID namespace of its own (not a container's: those number their own), the child gets its next PID.
  const inNs = ns.pid !== state.hostNs.pid && parent?.container === undefined;
  return spawn(state, { ...spec, ppid: parentPid, ns, cgroup, ...(inNs ? { nsPid: nextPidIn(state, ns.pid) } : {}) });
}

/**
 * A host process ends. As PID 1 of a PID namespace it takes the namespace's other processes with it
 * (pid_namespaces(7)); an `unshare --fork`, `nsenter` or `sudo` that waited for it as its parent exits too.
 */
export function endHostProcess(state: SimState, pid: number): void {
  const proc = state.procs.find((p) => p.pid === pid);
  if (!proc) return;
  const initOfNs = proc.nsPid === 1 && proc.ns.pid !== state.hostNs.pid && proc.container === undefined;
  const waiter = state.procs.find((p) => p.pid === proc.ppid && WAITERS.includes(p.comm));
  state.procs = state.procs.filter((p) => p !== proc && !(initOfNs && p.ns.pid === proc.ns.pid));
  if (waiter) endHostProcess(state, waiter.pid);
}

/** Programs that fork their command and exit with it: sudo over unshare --fork over its child all go. */
const WAITERS = ['unshare', 'nsenter', 'sudo'];
