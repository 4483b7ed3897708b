/** Pure goal checking: compares the END state with the goal's parts; never counts commands. */
import type { Goal, GoalCheck } from '../../schemas/scenario';
import { findContainer } from './model/containers';
import { normalizeRef } from './model/images';
import type { Env, SimState } from './model/types';
import { vmStage } from './model/vms';
import {
  checkContainer,
  checkImage,
  checkNetwork,
  checkNoContainer,
  checkVolume,
  MET,
  unmet,
  type Verdict,
} from './goals-docker';
import { checkCgroup, checkHostFile, checkNetns, checkProcess } from './goals-host';

/** What a goal is checked against: the machine, and where the learner's shell is. */
export interface GoalState {
  sim: SimState;
  /** Environments of the shell stack, host first. */
  location: Env[];
}

/** Per-part verdicts, in the goal's order, plus the overall verdict. */
export interface GoalResult {
  done: boolean;
  parts: Array<{ description: string; met: boolean; detail?: string }>;
}

type Check<T extends GoalCheck['type']> = Extract<GoalCheck, { type: T }>;

/** A VM exists and is in the state asked for. */
function checkVm(state: SimState, k: Check<'vm'>): Verdict {
  const vm = state.vms.find((v) => v.name === k.name);
  if (!vm) return unmet(`no VM named ${k.name}`);
  if (k.state === undefined) return MET;
  const stage = vmStage(state, vm);
  const ok = k.state === 'shut off' ? !vm.running : k.state === 'running' ? vm.running : stage === 'running';
  return ok
    ? MET
    : unmet(`${vm.name} is ${vm.running ? (stage === 'running' ? 'running' : `booting (${stage})`) : 'shut off'}`);
}

/** Where the learner's shell is at the end. */
function checkSession(s: GoalState, k: Check<'session'>): Verdict {
  const state = s.sim;
  if (k.afterConsole !== undefined && !state.vms.find((v) => v.name === k.afterConsole)?.consoleAttaches)
    return unmet(`you have not opened ${k.afterConsole}'s console yet`);
  const here = s.location[s.location.length - 1] ?? { kind: 'host' as const };
  if (here.kind !== k.inside)
    return unmet(
      `your shell is on the ${here.kind === 'host' ? 'host' : here.kind === 'vm' ? `VM ${here.name}` : 'container'}`,
    );
  if (here.kind === 'container') {
    const c = findContainer(state, here.id);
    if (k.name !== undefined && c?.name !== k.name) return unmet(`you are in ${c?.name ?? 'another container'}`);
    if (k.image !== undefined && c?.imageRef !== normalizeRef(k.image))
      return unmet(`this container runs ${c?.imageRef}`);
  }
  if (here.kind === 'vm' && k.name !== undefined && here.name !== k.name) return unmet(`you are on ${here.name}`);
  return MET;
}

/** One evaluator per check type: a new type in the schema fails to compile until it is handled here. */
const CHECKS: { [T in GoalCheck['type']]: (s: GoalState, k: Check<T>) => Verdict } = {
  container: (s, k) => checkContainer(s.sim, k),
  'no-container': (s, k) => checkNoContainer(s.sim, k),
  image: (s, k) => checkImage(s.sim, k),
  vm: (s, k) => checkVm(s.sim, k),
  session: checkSession,
  process: (s, k) => checkProcess(s.sim, k),
  cgroup: (s, k) => checkCgroup(s.sim, k),
  'host-file': (s, k) => checkHostFile(s.sim, k),
  netns: (s, k) => checkNetns(s.sim, k),
  network: (s, k) => checkNetwork(s.sim, k),
  volume: (s, k) => checkVolume(s.sim, k),
};

/** Evaluates one check: met, or a short reason for the learner. */
function evaluate(s: GoalState, k: GoalCheck): Verdict {
  return (CHECKS[k.type] as (s: GoalState, k: GoalCheck) => Verdict)(s, k);
}

/** Checks every part of `goal` against the end state. */
export function checkGoal(state: GoalState, goal: Goal): GoalResult {
  const parts = goal.map((p) => ({ description: p.description, ...evaluate(state, p.check) }));
  return { done: parts.every((p) => p.met), parts };
}
