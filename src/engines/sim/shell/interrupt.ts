/**
 * Ctrl+C as a real shell has it: SIGINT to the foreground job at the moment the learner pressed it. A line runs at
 * once (the engine is pure and synchronous); the terminal then plays its output in real time. When Ctrl+C comes
 * `elapsedMs` into that playback, the session rewinds to the snapshot taken before the line and runs it again with
 * a deadline: the first wait that crosses it stops there (the clock at the deadline, the job killed, status 130),
 * so whatever the line had done by then stays done (layers pulled so far, a VM that keeps booting) and nothing after.
 */
import type { ShellCore } from './core';
import type { AdvanceOpts, Deadline, Frame } from './types';
import type { SimState } from '../model/types';

/** bash's status for a job killed by SIGINT: 128 + 2. */
export const SIGINT_STATUS = 130;

/** Thrown by a wait that reaches the deadline: unwinds the whole line, as SIGINT ends the foreground job. */
export class Interrupted {
  readonly status = SIGINT_STATUS;
}

/**
 * Moves the clock `ms` forward, unless the deadline comes first: a program's wait stops at it and throws
 * Interrupted; a daemon's wait runs to its end (the client dies, the daemon does not) and the job ends after.
 */
export function advanceClock(state: SimState, deadline: Deadline | null, ms: number, opts: AdvanceOpts = {}): void {
  const step = Math.max(0, Math.round(ms));
  if (deadline && state.clockMs + step > deadline.atMs) {
    if (opts.daemon) {
      deadline.pending = true;
    } else {
      state.clockMs = Math.max(state.clockMs, deadline.atMs);
      throw stop(deadline);
    }
  }
  state.clockMs += step;
}

/** Ends the job after a command whose daemon-side wait crossed the deadline. */
export function endIfPending(deadline: Deadline | null): void {
  if (deadline?.pending) throw stop(deadline);
}

function stop(deadline: Deadline): Interrupted {
  deadline.onStop?.();
  deadline.onStop = undefined;
  return new Interrupted();
}

/** What a line may change, as it was before the line ran. */
export interface Snapshot {
  state: SimState;
  frames: Frame[];
  hist: string[];
  lastExit: number;
  subStatus: number;
  rng: number;
}

/** Copies what a line may change (a structured clone: the state is plain data with Maps and Sets). */
export function takeSnapshot(core: ShellCore): Snapshot {
  const { state, frames, hist } = structuredClone({ state: core.sim.state, frames: core.frames, hist: core.hist });
  return { state, frames, hist, lastExit: core.lastExit, subStatus: core.subStatus, rng: core.sim.rng.save() };
}

/** Puts the session back as the snapshot has it; the state object keeps its identity (goal checks hold it). */
export function restoreSnapshot(core: ShellCore, snap: Snapshot): void {
  const state = core.sim.state as unknown as Record<string, unknown>;
  for (const key of Object.keys(state)) delete state[key];
  Object.assign(state, snap.state);
  core.frames = snap.frames;
  core.hist = snap.hist;
  core.lastExit = snap.lastExit;
  core.subStatus = snap.subStatus;
  core.sim.rng.restore(snap.rng);
}
