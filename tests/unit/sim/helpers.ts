import { createSession, checkInvariants, type SimSession } from '../../../src/engines/sim/index';

/** Runs a line and returns its text and exit code, asserting the engine's invariants still hold. */
export function run(s: SimSession, line: string): { text: string; code: number } {
  const r = s.execute(line);
  const violations = checkInvariants(s.sim.state);
  if (violations.length) throw new Error(`invariants broken after "${line}": ${violations.join('; ')}`);
  return { text: r.output.map((c) => c.text).join(''), code: r.exitCode };
}

/** A fresh host session with a seed. */
export function fresh(seed = 7): SimSession {
  return createSession({ seed });
}

/** A session with alpine:3.22 pulled. */
export function withAlpine(seed = 7): SimSession {
  const s = fresh(seed);
  run(s, 'docker pull alpine:3.22');
  return s;
}
