import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ScenarioSchema } from '../../../src/schemas/scenario';
import { checkGoal, checkInvariants, createScenarioSession } from '../../../src/engines/sim/index';

const DIR = join(import.meta.dirname, '../../../lessons/labs');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe('lab scenarios (content self-test)', () => {
  test('there are labs to test', () => expect(files.length).toBeGreaterThanOrEqual(5));

  test.each(files)('%s: valid, not done at start, solution reaches the goal', (file) => {
    const parsed = ScenarioSchema.safeParse(parse(readFileSync(join(DIR, file), 'utf8')));
    if (!parsed.success)
      throw new Error(
        `lessons/labs/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    const scenario = parsed.data;
    expect(`${scenario.id}.yaml`).toBe(file);
    const run = createScenarioSession(scenario, { seed: 1 });
    expect(checkGoal(run.state(), scenario.goal).done).toBe(false);
    for (const line of scenario.solution) {
      const r = run.session.execute(line);
      expect(r.output.map((c) => c.text).join(''), `${file}: "${line}"`).not.toContain('command not found');
      expect(checkInvariants(run.state().sim)).toEqual([]);
    }
    const result = checkGoal(run.state(), scenario.goal);
    expect(result.parts.filter((p) => !p.met)).toEqual([]);
    expect(result.done).toBe(true);
  });
});

describe('checkGoal and the schema', () => {
  test('reports each part with a reason', () => {
    const scenario = ScenarioSchema.parse({
      id: 'x',
      title: 'x',
      summary: 'x',
      hints: ['h'],
      solution: ['true'],
      start: { images: ['alpine:3.22'], containers: [{ name: 'web', image: 'alpine:3.22', memory: '64m' }] },
      goal: [
        { description: 'web runs', check: { type: 'container', name: 'web', status: 'running', memory: '64m' } },
        { description: 'web is read-only', check: { type: 'container', name: 'web', readOnly: true } },
        { description: 'no busybox image', check: { type: 'image', ref: 'busybox', present: false } },
        { description: 'web-vm off', check: { type: 'vm', name: 'web-vm', state: 'booted' } },
        { description: 'in web', check: { type: 'session', inside: 'container', name: 'web' } },
        { description: 'a file', check: { type: 'container', name: 'web', file: { path: '/root/a', contains: 'hi' } } },
      ],
    });
    const run = createScenarioSession(scenario, { seed: 2 });
    expect(checkGoal(run.state(), scenario.goal).parts).toEqual([
      { description: 'web runs', met: true },
      { description: 'web is read-only', met: false, detail: 'web is not read-only' },
      { description: 'no busybox image', met: true },
      { description: 'web-vm off', met: false, detail: 'web-vm is shut off' },
      { description: 'in web', met: false, detail: 'your shell is on the host' },
      { description: 'a file', met: false, detail: 'web has no /root/a in its writable layer' },
    ]);
    run.session.execute('docker exec -it web sh');
    run.session.execute('echo hi > /root/a');
    const after = checkGoal(run.state(), scenario.goal);
    expect(after.parts.map((p) => p.met)).toEqual([true, false, true, false, true, true]);
  });

  test('schema errors name the field', () => {
    const r = ScenarioSchema.safeParse({
      id: 'Bad Id',
      title: 't',
      summary: 's',
      goal: [],
      hints: [],
      solution: ['x'],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['goal', 'hints', 'id']);
    const bad = ScenarioSchema.safeParse({
      id: 'a',
      title: 't',
      summary: 's',
      hints: ['h'],
      solution: ['x'],
      goal: [{ description: 'd', check: { type: 'container', memory: 'lots' } }],
    });
    expect(bad.error?.issues[0]?.message).toBe('expected a size such as "64m" or "1g"');
  });

  test('a broken start state fails loudly with the scenario id', () => {
    expect(() =>
      createScenarioSession({
        id: 'broken',
        title: 't',
        summary: 's',
        hints: ['h'],
        solution: ['x'],
        goal: [{ description: 'd', check: { type: 'session', inside: 'host' } }],
        start: { images: [], containers: [], vms: [{ name: 'nope', running: true }] },
      }),
    ).toThrow('scenario broken: unknown VM "nope"');
  });
});
