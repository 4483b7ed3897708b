/** Properties that must hold after every command; tests and the fuzzer call this. */
import { HOST, OVERHEAD_MIB } from '../facts';
import { hostMemory } from './memory';
import type { SimState } from './types';

/** Returns a description of each violated invariant (empty when the state is consistent). */
export function checkInvariants(state: SimState): string[] {
  const errors: string[] = [];
  const pids = state.procs.map((p) => p.pid);
  if (new Set(pids).size !== pids.length) errors.push('host PIDs are not unique');
  const mem = hostMemory(state);
  if (mem.usedKiB + mem.freeKiB + mem.buffCacheKiB !== HOST.memMiB * 1024)
    errors.push('used + free + buff/cache ≠ total');
  const rss = state.procs.reduce((s, p) => s + p.rssKiB, 0);
  if (mem.usedKiB !== HOST.kernelBaseMiB * 1024 + rss) errors.push('used ≠ kernel + Σ RSS');
  if (mem.freeKiB < 0) errors.push('host free memory is negative');
  for (const c of state.containers) {
    const procs = state.procs.filter((p) => p.container === c.id);
    const nsPids = procs.map((p) => p.nsPid);
    if (new Set(nsPids).size !== nsPids.length) errors.push(`${c.name}: PIDs not unique in its namespace`);
    if (c.status === 'running' && procs.filter((p) => p.nsPid === 1).length !== 1)
      errors.push(`${c.name}: running without exactly one PID 1`);
    if (c.status !== 'running' && procs.length > 0) errors.push(`${c.name}: ${c.status} but has processes`);
    if (!state.images.has(c.imageId)) errors.push(`${c.name}: its image ${c.imageId.slice(0, 12)} is gone`);
    if (Object.values(state.hostNs).includes(c.ns.pid) || c.ns.mnt === state.hostNs.mnt)
      errors.push(`${c.name}: shares host pid/mnt namespace`);
    if (c.config.memoryBytes > 0 && procs.reduce((s, p) => s + p.rssKiB * 1024, 0) > c.config.memoryBytes)
      errors.push(`${c.name}: over memory.max`);
    if (c.config.pidsLimit > 0 && procs.length > c.config.pidsLimit) errors.push(`${c.name}: over pids.max`);
  }
  const names = state.containers.map((c) => c.name);
  if (new Set(names).size !== names.length) errors.push('container names are not unique');
  const referenced = new Set<string>();
  for (const img of state.images.values()) {
    for (const d of img.layers) {
      referenced.add(d);
      if (!state.layers.has(d)) errors.push(`image ${img.id.slice(0, 12)}: layer ${d.slice(0, 12)} missing`);
    }
  }
  for (const d of state.layers.keys())
    if (!referenced.has(d)) errors.push(`layer ${d.slice(0, 12)}: no image references it`);
  for (const vm of state.vms) {
    const qemu = state.procs.find((p) => p.pid === vm.qemuPid);
    // A domain running on host-b has its qemu process in host-b's process table, not this one.
    if (vm.running && vm.host === undefined && !qemu) errors.push(`${vm.name}: running without a qemu process`);
    if (vm.host !== undefined && vm.qemuPid !== null) errors.push(`${vm.name}: runs on ${vm.host} but has a qemu here`);
    if (new Set(state.vms.map((v) => v.name)).size !== state.vms.length) errors.push('two domains share a name');
    if (qemu && (qemu.rssKiB < OVERHEAD_MIB.qemu * 1024 || qemu.rssKiB > (vm.memMiB + OVERHEAD_MIB.qemu) * 1024))
      errors.push(`${vm.name}: qemu holds ${qemu.rssKiB} KiB, outside its overhead plus guest RAM`);
    if (!vm.running && vm.qemuPid !== null) errors.push(`${vm.name}: shut off but has a qemu process`);
    const gp = vm.procs.map((p) => p.pid);
    if (new Set(gp).size !== gp.length) errors.push(`${vm.name}: guest PIDs not unique`);
  }
  return errors;
}
