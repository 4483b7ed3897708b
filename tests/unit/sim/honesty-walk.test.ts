/**
 * The honesty rule, walked: every command declares the real tool's options and subcommands it knows
 * (Command.surface). Each declared "not simulated" one must answer the course's one message with exit
 * 126; each declared supported one must never print it; a typo must get an error, not that message.
 */
import { describe, expect, test } from 'vitest';
import { COMMANDS } from '../../../src/engines/sim/commands/registry';
import { NOT_SIMULATED, NOT_SIMULATED_STATUS } from '../../../src/engines/sim/commands/honesty';
import { hasTool } from '../../../src/engines/sim/shell/toolset';
import type { SimSession } from '../../../src/engines/sim/index';
import { fresh, run } from './helpers';

/** A fresh session where `name` runs: the host, or a busybox container for what the host lacks (httpd). */
function sessionFor(name: string): SimSession {
  const s = fresh();
  const cmd = COMMANDS.get(name);
  if (cmd && !cmd.builtin && !hasTool(s.sim, { kind: 'host' }, name)) run(s, 'docker run -it busybox sh');
  return s;
}

/** Runs `name probe` in a fresh session. */
function probe(name: string, args: string): { text: string; code: number } {
  return run(sessionFor(name), `${name} ${args}`.trim());
}

const commands = [...new Set(COMMANDS.values())];
/** Commands that take no options at all, as in the real shells and programs (they print or ignore them). */
const TAKE_ANY = new Set(['echo', 'true', 'false', 'hello', 'time', 'exit']);

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
