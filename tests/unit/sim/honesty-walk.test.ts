/**
 * The honesty rule, walked: every command declares the real tool's options and subcommands it knows
 * (Command.surface). Each declared "not simulated" one must answer the course's one message with exit
 * 126; each declared supported one must never print it; a typo must get an error, not that message.
 */
import { describe, expect, test } from 'vitest';
import { COMMANDS } from '../../../src/engines/sim/commands/registry';
import { NOT_SIMULATED, NOT_SIMULATED_STATUS } from '../../../src/engines/sim/commands/honesty';
import { OS } from '../../../src/engines/sim/model/catalog';
import { knownNames } from '../../../src/engines/sim/shell/known-programs';
import { hasTool } from '../../../src/engines/sim/shell/toolset';
import type { SimSession } from '../../../src/engines/sim/index';
import { fresh, run } from './helpers';

/** A fresh session where `name` runs: the host, or a container of an image that has it (httpd, nginx). */
function sessionFor(name: string): SimSession {
  const s = fresh();
  const cmd = COMMANDS.get(name);
  if (cmd && !cmd.builtin && !hasTool(s.sim, { kind: 'host' }, name))
    run(s, name === 'nginx' ? 'docker run -it nginx bash' : 'docker run -it busybox sh');
  return s;
}

/** Runs `name probe` in a fresh session. */
function probe(name: string, args: string): { text: string; code: number } {
  return run(sessionFor(name), `${name} ${args}`.trim());
}

const commands = [...new Set(COMMANDS.values())];
/** Commands that take no options at all, as in the real shells and programs (they print or ignore them). */
const TAKE_ANY = new Set(['echo', 'true', 'false', ':', 'test', 'hello', 'time', 'exit']);

describe('every command declares its surface', () => {
  test('each command has one, and no probe is both supported and not simulated', () => {
    for (const c of commands) {
      const both = c.surface.supported.filter((p) => c.surface.notSimulated.includes(p));
      expect(both, c.name).toEqual([]);
    }
    const total = commands.reduce((n, c) => n + c.surface.notSimulated.length, 0);
    expect(total).toBeGreaterThan(500);
  });
});

describe.each(commands.map((c) => [c.name, c] as const))('%s', (name, cmd) => {
  if (cmd.surface.notSimulated.length)
    test.each(cmd.surface.notSimulated.map((p) => [p]))(`${name} %s says "not simulated" (exit 126)`, (args) => {
      const r = probe(name, args);
      expect(r.text).toContain(NOT_SIMULATED);
      expect(r.text.startsWith(name) || r.text.includes(`\n${name}`)).toBe(true); // it names the command
      expect(r.code).toBe(NOT_SIMULATED_STATUS);
    });

  if (cmd.surface.supported.length)
    test(`its ${cmd.surface.supported.length} supported probes never say "not simulated"`, () => {
      for (const args of cmd.surface.supported)
        expect(probe(name, args).text, `${name} ${args}`).not.toContain(NOT_SIMULATED);
    });

  test(`${name} --no-such-flag is ${TAKE_ANY.has(name) ? 'taken as the real one takes it' : 'a typo: an error'}, never "not simulated"`, () => {
    const r = probe(name, '--no-such-flag');
    expect(r.text).not.toContain(NOT_SIMULATED);
    if (!TAKE_ANY.has(name)) expect(r.code).not.toBe(0);
  });
});

/** Where the walk runs each list of real-but-unmodelled programs, and how to get a shell there. */
const PLACES = [
  { label: 'the Debian host', enter: [] as string[], kind: 'host', os: OS.debian13, shell: 'bash' },
  {
    label: 'an Alpine container',
    enter: ['docker run -it alpine:3.22 sh'],
    kind: 'container',
    os: OS.alpine322,
    shell: 'sh',
  },
  {
    label: 'a Debian slim container',
    enter: ['docker run -it debian:13-slim'],
    kind: 'container',
    os: OS.debian13,
    shell: 'bash',
  },
  {
    label: 'the web-vm guest',
    enter: ['virsh start web-vm', 'virsh console web-vm', 'root', 'isolationlab'],
    kind: 'vm',
    os: OS.debian13,
    shell: 'bash',
  },
] as const;

describe.each(PLACES.map((p) => [p.label, p] as const))('real programs in %s', (_label, place) => {
  test('each says "not simulated" (exit 126), never "command not found"', () => {
    const s = fresh();
    for (const line of place.enter) run(s, line);
    expect(s.location().at(-1)?.kind).toBe(place.kind);
    const names = knownNames(place, place.shell);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const r = run(s, name);
      expect(r.text, name).toContain(`${name}: ${NOT_SIMULATED} (it is a `);
      expect(r.code, name).toBe(NOT_SIMULATED_STATUS);
    }
    // And the truth where there is no such program.
    expect(run(s, 'nosuchprogram').code).toBe(127);
  });
});

test('a real program the image lacks is still "not found": no top or ps in a Debian slim image', () => {
  const s = fresh();
  run(s, 'docker run -it debian:13-slim');
  expect(run(s, 'top')).toEqual({ text: 'bash: top: command not found\n', code: 127 });
});
