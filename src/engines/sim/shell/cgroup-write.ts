/**
 * Changing the host's cgroup tree by hand, as cgroup-v2.rst describes: `mkdir` makes a cgroup, writing
 * memory.max / pids.max sets its limits, writing a PID to cgroup.procs moves that process, and `rmdir`
 * removes a cgroup only when no process and no child cgroup is left in it (EBUSY otherwise).
 */
import { procsUnder, scopeContainer } from '../model/cgroups';
import type { Sim, UserCgroup } from '../model/types';
import { cgroupPathOf, childCgroups, isCgroup, readCgroupFile } from './cgroupfs';
import type { Frame } from './types';
import { viewOf } from './view';

/** The errnos writing a cgroup file can meet. */
export type CgroupError = 'EACCES' | 'EINVAL' | 'ESRCH' | 'ENOENT' | 'EEXIST' | 'EBUSY';

/** Files the course lets root write (the others are read-only in the kernel, or not modelled). */
const WRITABLE = ['memory.max', 'pids.max', 'cgroup.procs'];

/** The kernel's memparse: a number with an optional K/M/G/T suffix, or `max`; memory.max keeps whole pages. */
function parseBytes(text: string): number | undefined {
  if (text === 'max') return 0;
  const m = /^(\d+)([KMGT]?)$/i.exec(text);
  if (!m) return undefined;
  const mult = 1024 ** ' KMGT'.indexOf((m[2] || ' ').toUpperCase());
  return Math.floor((Number(m[1]) * mult) / 4096) * 4096;
}

/** The hand-made record of `cg`, made on first write (a systemd slice gets one when root sets a limit). */
function nodeOf(sim: Sim, cg: string): UserCgroup {
  let node = sim.state.cgroups.get(cg);
  if (!node) sim.state.cgroups.set(cg, (node = { memoryMax: 0, pidsMax: 0, oomKills: 0, pidsRefused: 0 }));
  return node;
}

/** Writes `text` to a cgroup interface file (`` opens it, as a redirection does first); null when done. */
export function writeCgroupFile(sim: Sim, frame: Frame, path: string, text: string, uid: number): CgroupError | null {
  const at = path.lastIndexOf('/');
  const cg = cgroupPathOf(path.slice(0, at));
  const file = path.slice(at + 1);
  if (cg === undefined || !isCgroup(sim, cg)) return 'ENOENT';
  // cgroupfs makes no new files, and its files are root's (mode 0644, or 0444 for counters).
  if (readCgroupFile(sim, path) === undefined || uid !== 0 || !WRITABLE.includes(file)) return 'EACCES';
  const value = text.trim();
  if (value === '') return null;
  if (file === 'cgroup.procs') {
    // `echo 0 > cgroup.procs` moves the writer itself: here the shell whose builtin echo writes.
    const seen = viewOf(sim, frame.env).procs.find((p) => String(p.pid) === value);
    const proc = value === '0' ? sim.state.procs.find((p) => p.pid === frame.shellHostPid) : seen?.proc;
    if (!/^\d+$/.test(value)) return 'EINVAL';
    if (!proc) return 'ESRCH';
    proc.cgroup = cg || '/';
    return null;
  }
  const n =
    file === 'memory.max' ? parseBytes(value) : value === 'max' ? 0 : /^\d+$/.test(value) ? Number(value) : undefined;
  if (n === undefined) return 'EINVAL';
  const c = scopeContainer(sim.state, cg);
  if (file === 'memory.max') {
    if (c) c.config.memoryBytes = n;
    else nodeOf(sim, cg).memoryMax = n;
  } else if (c) c.config.pidsLimit = n;
  else nodeOf(sim, cg).pidsMax = n;
  return null;
}

/** `mkdir` under /sys/fs/cgroup: a new child cgroup of an existing one (root only). */
export function makeCgroup(sim: Sim, path: string, uid: number): CgroupError | null {
  const cg = cgroupPathOf(path);
  const parent = cgroupPathOf(path.slice(0, path.lastIndexOf('/')));
  if (cg === undefined || parent === undefined || !isCgroup(sim, parent)) return 'ENOENT';
  if (isCgroup(sim, cg) || readCgroupFile(sim, path) !== undefined) return 'EEXIST';
  if (uid !== 0) return 'EACCES';
  nodeOf(sim, cg);
  return null;
}

/** `rmdir` of a cgroup: refused with EBUSY while a process or a child cgroup is in it. */
export function removeCgroup(sim: Sim, path: string, uid: number): CgroupError | null {
  const cg = cgroupPathOf(path);
  if (cg === undefined || cg === '' || !isCgroup(sim, cg)) return 'ENOENT';
  if (uid !== 0) return 'EACCES';
  if (procsUnder(sim.state, cg).length > 0 || childCgroups(sim, cg).length > 0) return 'EBUSY';
  sim.state.cgroups.delete(cg);
  return null;
}
