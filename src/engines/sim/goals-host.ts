/** Goal checks over the host kernel's objects: processes, cgroups, files as `cat` reads them, named netns. */
import type { GoalCheck } from '../../schemas/scenario';
import { limitsOf, scopeContainer } from './model/cgroups';
import type { NsKind, SimState } from './model/types';
import { createRng } from './rng';
import { parseSize } from './shell/format';
import { hostFrame } from './shell/frames';
import { readFile } from './shell/vfs';
import { MET, unmet, type Verdict } from './goals-docker';

type Check<T extends GoalCheck['type']> = Extract<GoalCheck, { type: T }>;

/** Where a process differs from a check: the namespace kinds it still shares with PID 1, and its cgroup. */
function processMismatch(state: SimState, p: SimState['procs'][number], k: Check<'process'>): string | null {
  const shared = (k.newNamespaces ?? []).filter((kind: NsKind) => p.ns[kind] === state.hostNs[kind]);
  if (shared.length)
    return `${k.command} (PID ${p.pid}) shares the host's ${shared.join(', ')} namespace${shared.length > 1 ? 's' : ''}`;
  if (k.cgroup !== undefined && p.cgroup !== k.cgroup) return `${k.command} (PID ${p.pid}) is in cgroup ${p.cgroup}`;
  return null;
}

/** A live process on the host named `command` (its comm, as `ps -o comm` shows) matching every field. */
export function checkProcess(state: SimState, k: Check<'process'>): Verdict {
  // A `sleep 5` whose time is up is gone, even if the shell has not yet reaped it from the table.
  const live = state.procs.filter(
    (p) => p.comm === k.command && (p.endsAtMs === undefined || p.endsAtMs > state.clockMs),
  );
  if (!live.length) return unmet(`no ${k.command} process is running on the host`);
  // The newest process is the one the learner most likely means when none matches.
  const reasons = live.reverse().map((p) => processMismatch(state, p, k));
  return reasons.includes(null) ? MET : unmet(reasons[0] ?? '');
}

/** How a limit reads in its interface file: `max` or the number. */
const asFile = (n: number) => (n > 0 ? String(n) : 'max');

/** A cgroup exists with these limits and OOM history. */
export function checkCgroup(state: SimState, k: Check<'cgroup'>): Verdict {
  const exists =
    state.cgroups.has(k.path) || state.procs.some((p) => p.cgroup === k.path || p.cgroup.startsWith(`${k.path}/`));
  if (!exists) return unmet(`no cgroup /sys/fs/cgroup${k.path}`);
  const lim = limitsOf(state, k.path) ?? { memoryMax: 0, pidsMax: 0 };
  if (k.memoryMax !== undefined && lim.memoryMax !== parseSize(k.memoryMax))
    return unmet(`${k.path} memory.max is ${asFile(lim.memoryMax)}`);
  if (k.pidsMax !== undefined && lim.pidsMax !== k.pidsMax)
    return unmet(`${k.path} pids.max is ${asFile(lim.pidsMax)}`);
  const c = scopeContainer(state, k.path);
  const kills = c ? (c.oomKilled ? 1 : 0) : (state.cgroups.get(k.path)?.oomKills ?? 0);
  if (k.oomKilled !== undefined && kills > 0 !== k.oomKilled)
    return unmet(`${k.path} memory.events oom_kill is ${kills}`);
  return MET;
}

/** A host file as root's `cat` reads it: /proc, /sys/fs/cgroup and /etc generated from the model, or written. */
export function checkHostFile(state: SimState, k: Check<'host-file'>): Verdict {
  // Reading never draws random numbers; the rng is only there because the file system takes a whole Sim.
  const sim = { state, rng: createRng(0) };
  const frame = { ...hostFrame(sim), uid: 0, user: 'root', home: '/root', cwd: '/root' };
  const res = readFile(sim, frame, k.path, frame.shellPid, 0);
  if (!k.present) return res.ok ? unmet(`${k.path} still exists`) : MET;
  if (!res.ok) return unmet(res.errno === 'EISDIR' ? `${k.path} is a directory` : `no file ${k.path} on the host`);
  if (k.contains !== undefined && !res.text.includes(k.contains)) return unmet(`${k.path} lacks "${k.contains}"`);
  return MET;
}

/** A named network namespace exists (or not). */
export function checkNetns(state: SimState, k: Check<'netns'>): Verdict {
  const present = state.namedNetns.some((n) => n.name === k.name);
  if (present === k.present) return MET;
  return unmet(present ? `network namespace ${k.name} still exists` : `no network namespace named ${k.name}`);
}
