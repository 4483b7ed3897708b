/**
 * What the kernel logs when the OOM killer ends a process (mm/oom_kill.c dump_header, dump_oom_victim and
 * __oom_kill_process; mm/memcontrol.c mem_cgroup_print_oom_meminfo), Linux 6.12. The call trace, the Mem-Info
 * and per-cgroup statistics blocks and the task table a real kernel prints between these lines are left out.
 * Sizes are representative for a stress/tail hog: the program's own mappings (~3.6 MiB) plus what it allocated.
 */
import { memoryMaxEvents } from './cgroups';
import { logKernel } from './kernel-log';
import type { Proc, SimState } from './types';

/** The kernel's `%s invoked oom-killer` … `Killed process` lines for `victim`, limited by `memcg` (or the machine). */
export function logOomKill(
  state: SimState,
  victim: Proc,
  memcg: { path: string; limitBytes: number; swapMaxBytes: number } | undefined,
  askedBytes: number,
): void {
  const comm = victim.comm.slice(0, 15);
  // An anonymous page fault charges with GFP_HIGHUSER_MOVABLE; a large folio adds __GFP_COMP.
  logKernel(state, `${comm} invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0`); // prettier-ignore
  const anonKiB = memcg ? Math.max(0, Math.floor(memcg.limitBytes / 1024) - 1236) : victim.rssKiB;
  if (memcg) {
    const limitKiB = Math.floor(memcg.limitBytes / 1024);
    const swapKiB = memcg.swapMaxBytes > 0 ? Math.floor(memcg.swapMaxBytes / 1024) : 9007199254740988;
    logKernel(state, `memory: usage ${limitKiB}kB, limit ${limitKiB}kB, failcnt ${memoryMaxEvents(1, memcg.limitBytes)}`); // prettier-ignore
    logKernel(state, `swap: usage 0kB, limit ${swapKiB}kB, failcnt 0`);
  }
  const path = memcg?.path ?? victim.cgroup;
  const cpuset = victim.cgroup === '/' ? '/' : (victim.cgroup.split('/').pop() as string);
  logKernel(
    state,
    `oom-kill:constraint=${memcg ? 'CONSTRAINT_MEMCG' : 'CONSTRAINT_NONE'},nodemask=(null),cpuset=${cpuset},mems_allowed=0` +
      `${memcg ? `,oom_memcg=${path}` : ''},task_memcg=${victim.cgroup},task=${comm},pid=${victim.pid},uid=${victim.uid}`,
  );
  // A hog that maps all it asks for up front (stress --vm-bytes) has that much virtual memory; one that grows
  // until killed (tail /dev/zero) has about what it holds.
  const askedKiB = askedBytes < 2 ** 40 ? Math.ceil(askedBytes / 1024) : anonKiB;
  const totalVmKiB = Math.max(askedKiB, anonKiB) + 3720;
  logKernel(
    state,
    `${memcg ? 'Memory cgroup out of memory' : 'Out of memory'}: Killed process ${victim.pid} (${comm}) ` +
      `total-vm:${totalVmKiB}kB, anon-rss:${anonKiB}kB, file-rss:1152kB, shmem-rss:0kB, UID:${victim.uid} ` +
      `pgtables:${Math.ceil(anonKiB / 512) + 48}kB oom_score_adj:0`,
  );
}
