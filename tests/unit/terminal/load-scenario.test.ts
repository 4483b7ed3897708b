import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenarioText } from '../../../src/components/terminal/load-scenario';

const Schema = z.strictObject({ id: z.string(), solution: z.array(z.string()).min(1) });

describe('loadScenario', () => {
  const root = mkdtempSync(join(tmpdir(), 'labs-'));
  mkdirSync(join(root, 'lessons/labs'), { recursive: true });
  writeFileSync(join(root, 'lessons/labs/oom-kill.yaml'), 'id: oom-kill\nsolution: [free -m]\n');

  it('returns the validated data', () => {
    expect(loadScenario(Schema, root, 'oom-kill')).toEqual({ id: 'oom-kill', solution: ['free -m'] });
  });

  it('names the missing file and the scenarios that exist', () => {
    expect(() => loadScenario(Schema, root, 'oom-kil', '/lessons/oom/')).toThrowErrorMatchingInlineSnapshot(`
      [CourseContentError: Isolation Lab: 1 problem in the course content:
        - lessons/labs/oom-kil.yaml: expected a scenario file for <Terminal scenario="oom-kil" /> on /lessons/oom/, found no such file. Hint: known scenarios: oom-kill.]
    `);
  });

  it('names the file and field of an invalid scenario', () => {
    expect(() => parseScenarioText(Schema, 'id: x\nsolution: []\n', 'lessons/labs/x.yaml', 'x'))
      .toThrowErrorMatchingInlineSnapshot(`
      [CourseContentError: Isolation Lab: 1 problem in the course content:
        - lessons/labs/x.yaml › solution: expected at least 1 item, found a list of 0.]
    `);
  });

  it('reports YAML syntax errors and an id that disagrees with the file name', () => {
    expect(() => parseScenarioText(Schema, 'id: [\n', 'lessons/labs/x.yaml', 'x')).toThrow(
      /x\.yaml › line \d+: expected valid YAML/,
    );
    expect(() => parseScenarioText(Schema, 'id: y\nsolution: [a]\n', 'lessons/labs/x.yaml', 'x')).toThrow(
      /x\.yaml › id: expected "x" \(the file name\), found "y"/,
    );
  });
});
