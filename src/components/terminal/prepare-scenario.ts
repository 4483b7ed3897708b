/** Build-time only: what Terminal.astro renders for a scenario before any JavaScript runs. */
import type { ShellSession } from '../../engines/sim/api';
import { replayLines } from '../../engines/terminal/replay';
import { CourseContentError } from '../../course/problem';
import type { GoalPart } from './checklist';

/** The parts of the simulator this needs (injected, so tests can use a fake). */
export interface ScenarioRunner<Sc, St, G> {
  createScenarioSession(scenario: Sc, opts: { seed: number }): { session: ShellSession; state(): St };
  checkGoal(state: St, goal: G): { done: boolean; parts: GoalPart[] };
}

/** The checklist as it starts, and the recorded replay of the solution. */
export interface PreparedScenario {
  parts: GoalPart[];
  recording: string;
}

/**
 * Replays the solution to record it, and fails the build if it does not reach the goal:
 * a lab whose own solution fails would leave learners stuck.
 */
export function prepareScenario<Sc extends { goal: G; solution: readonly string[] }, St, G>(
  sim: ScenarioRunner<Sc, St, G>,
  scenario: Sc,
  seed: number,
  file: string,
): PreparedScenario {
  const run = sim.createScenarioSession(scenario, { seed });
  const parts = sim.checkGoal(run.state(), scenario.goal).parts;
  const recording = replayLines(run.session, scenario.solution);
  const after = sim.checkGoal(run.state(), scenario.goal);
  if (!after.done) {
    const unmet = after.parts.filter((p) => !p.met).map((p) => `"${p.description}"`);
    throw new CourseContentError([
      {
        file,
        path: 'solution',
        expected: 'commands that reach the goal',
        found: `a solution that leaves ${unmet.join(', ') || 'the goal'} unmet`,
        hint: `replay it with seed ${seed} and check the last lines:\n${recording.split('\n').slice(-6).join('\n')}`,
      },
    ]);
  }
  return { parts, recording };
}
