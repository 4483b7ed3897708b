/** Memory accounting: every figure `free`, `docker stats` and /proc/meminfo show is derived from processes. */
import { HOST } from '../facts';
import { containerProcs } from './procs';
import type { Container, SimState, Vm } from './types';

/** Host memory in KiB, as /proc/meminfo and `free` report it. */
export interface MemInfo {
  totalKiB: number;
  usedKiB: number;
  freeKiB: number;
  buffCacheKiB: number;
  availableKiB: number;
}

/** Page cache the host keeps warm at boot; representative, not from FACTS. */
const BASE_CACHE_KIB = 900 * 1024;

/** Host memory: kernel + every process's RSS (qemu holds its guest's RAM; container processes count here). */
export function hostMemory(state: SimState): MemInfo {
  const totalKiB = HOST.memMiB * 1024;
  const usedKiB = HOST.kernelBaseMiB * 1024 + state.procs.reduce((sum, p) => sum + p.rssKiB, 0);
  // Image layers on disk were just written, so they sit in the page cache.
  const layerKiB = [...state.layers.values()].reduce((s, l) => s + Math.round(l.diskBytes / 1024), 0);
  const buffCacheKiB = Math.max(0, Math.min(BASE_CACHE_KIB + layerKiB, totalKiB - usedKiB));
  const freeKiB = totalKiB - usedKiB - buffCacheKiB;
  return { totalKiB, usedKiB, freeKiB, buffCacheKiB, availableKiB: totalKiB - usedKiB };
}

/** A guest kernel's own idea of its RAM: it sees only what the VM was given. */
export function guestMemory(vm: Vm): MemInfo {
  const totalKiB = vm.memMiB * 1024 - 60 * 1024; // firmware/kernel reservations hide ~60 MiB (representative)
  const usedKiB = Math.min(totalKiB, vm.guestUsedMiB * 1024 + vm.procs.reduce((s, p) => s + p.rssKiB, 0));
  const buffCacheKiB = Math.min(totalKiB - usedKiB, Math.round(totalKiB * 0.08));
  return {
    totalKiB,
    usedKiB,
    freeKiB: totalKiB - usedKiB - buffCacheKiB,
    buffCacheKiB,
    availableKiB: totalKiB - usedKiB,
  };
}

/** memory.current of a container's cgroup: its processes' RSS plus what it wrote to its layer's page cache. */
export function containerMemoryBytes(state: SimState, c: Container): number {
  const rss = containerProcs(state, c.id).reduce((s, p) => s + p.rssKiB * 1024, 0);
  const files = [...c.files.values()].reduce((s, f) => s + f.length, 0);
  return rss + files;
}
