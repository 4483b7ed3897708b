/**
 * The host's cgroup v2 tree under /sys/fs/cgroup: every cgroup a process is in (systemd's slices, Docker's
 * `system.slice/docker-<id>.scope`) and those made with mkdir, each with the interface files the course
 * models (Documentation/admin-guide/cgroup-v2.rst). Writing memory.max, pids.max and cgroup.procs changes
 * the same limits the kernel model enforces for containers (model/cgroups.ts).
 */
import { limitsOf, memoryCurrent, memoryMaxEvents, procsUnder, scopeContainer } from '../model/cgroups';
import type { Sim } from '../model/types';
import { cgroupFiles } from './procfs';
import { viewOf } from './view';

const ROOT = '/sys/fs/cgroup';

/** The cgroup path (`/demo`, `` for the root) of a directory under /sys/fs/cgroup, or undefined. */
export function cgroupPathOf(path: string): string | undefined {
  if (path === ROOT) return '';
  return path.startsWith(`${ROOT}/`) ? path.slice(ROOT.length) : undefined;
}

/** Every cgroup on the host: where processes are, their ancestors, and the ones made by hand. */
function allCgroups(sim: Sim): Set<string> {
  const all = new Set<string>(sim.state.cgroups.keys());
  for (const p of sim.state.procs)
    for (let c = p.cgroup; c !== '' && c !== '/'; c = c.slice(0, c.lastIndexOf('/'))) all.add(c);
  return all;
}

/** True when `cg` (a path from the root) is a cgroup directory. */
export function isCgroup(sim: Sim, cg: string): boolean {
  return cg === '' || allCgroups(sim).has(cg);
}

/** Child cgroups of `cg` (names). */
export function childCgroups(sim: Sim, cg: string): string[] {
  const out = new Set<string>();
  for (const c of allCgroups(sim)) if (c.startsWith(`${cg}/`)) out.add(c.slice(cg.length + 1).split('/')[0] as string);
  return [...out];
}

/** `max` for 0 (no limit), the number otherwise, as the kernel prints a limit. */
const limit = (n: number) => (n > 0 ? `${n}\n` : 'max\n');

/** Interface files of a non-root cgroup, generated from the model. */
function interfaceFiles(sim: Sim, cg: string): Record<string, string> {
  const state = sim.state;
  const c = scopeContainer(state, cg);
  const members = state.procs.filter((p) => p.cgroup === cg).map((p) => p.pid);
  const under = procsUnder(state, cg).length;
  const own = state.cgroups.get(cg);
  const lim = limitsOf(state, cg) ?? { memoryMax: 0, pidsMax: 0 };
  const oom = c ? (c.oomKilled ? 1 : 0) : (own?.oomKills ?? 0);
  const files: Record<string, string> = {
    // The root's cgroup.subtree_control, as systemd sets it, decides which controllers a child has.
    'cgroup.controllers': 'cpuset cpu io memory pids\n',
    'cgroup.events': `populated ${under > 0 ? 1 : 0}\nfrozen 0\n`,
    'cgroup.procs': members.map((p) => `${p}\n`).join(''),
    'cgroup.subtree_control': '\n',
    'cgroup.type': 'domain\n',
    'cpu.max': 'max 100000\n',
    'memory.current': `${memoryCurrent(state, cg)}\n`,
    'memory.events': `low 0\nhigh 0\nmax ${memoryMaxEvents(oom, lim.memoryMax)}\noom ${oom}\noom_kill ${oom}\noom_group_kill 0\n`,
    'memory.max': limit(lim.memoryMax),
    'memory.swap.current': '0\n',
    'memory.swap.max': 'max\n',
    'pids.current': `${under}\n`,
    'pids.events': `max ${own?.pidsRefused ?? 0}\n`,
    'pids.max': limit(lim.pidsMax),
  };
  // A container's scope shows from the host what the container sees at its own /sys/fs/cgroup.
  return c ? { ...files, ...cgroupFiles(sim, viewOf(sim, { kind: 'container', id: c.id })) } : files;
}

/** Files of the root cgroup beyond cgroup.controllers (which procfs.ts already gives every view). */
function rootFiles(sim: Sim): Record<string, string> {
  const members = sim.state.procs.filter((p) => p.cgroup === '/' || p.cgroup === '').map((p) => `${p.pid}\n`);
  return { 'cgroup.procs': members.join(''), 'cgroup.subtree_control': 'cpuset cpu io memory pids\n' };
}

/** Listing of a cgroup directory on the host: its interface files and child cgroups; undefined if none. */
export function listCgroupDir(sim: Sim, path: string): string[] | undefined {
  const cg = cgroupPathOf(path);
  if (cg === undefined || !isCgroup(sim, cg)) return undefined;
  const files = cg === '' ? rootFiles(sim) : interfaceFiles(sim, cg);
  return [...Object.keys(files), ...childCgroups(sim, cg)];
}

/** Content of a cgroup interface file on the host, or undefined. */
export function readCgroupFile(sim: Sim, path: string): string | undefined {
  const at = path.lastIndexOf('/');
  const cg = cgroupPathOf(path.slice(0, at));
  if (cg === undefined || !isCgroup(sim, cg)) return undefined;
  return (cg === '' ? rootFiles(sim) : interfaceFiles(sim, cg))[path.slice(at + 1)];
}
