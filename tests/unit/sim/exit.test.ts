import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ScenarioSchema } from '../../../src/schemas/scenario';
import { createScenarioSession } from '../../../src/engines/sim/index';
import { run, withAlpine } from './helpers';

// `exit` with no argument ends the shell with the last command's status (POSIX; bash and busybox sh agree).
describe('exit', () => {
  test('with no argument, a container shell exits with the last status, and docker sees it', () => {
    const s = withAlpine();
    run(s, 'docker run -it --name c alpine:3.22 sh');
    run(s, 'false');
    expect(run(s, 'exit').code).toBe(1);
    expect(run(s, "docker inspect -f '{{.State.ExitCode}}' c").text).toBe('1\n');
  });

  test('after a successful command, exit ends with 0', () => {
    const s = withAlpine();
    run(s, 'docker run -it --name c alpine:3.22 sh');
    run(s, 'true');
    run(s, 'exit');
    expect(run(s, "docker inspect -f '{{.State.ExitCode}}' c").text).toBe('0\n');
  });

  test('a number is taken modulo 256, negative ones too', () => {
    const s = withAlpine();
    run(s, 'docker run -it --name c alpine:3.22 sh');
    run(s, 'exit -1');
    expect(run(s, "docker inspect -f '{{.State.ExitCode}}' c").text).toBe('255\n');
    run(s, 'docker run -it --name d alpine:3.22 sh');
    run(s, 'exit 258');
    expect(run(s, "docker inspect -f '{{.State.ExitCode}}' d").text).toBe('2\n');
  });

  test("a word is busybox sh's Illegal number, and the interactive shell stays", () => {
    const s = withAlpine();
    run(s, 'docker run -it --name c alpine:3.22 sh');
    expect(run(s, 'exit abc')).toEqual({ text: 'sh: exit: Illegal number: abc\n', code: 2 });
    expect(s.prompt()).toContain('# ');
    expect(run(s, 'hostname').text).not.toBe('host\n');
  });

  test('in a sh -c script, exit ends the script with its status', () => {
    const s = withAlpine();
    run(s, 'sh -c "exit 3"');
    expect(run(s, 'echo $?').text).toBe('3\n');
    expect(run(s, 'sh -c "false; exit"').code).toBe(1);
  });

  test('the OOM lab: the shell that saw stress fail exits 1, so inspect prints "true 1"', () => {
    const file = join(import.meta.dirname, '../../../lessons/labs/oom-kill.yaml');
    const scenario = ScenarioSchema.parse(parse(readFileSync(file, 'utf8')));
    const lab = createScenarioSession(scenario, { seed: 1 });
    const outputs = scenario.solution.map((line) => ({
      line,
      text: lab.session
        .execute(line)
        .output.map((c) => c.text)
        .join(''),
    }));
    const inspectOomlab = outputs.find((o) => o.line.includes('inspect') && o.line.endsWith('oomlab'));
    expect(inspectOomlab?.text).toBe('true 1\n');
  });
});
