import { expect } from 'vitest';
import { GoalCheckSchema, ScenarioSchema } from '../../../src/schemas/scenario';
import { checkGoal, createScenarioSession, type ScenarioRun } from '../../../src/engines/sim/index';

// Shared by the goal-check tests: a lab session, lines typed into it, and one check's verdict.

/** A lab session whose start state has `images` cached and `vms` defined. */
export function lab(images: string[], vms: Array<{ name: string }>, seed: number): ScenarioRun {
  const scenario = ScenarioSchema.parse({
    id: 'goal-test',
    title: 't',
    summary: 's',
    hints: ['h'],
    solution: ['true'],
    start: { images, vms },
    goal: [{ description: 'd', check: { type: 'session', inside: 'host' } }],
  });
  return createScenarioSession(scenario, { seed });
}

/** Types lines into a lab, failing loudly on output matching `forbidden` (a typo in the test, not a verdict). */
export function typer(forbidden: RegExp): (run: ScenarioRun, ...lines: string[]) => void {
  return (run, ...lines) => {
    for (const line of lines) {
      const text = run.session
        .execute(line)
        .output.map((o) => o.text)
        .join('');
      expect(text, line).not.toMatch(forbidden);
    }
  };
}

/** The verdict of one check, with the schema's defaults applied as when a lab file loads. */
export function verdict(run: ScenarioRun, check: unknown): { met: boolean; detail?: string } {
  const { parts } = checkGoal(run.state(), [{ description: 'd', check: GoalCheckSchema.parse(check) }]);
  const { met, detail } = parts[0]!;
  return detail === undefined ? { met } : { met, detail };
}
