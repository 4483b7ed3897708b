/// <reference types="vite/client" />
/**
 * Fuzzing the whole engine (issue 10, acceptance): over more than 10,000 random and hostile lines, no
 * output anywhere prints `undefined`, `NaN`, `[object Object]` or an internal error (a stack trace,
 * "TypeError", "Cannot read properties"), and the engine's invariants hold after every line. The valid
 * seeds are every line of every fidelity-corpus group (./corpus/*.corpus.ts, found by the same glob as
 * the corpus runner), so the commands each group adds are fuzzed without an edit here.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkInvariants, createSession, type SimSession } from '../../../src/engines/sim/index';
import { MAX_OUTPUT_CHARS } from '../../../src/engines/sim/shell/output';
import type { CorpusGroup, CorpusRow } from './corpus/types';

const ROWS: CorpusRow[] = Object.values(
  import.meta.glob<{ default: CorpusGroup }>('./corpus/*.corpus.ts', { eager: true }),
).flatMap((m) => m.default.rows);

/** Lines the corpus does not reach: lab paths, the boot race's workloads, console keys. */
const EXTRA = [
  'docker pull lab/myapp:1.0',
  'docker run -dit alpine:3.22',
  'docker run -it --pids-limit 2 alpine:3.22 sh',
  'docker exec -it w sh',
  'docker run -d --name w alpine:3.22 sleep 50',
  'virsh start tiny',
  'virsh console tiny',
  '\x1d',
  'stress --vm 1 --vm-bytes 64M --timeout 1s',
  'mount -t tmpfs none /mnt',
  'time docker run --rm hello-world',
  'reboot',
  'sh',
  'bash',
  'exit',
  'clear',
  'history',
];

const SEEDS = [...new Set([...ROWS.flatMap((r) => [...(r.setup ?? []), r.line]), ...EXTRA])];

/** What must never reach the learner's screen: JavaScript leaking through the simulation. */
const LEAKS = [
  'undefined',
  'NaN',
  '[object Object]',
  'sim: internal error',
  'TypeError',
  'ReferenceError',
  'RangeError',
  'Cannot read properties',
  'is not a function',
];
const STACK = /\n\s+at \S+ \(?\S+:\d+:\d+\)?/;

/** Hostile fragments: control and escape characters, unicode, operators, nesting, deep recursion. */
const HOSTILE = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '\u0000', '\u001b[2J', '\u0007', '\r', '\t', '\n', '\\', '"', "'", '$', '$(', '${', '`', '|', '||', '&&',
    ';', '&', '>', '>>', '<', '2>', '2>&1', '>&3', '#', '~', '🦀', 'ﾃ', '\u202e', '\u00e9', '-', '--', '---',
    '-1', '-999999999999', '99999999999999999999', '0x', '1e400', '%', '%1', '{}', '{{.}}', '{{', '[', ']',
    '*', '/*/*', '..', '../../..', '/proc/self', '/dev/zero', 'proto', '__proto__', 'constructor',
    'toString', 'hasOwnProperty', 'valueOf', 'while true; do :; done', 'until false; do echo x; done',
    'for i in 1 2 3; do for j in $(echo a b); do echo $i$j; done; done', '$((', '$((1/0))', '$((2**62*8))',
    '$((-2**63 / -1))', '${x:?}', '${x!}', '${#', '${x^^', '${__proto__}', '`echo', '[ -d /', 'if true; then',
    'fi', 'case x in', 'cat <<EOF', '{ echo a; }', '( exit 3 )', '! false', 'break 2', 'kill -9 %1', 'wait',
    'sleep 1 &', 'source /etc/os-release', 'cd ..', 'cd /', 'unset HOME PATH', 'export PATH=', 'IFS=x',
    'sudo -i', 'sudo su', 'docker run -it alpine:3.22 sh', 'virsh console web-vm', 'root', 'isolationlab',
  ),
  fc.integer({ min: 1, max: 60 }).map((n) => `${'echo $('.repeat(n)}x${')'.repeat(n)}`),
  fc.integer({ min: 1, max: 80 }).map((n) => `${'if true; then '.repeat(n)}:${'; fi'.repeat(n)}`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `echo $((${'('.repeat(n)}1${')'.repeat(n)}))`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `echo ${'{a,b}'.repeat(n)} ${'${x:-'.repeat(n)}${'}'.repeat(n)}`),
  fc.integer({ min: 1, max: 60 }).map((n) => Array(n).fill('docker exec -it w sh').join(' ; ')),
  fc.integer({ min: 1, max: 40 }).map((n) => Array(n).fill('virsh console web-vm').join(' && ')),
  fc.integer({ min: 1, max: 50 }).map((n) => `${'sudo '.repeat(n)}time ${'time '.repeat(n)}uname`),
  fc.integer({ min: 1, max: 10_000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '"'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => 'echo '.repeat(n)),
); // prettier-ignore

const SEED = fc.constantFrom(...SEEDS);
const JOIN = fc.constantFrom(' ', ' ; ', ' && ', ' || ', ' | ', ' & ', ' > /dev/null ; ', ' 2>&1 | ');

/** Values that break number and table handling when they land in a flag's or an operand's slot. */
const NASTY_WORD = fc.constantFrom(
  'NaN', 'Infinity', '-Infinity', 'inf', '1e400', '1e-400', '-1', '-0', '0', '99999999999999999999', '9223372036854775808',
  '0x10', '1e3', '1.5', '.', '', '""', 'constructor', '__proto__', 'toString', '%s', '{{.}}', '*', '-', '--', '%1',
); // prettier-ignore

/** A seed changed the way fingers and pastes change lines: cut short, a fragment spliced in, words reordered. */
const MUTATED = fc.oneof(
  fc.tuple(SEED, fc.nat(), NASTY_WORD).map(([s, n, w]) => {
    // One word (a number where there is one, else any) replaced: `-m 64m` becomes `-m NaN`.
    const words = s.split(' ');
    const numeric = words.map((x, i) => (/\d/.test(x) ? i : -1)).filter((i) => i >= 0);
    const i = numeric.length && n % 2 ? (numeric[n % numeric.length] as number) : n % words.length;
    words[i] = w;
    return words.join(' ');
  }),
  fc.tuple(SEED, fc.nat()).map(([s, n]) => s.slice(0, n % (s.length + 1))),
  fc.tuple(SEED, HOSTILE, fc.nat()).map(([s, h, n]) => {
    const at = n % (s.length + 1);
    return s.slice(0, at) + h + s.slice(at);
  }),
  fc.tuple(SEED, fc.nat()).map(([s, n]) => {
    const words = s.split(' ');
    const i = n % words.length;
    return [...words.slice(i), ...words.slice(0, i)].join(' ');
  }),
  fc
    .tuple(SEED, fc.constantFrom('--bogus', '-Z', '--help', '-', '""', "''", '%s%n', '-1', 'x'.repeat(300)))
    .map(([s, flag]) => `${s} ${flag}`),
);

const LINE = fc.oneof(
  { weight: 4, arbitrary: SEED },
  { weight: 2, arbitrary: HOSTILE },
  { weight: 3, arbitrary: MUTATED },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(fc.oneof(SEED, HOSTILE, MUTATED), { minLength: 2, maxLength: 4 }), JOIN)
      .map(([parts, sep]) => parts.join(sep)),
  },
);

/** `FUZZ_SEED=n npx vitest run tests/unit/sim/fuzz.test.ts` explores other inputs; CI keeps the fixed ones. */
const SHIFT = Number(process.env.FUZZ_SEED ?? 0) || 0;

/** Lines run across the whole file: the acceptance asks for at least 10,000. */
let linesRun = 0;

/** One session's lines so far (the last few, for the failure message) and the leak words they contain. */
interface Typed {
  recent: string[];
  words: Set<string>;
}
const typedLog = (): Typed => ({ recent: [], words: new Set() });

/** Runs one line and checks everything the learner could see, plus the engine's invariants. */
function runChecked(s: SimSession, line: string, typed: Typed): void {
  const r = s.execute(line);
  linesRun++;
  typed.recent.push(line);
  if (typed.recent.length > 6) typed.recent.shift();
  // What the learner typed may come back (`echo undefined`); anything else is a leak.
  for (const leak of LEAKS) if (line.includes(leak)) typed.words.add(leak);
  const text = r.output.map((c) => c.text).join('');
  const where = `after ${JSON.stringify(typed.recent)}:\n${text.slice(0, 2000)}`;
  expect(text.length, where).toBeLessThanOrEqual(MAX_OUTPUT_CHARS + 100);
  const prompt = s.prompt();
  for (const leak of LEAKS) {
    if (!typed.words.has(leak)) {
      expect(text, where).not.toContain(leak);
      expect(prompt, where).not.toContain(leak);
    }
  }
  expect(text, where).not.toMatch(STACK);
  expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255, where).toBe(true);
  expect(
    r.output.every((c) => c.delayMs >= 0 && Number.isFinite(c.delayMs)),
    where,
  ).toBe(true);
  expect(checkInvariants(s.sim.state), where).toEqual([]);
  expect(s.location().length, where).toBeLessThanOrEqual(33);
  const c = s.complete(line, Math.min(line.length, 40));
  expect(
    c.candidates.every((x) => typeof x === 'string' && !x.includes('undefined')),
    where,
  ).toBe(true);
}

describe('fuzz: any line, any order (corpus lines as seeds, mixed with hostile input)', () => {
  test(`the seeds hold every corpus line (${SEEDS.length} distinct lines)`, () => {
    expect(ROWS.length).toBeGreaterThan(300);
    for (const r of ROWS) expect(SEEDS).toContain(r.line);
  });

  test('state-changing sequences: a corpus row replayed, then random lines', () => {
    const ROW = fc.constantFrom(...ROWS);
    fc.assert(
      fc.property(fc.integer(), ROW, fc.array(LINE, { minLength: 1, maxLength: 25 }), (seed, row, lines) => {
        const s = createSession({ seed });
        const typed = typedLog();
        for (const line of [...(row.setup ?? []), row.line, ...lines]) runChecked(s, line, typed);
      }),
      { numRuns: 500, seed: 20251120 + SHIFT },
    );
  }, 120_000);

  test('seeds only, shuffled: pulls, runs, consoles and logins in random order', () => {
    fc.assert(
      fc.property(fc.integer(), fc.shuffledSubarray(SEEDS, { minLength: 10, maxLength: 40 }), (seed, lines) => {
        const s = createSession({ seed });
        const typed = typedLog();
        for (const line of lines) {
          runChecked(s, line, typed);
          // The console's escape key and Ctrl+C, wherever the session happens to be.
          const k = s.controlKey?.(seed % 2 ? '\x1d' : '\x03');
          if (k) expect(k.output.map((c) => c.text).join('')).not.toMatch(/undefined|NaN|\[object Object\]/);
        }
      }),
      { numRuns: 200, seed: 42 + SHIFT },
    );
  }, 120_000);

  test('thousands of single hostile or mutated lines on one long-lived session', () => {
    const s = createSession({ seed: 9 });
    const typed = typedLog();
    fc.assert(
      fc.property(fc.oneof(HOSTILE, MUTATED), (line) => runChecked(s, line, typed)),
      { numRuns: 4000, seed: 7 + SHIFT },
    );
  }, 120_000);

  test('more than 10,000 lines were run and checked', () => {
    expect(linesRun).toBeGreaterThanOrEqual(10_000);
  });

  test('same seed and lines → identical outputs (reproducibility)', () => {
    const lines = [
      'docker run -d alpine:3.22 sleep 9',
      'docker ps',
      'virsh start web-vm',
      'virsh console web-vm',
      'ps -ef',
    ];
    const runAll = () => {
      const s = createSession({ seed: 77 });
      return lines.map((l) => s.execute(l));
    };
    expect(runAll()).toEqual(runAll());
  });
});
