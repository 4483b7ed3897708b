/** Memory allocation against limits: the memory.max of the process's cgroup, or the RAM of the kernel you run on. */
import { limitsOf, memoryRoom, recordOom, scopeContainer } from './cgroups';
import { logOomKill } from './oom-log';
import { findContainer, stopContainer } from './containers';
import { guestMemory, hostMemory } from './memory';
import type { Env, Proc, Sim } from './types';

/** Outcome of growing a process: fine, or the OOM killer chose it (cgroup limit, or whole machine). */
export type AllocResult = { ok: true } | { ok: false; scope: 'cgroup' | 'global' };

/** Grows `proc` by `bytes`; past the limit the kernel OOM-kills it (SIGKILL) and records the event. */
export function allocate(sim: Sim, env: Env, proc: Proc, bytes: number): AllocResult {
  const state = sim.state;
  const vm = env.kind === 'vm' ? state.vms.find((v) => v.name === env.name) : undefined;
  // A guest's processes live in the guest kernel's cgroups, not the host's; elsewhere the same rule holds for a
  // container's scope and for a cgroup made by hand.
  const limit = vm ? undefined : memoryRoom(state, proc.cgroup);
  let room: number;
  if (limit) room = limit.room;
  else if (vm) room = guestMemory(vm).availableKiB * 1024;
  else room = hostMemory(state).availableKiB * 1024 - 64 * 1024 * 1024; // the kernel keeps a reserve (min_free_kbytes-ish)
  if (bytes <= room) {
    proc.rssKiB += Math.ceil(bytes / 1024);
    return { ok: true };
  }
  const c = env.kind === 'container' ? findContainer(state, env.id) : undefined;
  if (!vm) {
    const limitBytes = limit ? (limitsOf(state, limit.at)?.memoryMax ?? 0) : 0;
    // Docker's default --memory-swap (twice -m) leaves memory.swap.max equal to memory.max; a hand-made cgroup's is max.
    const swapMaxBytes = limit && scopeContainer(state, limit.at) ? limitBytes : 0;
    logOomKill(state, proc, limit ? { path: limit.at, limitBytes, swapMaxBytes } : undefined, bytes);
  }
  if (limit) recordOom(state, limit.at);
  else if (c) c.oomKilled = true;
  if (c && proc.nsPid === 1) stopContainer(state, c, 137);
  return { ok: false, scope: limit ? 'cgroup' : 'global' };
}
