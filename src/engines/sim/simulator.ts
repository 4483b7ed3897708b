/** Creating a simulator (state + seeded randomness) and a host shell session on it. */
import { createInitialState } from './model/host';
import type { Sim } from './model/types';
import { createRng } from './rng';
import { createShellSession, type SimSession } from './shell/session';

/** Options shared by the factories: the seed makes ids, names and jitter reproducible. */
export interface SimOptions {
  seed?: number;
}

/** A fresh machine: host processes running, no images cached, VMs defined and shut off. */
export function createSimulator(opts: SimOptions = {}): Sim {
  const rng = createRng(opts.seed ?? 1);
  return { state: createInitialState(rng), rng };
}

/** A learner's shell on the host of a fresh simulator. */
export function createSession(opts: SimOptions = {}): SimSession {
  return createShellSession(createSimulator(opts));
}
