/** Builds an exercise's start state and hands the learner a session on it. */
import type { Scenario } from '../../schemas/scenario';
import type { GoalState } from './goals';
import { preloadImage } from './model/images';
import { startVm, vmReadyAt } from './model/vms';
import { createShellSession, type SimSession } from './shell/session';
import { createSimulator, type SimOptions } from './simulator';

/** A scenario session: the learner's shell, and the state goals are checked against. */
export interface ScenarioRun {
  session: SimSession;
  state(): GoalState;
}

/** Shell-quotes one word for a setup command line. */
function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The input shape scenarios arrive in at runtime: defaults may not be applied yet. */
type ScenarioLike = Omit<Scenario, 'start'> & { start?: Partial<Scenario['start']> };

/**
 * Creates the start state: cached images, containers started with real `docker run -d` lines (so they
 * are built exactly as a learner's would be), and VMs already booted. Throws, naming the scenario, if
 * the start cannot be built — an authoring error that the content tests catch at build time.
 */
export function createScenarioSession(scenario: ScenarioLike, opts: SimOptions = {}): ScenarioRun {
  const sim = createSimulator(opts);
  const start = scenario.start ?? {};
  for (const ref of start.images ?? []) preloadImage(sim.state, ref);
  const setup = createShellSession(sim);
  for (const c of start.containers ?? []) {
    const flags = [
      `--name ${quote(c.name)}`,
      c.memory ? `-m ${quote(c.memory)}` : '',
      c.readOnly ? '--read-only' : '',
      c.network ? `--network ${c.network}` : '',
    ];
    const line = `docker run -dit ${flags.filter(Boolean).join(' ')} ${quote(c.image)} ${(c.command ?? []).map(quote).join(' ')}`;
    const res = setup.execute(line);
    if (res.exitCode !== 0)
      throw new Error(
        `scenario ${scenario.id}: start container ${c.name}: ${res.output
          .map((o) => o.text)
          .join('')
          .trim()}`,
      );
  }
  for (const v of start.vms ?? []) {
    const vm = sim.state.vms.find((x) => x.name === v.name);
    if (!vm)
      throw new Error(
        `scenario ${scenario.id}: unknown VM "${v.name}" (defined: ${sim.state.vms.map((x) => x.name).join(', ')})`,
      );
    if (v.running === false) continue;
    startVm(sim.state, sim.rng, vm);
    sim.state.clockMs = vmReadyAt(vm);
  }
  const session = createShellSession(sim);
  return { session, state: () => ({ sim: sim.state, location: session.location() }) };
}
