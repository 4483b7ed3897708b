/** Creating and ending processes in the host's process table (container processes live there too). */
import type { NsSet, Proc, SimState } from './types';

/** The parts of a process a caller chooses; PIDs and start time are assigned here. */
export type ProcSpec = Omit<Proc, 'pid' | 'startMs' | 'ns' | 'cgroup' | 'tty'> &
  Partial<Pick<Proc, 'ns' | 'cgroup' | 'tty'>>;

/** Adds a process with the next free host PID (PIDs are never reused here; Linux wraps at pid_max). */
export function spawn(state: SimState, spec: ProcSpec): Proc {
  const proc: Proc = {
    tty: '?',
    ns: state.hostNs,
    cgroup: '/user.slice/user-1000.slice/session-1.scope',
    ...spec,
    pid: state.nextPid++,
    startMs: state.clockMs,
  };
  state.procs.push(proc);
  return proc;
}

/** Removes processes matching `test` from the host table. */
export function reap(state: SimState, test: (p: Proc) => boolean): Proc[] {
  const gone = state.procs.filter(test);
  state.procs = state.procs.filter((p) => !test(p));
  return gone;
}

/** Allocates a fresh namespace inode, numbered like the kernel's (4026532xxx, after the initial ones). */
export function newNsInode(state: SimState): number {
  return state.nextNsInode++;
}

/** A copy of `base` with fresh inodes for the namespace kinds in `fresh`. */
export function unshare(state: SimState, base: NsSet, fresh: Array<keyof NsSet>): NsSet {
  const ns = { ...base };
  for (const kind of fresh) ns[kind] = newNsInode(state);
  return ns;
}

/** Processes of one container, ordered by their PID inside the container. */
export function containerProcs(state: SimState, id: string): Proc[] {
  return state.procs.filter((p) => p.container === id).sort((a, b) => (a.nsPid ?? 0) - (b.nsPid ?? 0));
}
