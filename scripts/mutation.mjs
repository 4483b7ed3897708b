// `npm run test:mutation`: StrykerJS (Vitest runner) over src/engines, one target at a time, then a score per engine.
//   npm run test:mutation                          every target below, in order (slow: an hour or more on 2 cores)
//   npm run test:mutation -- quiz store            only those targets
//   npm run test:mutation -- --mutate 'src/engines/quiz/grade.ts'   a narrower run while writing tests (target "custom")
//   npm run test:mutation -- --report [--survivors]                 the table from the last reports, no run
//   npm run test:mutation -- quiz --retest-survivors                test every survivor again, reuse earlier kills
// Not part of `npm test`. Each target keeps its JSON/HTML report and its incremental file in reports/mutation/,
// so a second run re-tests only mutants whose code or covering tests changed. Env: MUTATION_CONCURRENCY (default 2).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, 'reports/mutation');

/** The lines of one function (from its header to the first closing brace at column 0), as Stryker's `file:from-to`. */
function fn(file, name) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => new RegExp(`^(export )?(async )?function ${name}\\b`).test(l));
  if (start < 0) throw new Error(`${file}: no function ${name} (update scripts/mutation.mjs)`);
  const end = lines.findIndex((l, i) => i > start && /^\};?$/.test(l));
  return `${file}:${start + 1}-${end + 1}`;
}

/** The lines from the first line matching `from` to the first later line matching `to` (exclusive). */
function between(file, from, to) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => from.test(l));
  const end = lines.findIndex((l, i) => i > start && to.test(l));
  if (start < 0 || end < 0) throw new Error(`${file}: range ${from} … ${to} not found (update scripts/mutation.mjs)`);
  return `${file}:${start + 1}-${end}`;
}

const DOCKER = 'src/engines/sim/commands/docker';
/** Targets in run order; `goal` is the score the issue asks for (null: measured, no target). */
const TARGETS = {
  // Goal checks, and every limit the model enforces: memory.max and the OOM killer, pids.max (fork in the shell,
  // `docker exec`, stress workers), the `docker stop` grace period, and the run flags that set them.
  'sim-goals-limits': {
    goal: 80,
    mutate: () => [
      'src/engines/sim/goals.ts',
      'src/engines/sim/model/oom.ts',
      fn('src/engines/sim/model/memory.ts', 'containerMemoryBytes'),
      fn('src/engines/sim/shell/exec.ts', 'forkProcess'),
      fn('src/engines/sim/commands/stress.ts', 'forkWorker'),
      between('src/engines/sim/commands/stress.ts', /const workers: Proc\[\] = \[\]/, /const endsAtMs = /),
      between(`${DOCKER}/exec.ts`, /if \(c\.config\.pidsLimit > 0/, /const workdir = /),
      fn(`${DOCKER}/lifecycle.ts`, 'stopOne'),
      fn(`${DOCKER}/lifecycle.ts`, 'dockerStop'),
      between(`${DOCKER}/run-config.ts`, /^export function buildConfig/, /const network = /),
    ],
  },
  quiz: { goal: 80, mutate: () => ['src/engines/quiz/**/*.ts'] },
  store: { goal: 80, mutate: () => ['src/engines/store/**/*.ts'] },
  progress: { goal: null, mutate: () => ['src/engines/progress/**/*.ts', 'src/engines/random.ts'] },
  race: { goal: null, mutate: () => ['src/engines/race/**/*.ts'] },
  'sim-race': { goal: null, mutate: () => ['src/engines/sim/race/**/*.ts'] },
  terminal: { goal: null, mutate: () => ['src/engines/terminal/**/*.ts'] },
  'sim-model': {
    goal: null,
    mutate: () => ['src/engines/sim/model/**/*.ts', 'src/engines/sim/*.ts', '!src/engines/sim/goals.ts'],
  },
  'sim-shell': { goal: null, mutate: () => ['src/engines/sim/shell/**/*.ts'] },
  'sim-commands': { goal: null, mutate: () => ['src/engines/sim/commands/**/*.ts'] },
};

/**
 * `--retest-survivors`: drops survived and uncovered mutants from the target's incremental file, so they are tested
 * again against today's tests while earlier kills are reused. (Incremental mode alone keeps a survivor's old result
 * when the tests that now kill it were added to an existing test file.)
 */
function forgetSurvivors(name) {
  const file = join(reports, `${name}.incremental.json`);
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const f of Object.values(report.files))
    f.mutants = f.mutants.filter((m) => m.status !== 'Survived' && m.status !== 'NoCoverage');
  writeFileSync(file, JSON.stringify(report));
}

/** Runs Stryker for one target; its reports land in reports/mutation/<name>.*. */
function runTarget(name, mutate, extra) {
  if (args.includes('--retest-survivors')) forgetSurvivors(name);
  console.log(`\n== mutation target ${name}: ${mutate.join(' ') || extra.join(' ')}`);
  const bin = join(root, 'node_modules/.bin/stryker');
  const own = mutate.length ? ['--mutate', mutate.join(',')] : [];
  const r = spawnSync(bin, ['run', 'stryker.config.mjs', ...own, ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_TARGET: name },
  });
  if (r.status !== 0) console.error(`stryker exited with ${r.status} for ${name}`);
  return r.status ?? 1;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/**
 * Whether a mutant at `path`:`line` is in a target's mutate list. An incremental report can carry results from an
 * earlier, wider mutate list, so the table counts only what the target names today.
 */
function inTarget(mutate, path, line) {
  let hit = false;
  for (const entry of mutate) {
    const negated = entry.startsWith('!');
    const [glob, range] = (negated ? entry.slice(1) : entry).split(':');
    const re = new RegExp(
      `^${glob
        .replace(/[.]/g, '\\.')
        .replace(/\*\*\//g, '(.*/)?')
        .replace(/\*/g, '[^/]*')}$`,
    );
    if (!re.test(path)) continue;
    const [from, to] = range ? range.split('-').map(Number) : [1, Infinity];
    if (line >= from && line <= to) hit = !negated;
  }
  return hit;
}

/** Counts of one Stryker JSON report (mutation-testing-report-schema), and its surviving mutants. */
function summarize(file, mutate) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const n = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, errors: 0, Ignored: 0 };
  const survivors = [];
  for (const [path, f] of Object.entries(report.files)) {
    for (const m of f.mutants) {
      if (mutate && !inTarget(mutate, path, m.location.start.line)) continue;
      if (m.status in n) n[m.status]++;
      else n.errors++; // CompileError, RuntimeError: not counted in the score, as Stryker does
      if (m.status === 'Survived' || m.status === 'NoCoverage')
        survivors.push(
          `${m.status === 'NoCoverage' ? 'no cov ' : 'survived'} ${path}:${m.location.start.line} ${m.mutatorName}: ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`,
        );
    }
  }
  const counted = Object.entries(n).reduce((s, [k, v]) => s + (COUNTED.has(k) ? v : 0), 0);
  const detected = Object.entries(n).reduce((s, [k, v]) => s + (DETECTED.has(k) ? v : 0), 0);
  return { n, score: counted ? (100 * detected) / counted : NaN, survivors };
}

/** Prints one row per target report found, with the target where there is one. */
function printTable(showSurvivors) {
  if (!existsSync(reports)) return console.log('no reports yet: run npm run test:mutation');
  const files = readdirSync(reports).filter((f) => f.endsWith('.json') && !f.endsWith('.incremental.json'));
  const rows = files.map((f) => {
    const name = f.replace(/\.json$/, '');
    const s = summarize(join(reports, f), TARGETS[name]?.mutate());
    const goal = TARGETS[name]?.goal;
    const verdict = goal == null ? '' : s.score >= goal ? `>= ${goal} % ok` : `< ${goal} % MISS`;
    return {
      name,
      s,
      goal,
      verdict,
      date: statSync(join(reports, f)).mtime.toISOString().slice(0, 16).replace('T', ' '),
    };
  });
  const order = Object.keys(TARGETS);
  rows.sort((a, b) => (order.indexOf(a.name) + 1 || 99) - (order.indexOf(b.name) + 1 || 99));
  console.log('\nMutation score per engine (score = (killed + timeout) / (killed + timeout + survived + no coverage))');
  console.log(
    ['target', 'score', 'killed', 'timeout', 'survived', 'no cov', 'errors', 'measured (UTC)', 'goal'].join('\t'),
  );
  for (const { name, s, verdict, date } of rows) {
    const { n } = s;
    console.log(
      [
        name.padEnd(16),
        `${s.score.toFixed(1)} %`,
        n.Killed,
        n.Timeout,
        n.Survived,
        n.NoCoverage,
        n.errors,
        date,
        verdict,
      ].join('\t'),
    );
  }
  if (showSurvivors)
    for (const { name, s } of rows) if (s.survivors.length) console.log(`\n${name}:\n  ${s.survivors.join('\n  ')}`);
  return rows;
}

const args = process.argv.slice(2);
const names = args.filter((a, i) => !a.startsWith('-') && !(args[i - 1] ?? '').match(/^--(mutate|concurrency)$/));
const OWN = ['--report', '--survivors', '--retest-survivors'];
const extra = args.filter((a) => !names.includes(a) && !OWN.includes(a));
const unknown = names.filter((n) => !(n in TARGETS));
if (unknown.length) {
  console.error(`unknown target ${unknown.join(', ')}; targets: ${Object.keys(TARGETS).join(', ')}`);
  process.exit(2);
}
mkdirSync(reports, { recursive: true });
let failed = 0;
if (!args.includes('--report')) {
  if (extra.includes('--mutate')) failed += runTarget('custom', [], extra) ? 1 : 0;
  else
    for (const name of names.length ? names : Object.keys(TARGETS))
      failed += runTarget(name, TARGETS[name].mutate(), extra) ? 1 : 0;
}
printTable(args.includes('--survivors'));
process.exit(failed ? 1 : 0);
