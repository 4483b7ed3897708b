/** Pure goal checking: compares the END state with the goal's parts; never counts commands. */
import type { Goal, GoalCheck } from '../../schemas/scenario';
import { findContainer } from './model/containers';
import { findImage, normalizeRef } from './model/images';
import type { Container, Env, SimState } from './model/types';
import { vmStage } from './model/vms';
import { parseSize } from './shell/format';

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

/** Why a container does not match a container check, or null when it does. */
function mismatch(state: SimState, c: Container, k: Extract<GoalCheck, { type: 'container' }>): string | null {
  const image = state.images.get(c.imageId);
  if (k.image !== undefined && c.imageRef !== normalizeRef(k.image) && !image?.tags.includes(normalizeRef(k.image)))
    return `${c.name} runs ${c.imageRef}`;
  if (k.status !== undefined && c.status !== k.status) return `${c.name} is ${c.status}`;
  if (k.exitCode !== undefined && (c.status !== 'exited' || c.exitCode !== k.exitCode))
    return `${c.name} ${c.status === 'exited' ? `exited with ${c.exitCode}` : `is ${c.status}`}`;
  if (k.oomKilled !== undefined && c.oomKilled !== k.oomKilled) return `${c.name}: OOMKilled is ${c.oomKilled}`;
  if (k.memory !== undefined && c.config.memoryBytes !== parseSize(k.memory))
    return `${c.name} has no ${k.memory} memory limit`;
  if (k.pidsLimit !== undefined && c.config.pidsLimit !== k.pidsLimit)
    return `${c.name} has pids limit ${c.config.pidsLimit || 'none'}`;
  if (k.readOnly !== undefined && c.config.readOnly !== k.readOnly)
    return `${c.name} is ${c.config.readOnly ? '' : 'not '}read-only`;
  if (k.network !== undefined && c.config.network !== k.network) return `${c.name} uses network ${c.config.network}`;
  if (k.privileged !== undefined && c.config.privileged !== k.privileged)
    return `${c.name} is ${c.config.privileged ? '' : 'not '}privileged`;
  const missing = (k.capDropped ?? [])
    .map((x) => x.toUpperCase().replace(/^CAP_/, ''))
    .filter((x) => c.config.caps.includes(x));
  if (missing.length) return `${c.name} still has ${missing.join(', ')}`;
  if (k.file) {
    const text = c.files.get(k.file.path);
    if (text === undefined) return `${c.name} has no ${k.file.path} in its writable layer`;
    if (k.file.contains !== undefined && !text.includes(k.file.contains))
      return `${k.file.path} in ${c.name} lacks "${k.file.contains}"`;
  }
  return null;
}

/** Evaluates one check: met, or a short reason for the learner. */
function evaluate(s: GoalState, k: GoalCheck): { met: boolean; detail?: string } {
  const state = s.sim;
  switch (k.type) {
    case 'container': {
      const pool = k.name !== undefined ? state.containers.filter((c) => c.name === k.name) : state.containers;
      if (pool.length === 0)
        return { met: false, detail: k.name ? `no container named ${k.name}` : 'no container yet' };
      const reasons = pool.map((c) => mismatch(state, c, k));
      return reasons.includes(null) ? { met: true } : { met: false, detail: reasons[0] ?? '' };
    }
    case 'no-container': {
      const left = state.containers.filter(
        (c) =>
          (k.name === undefined || c.name === k.name) &&
          (k.image === undefined || c.imageRef === normalizeRef(k.image)),
      );
      return left.length ? { met: false, detail: `${left[0]?.name} still exists` } : { met: true };
    }
    case 'image': {
      const present = findImage(state, k.ref) !== undefined;
      return present === k.present
        ? { met: true }
        : { met: false, detail: `${normalizeRef(k.ref)} is ${present ? 'still' : 'not'} in the local cache` };
    }
    case 'vm': {
      const vm = state.vms.find((v) => v.name === k.name);
      if (!vm) return { met: false, detail: `no VM named ${k.name}` };
      const stage = vmStage(state, vm);
      const ok = k.state === 'shut off' ? !vm.running : k.state === 'running' ? vm.running : stage === 'running';
      return ok
        ? { met: true }
        : {
            met: false,
            detail: `${vm.name} is ${vm.running ? (stage === 'running' ? 'running' : `booting (${stage})`) : 'shut off'}`,
          };
    }
    case 'session': {
      if (k.afterConsole !== undefined && !state.vms.find((v) => v.name === k.afterConsole)?.consoleAttaches)
        return { met: false, detail: `you have not opened ${k.afterConsole}'s console yet` };
      const here = s.location[s.location.length - 1] ?? { kind: 'host' as const };
      if (here.kind !== k.inside)
        return {
          met: false,
          detail: `your shell is on the ${here.kind === 'host' ? 'host' : here.kind === 'vm' ? `VM ${here.name}` : 'container'}`,
        };
      if (here.kind === 'container') {
        const c = findContainer(state, here.id);
        if (k.name !== undefined && c?.name !== k.name)
          return { met: false, detail: `you are in ${c?.name ?? 'another container'}` };
        if (k.image !== undefined && c?.imageRef !== normalizeRef(k.image))
          return { met: false, detail: `this container runs ${c?.imageRef}` };
      }
      if (here.kind === 'vm' && k.name !== undefined && here.name !== k.name)
        return { met: false, detail: `you are on ${here.name}` };
      return { met: true };
    }
  }
}

/** Checks every part of `goal` against the end state. */
export function checkGoal(state: GoalState, goal: Goal): GoalResult {
  const parts = goal.map((p) => ({ description: p.description, ...evaluate(state, p.check) }));
  return { done: parts.every((p) => p.met), parts };
}
