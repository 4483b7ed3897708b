/**
 * cgroup v2 limits as the kernel applies them, one model for Docker's scopes and for cgroups made by
 * hand: memory.max and pids.max of a cgroup and of every ancestor bound the processes below it
 * (Documentation/admin-guide/cgroup-v2.rst, "Memory" and "PID" controllers).
 */
import { containerMemoryBytes } from './memory';
import type { Container, Proc, SimState } from './types';

/** The running container whose scope is `path` (`/system.slice/docker-<full id>.scope`), if any. */
export function scopeContainer(state: SimState, path: string): Container | undefined {
  const m = /^\/system\.slice\/docker-([0-9a-f]{64})\.scope$/.exec(path);
  return m ? state.containers.find((c) => c.id === m[1] && c.status === 'running') : undefined;
}

/** memory.max and pids.max of one cgroup in bytes and processes (0 = `max`), or undefined if it has none set. */
export function limitsOf(state: SimState, path: string): { memoryMax: number; pidsMax: number } | undefined {
  const c = scopeContainer(state, path);
  if (c) return { memoryMax: c.config.memoryBytes, pidsMax: c.config.pidsLimit };
  return state.cgroups.get(path);
}

/** Processes in `path` or any cgroup below it (what memory.current and pids.current count). */
export function procsUnder(state: SimState, path: string): Proc[] {
  return state.procs.filter((p) => p.cgroup === path || p.cgroup.startsWith(`${path}/`));
}

/** memory.current: a container's processes and its page cache; a hand-made cgroup's processes' memory. */
export function memoryCurrent(state: SimState, path: string): number {
  const c = scopeContainer(state, path);
  return c ? containerMemoryBytes(state, c) : procsUnder(state, path).reduce((s, p) => s + p.rssKiB * 1024, 0);
}

/** `path` and its ancestors up to (not including) the root, innermost first. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let p = path; p !== '' && p !== '/'; p = p.slice(0, p.lastIndexOf('/'))) out.push(p);
  return out;
}

/** Whether fork() may add one process in `path`: the kernel refuses (EAGAIN) at any pids.max on the way up. */
export function mayFork(state: SimState, path: string): boolean {
  for (const at of ancestors(path)) {
    const max = limitsOf(state, at)?.pidsMax ?? 0;
    if (max > 0 && procsUnder(state, at).length >= max) {
      const own = state.cgroups.get(at);
      if (own) own.pidsRefused++;
      return false;
    }
  }
  return true;
}

/** The tightest memory.max above a process in `path`: the bytes left under it and which cgroup it is. */
export function memoryRoom(state: SimState, path: string): { room: number; at: string } | undefined {
  let best: { room: number; at: string } | undefined;
  for (const at of ancestors(path)) {
    const max = limitsOf(state, at)?.memoryMax ?? 0;
    if (max <= 0) continue;
    const room = max - memoryCurrent(state, at);
    if (!best || room < best.room) best = { room, at };
  }
  return best;
}

/** The OOM killer fired in `path`: memory.events max, oom and oom_kill each count it. */
export function recordOom(state: SimState, path: string): void {
  const c = scopeContainer(state, path);
  // dockerd sets State.OOMKilled on containerd's TaskOOM event.
  if (c) c.oomKilled = true;
  const own = state.cgroups.get(path);
  if (own) own.oomKills++;
}

/**
 * memory.events `max` after `ooms` OOM kills under a `limitBytes` memory.max. The kernel counts MEMCG_MAX on every
 * charge that finds the cgroup at its limit (mm/memcontrol.c try_charge_memcg), before each reclaim attempt: the
 * charge that ends in the OOM killer alone counts 1 + MAX_RECLAIM_RETRIES (16); the charges before it that reclaim
 * still satisfied add many more. Representative: one more per 6 pages of the limit, so a 64 MiB hog shows 2747, the
 * order of thousands a real host shows for one greedy run.
 */
export function memoryMaxEvents(ooms: number, limitBytes: number): number {
  return ooms * (17 + Math.floor(limitBytes / 4096 / 6));
}
