import type { Container, SimState } from '../../model/types';

/** Host PIDs of a container's processes, PID 1 first. */
export function pidsOf(state: SimState, c: Container): number[] {
  return state.procs
    .filter((p) => p.container === c.id)
    .sort((a, b) => (a.nsPid ?? 0) - (b.nsPid ?? 0))
    .map((p) => p.pid);
}
