/** Memory allocation against limits: a cgroup's memory.max, or the RAM of the kernel you run on. */
import { findContainer, stopContainer } from './containers';
import { guestMemory, hostMemory, containerMemoryBytes } from './memory';
import type { Env, Proc, Sim } from './types';

/** Outcome of growing a process: fine, or the OOM killer chose it (cgroup limit, or whole machine). */
export type AllocResult = { ok: true } | { ok: false; scope: 'cgroup' | 'global' };

/** Grows `proc` by `bytes`; past the limit the kernel OOM-kills it (SIGKILL) and records the event. */
export function allocate(sim: Sim, env: Env, proc: Proc, bytes: number): AllocResult {
  const state = sim.state;
  let room: number;
  let scope: 'cgroup' | 'global' = 'global';
  const c = env.kind === 'container' ? findContainer(state, env.id) : undefined;
  const vm = env.kind === 'vm' ? state.vms.find((v) => v.name === env.name) : undefined;
  if (c && c.config.memoryBytes > 0) {
    room = c.config.memoryBytes - containerMemoryBytes(state, c);
    scope = 'cgroup';
  } else if (vm) room = guestMemory(vm).availableKiB * 1024;
  else room = hostMemory(state).availableKiB * 1024 - 64 * 1024 * 1024; // the kernel keeps a reserve (min_free_kbytes-ish)
  if (bytes <= room) {
    proc.rssKiB += Math.ceil(bytes / 1024);
    return { ok: true };
  }
  // memory.events oom_kill increments; dockerd sets State.OOMKilled on containerd's TaskOOM event.
  if (c) c.oomKilled = true;
  if (c && proc.nsPid === 1) stopContainer(state, c, 137);
  return { ok: false, scope };
}
