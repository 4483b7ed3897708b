/** Pure goal checking for labs on the real kernel: compares a probe report (probe.ts) with the goal's parts. */
import type { RealGoalCheck, RealLab } from '../../schemas/real-lab';
import type { ProbeProcess, ProbeReport } from './probe';

/** Met, or not met with a reason the learner can act on. */
export type RealVerdict = { met: true } | { met: false; detail: string };

/** Per-part verdicts in the goal's order, and whether all are met. */
export interface RealGoalResult {
  done: boolean;
  parts: Array<{ description: string; met: boolean; detail?: string }>;
}

const MET: RealVerdict = { met: true };
const unmet = (detail: string): RealVerdict => ({ met: false, detail });

/** "16M" → 16777216: the units memory.max accepts (powers of 1024). */
export function parseByteSize(size: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!m) throw new Error(`expected a size such as "16M", found "${size}"`);
  const power = { '': 0, k: 1, m: 2, g: 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * 1024 ** power;
}

type Check<T extends RealGoalCheck['type']> = Extract<RealGoalCheck, { type: T }>;

function checkCgroup(r: ProbeReport, k: Check<'cgroup'>): RealVerdict {
  const cg = r.cgroups.find((c) => c.path === k.path);
  if (!cg) return unmet(`there is no cgroup /sys/fs/cgroup${k.path} yet`);
  if (k.memoryMax !== undefined && cg.memoryMax !== parseByteSize(k.memoryMax))
    return unmet(`its memory.max is ${cg.memoryMax ?? 'max'}, not ${parseByteSize(k.memoryMax)} (${k.memoryMax})`);
  if (k.oomKilled && cg.oomKills === 0) return unmet('no process in it has been OOM-killed yet (memory.events)');
  return MET;
}

/** Why a process does not match, or undefined when it does. */
function processMismatch(r: ProbeReport, init: ProbeProcess, p: ProbeProcess, k: Check<'process'>): string | undefined {
  if (k.command !== undefined && p.comm !== k.command) return `no ${k.command} process`;
  const shared = k.newNamespaces.filter((kind) => p.ns[kind] === undefined || p.ns[kind] === init.ns[kind]);
  if (shared.length) return `shares the ${shared.join(', ')} namespace${shared.length > 1 ? 's' : ''} with PID 1`;
  if (k.hostname !== undefined) {
    const name = r.utsHostnames.get(p.ns.uts ?? -1);
    if (name !== k.hostname) return `its hostname is ${name ?? 'unknown'}, not ${k.hostname}`;
  }
  if (k.root !== undefined && p.root !== k.root) return `its root is ${p.root}, not ${k.root} (chroot)`;
  if (k.cgroup !== undefined && p.cgroup !== k.cgroup) return `it is in cgroup ${p.cgroup}, not ${k.cgroup}`;
  return undefined;
}

function checkProcess(r: ProbeReport, k: Check<'process'>): RealVerdict {
  const init = r.processes.find((p) => p.pid === 1);
  if (!init) return unmet('the probe saw no PID 1');
  const candidates = r.processes.filter((p) => p.pid !== 1 && (k.command === undefined || p.comm === k.command));
  if (!candidates.length) return unmet(k.command ? `no ${k.command} process is running` : 'no process matches');
  const reasons = candidates.map((p) => processMismatch(r, init, p, k));
  if (reasons.some((why) => why === undefined)) return MET;
  // The candidate that got furthest is the one whose first mismatch comes last in the order checked above.
  return unmet(reasons.filter((why): why is string => why !== undefined).pop()!);
}

function checkOomLog(r: ProbeReport, k: Check<'oom-log'>): RealVerdict {
  const line = r.oomLog.find((l) => l.includes(`oom_memcg=${k.cgroup},`) || l.endsWith(`oom_memcg=${k.cgroup}`));
  return line ? MET : unmet(`dmesg shows no OOM kill in ${k.cgroup} yet`);
}

/** One evaluator per check type: a new type in the schema fails to compile until it is handled here. */
const CHECKS: { [T in RealGoalCheck['type']]: (r: ProbeReport, k: Check<T>) => RealVerdict } = {
  cgroup: checkCgroup,
  process: checkProcess,
  'oom-log': checkOomLog,
};

/** Checks one part. */
export function checkRealPart(report: ProbeReport, check: RealGoalCheck): RealVerdict {
  return (CHECKS[check.type] as (r: ProbeReport, k: RealGoalCheck) => RealVerdict)(report, check);
}

/** Checks every part of a lab's goal against one probe report. */
export function checkRealGoal(report: ProbeReport, goal: RealLab['goal']): RealGoalResult {
  const parts = goal.map(({ description, check }) => {
    const v = checkRealPart(report, check);
    return v.met ? { description, met: true } : { description, met: false, detail: v.detail };
  });
  return { done: parts.every((p) => p.met), parts };
}
