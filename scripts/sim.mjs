#!/usr/bin/env node
// For lab authors: runs lines through the simulated host headlessly and prints what a learner would see, then
// the lab's goal. Lines come from the arguments after `--` or from standard input, one per line.
//   npm run sim -- 'docker run --rm alpine:3.22 uname -r' 'lsns'
//   npm run sim -- --lab oom-kill < my-lines.txt      (start from a lab's start state; print its goal after)
//   npm run sim -- --lab oom-kill --solution         (replay the lab's own solution)
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const labAt = args.indexOf('--lab');
const labId = labAt >= 0 ? args[labAt + 1] : undefined;
const replaySolution = args.includes('--solution');
const lines = args.filter((a, i) => !a.startsWith('--') && !(labAt >= 0 && i === labAt + 1));

const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const sim = await vite.ssrLoadModule('/src/engines/sim/index.ts');
  const { ScenarioSchema } = await vite.ssrLoadModule('/src/schemas/scenario.ts');
  const scenario = labId
    ? ScenarioSchema.parse(parse(readFileSync(`lessons/labs/${labId}.yaml`, 'utf8')))
    : { id: 'scratch', title: 'scratch', summary: 'scratch', goal: [], hints: ['-'], solution: ['true'] };
  const run = sim.createScenarioSession(scenario, { seed: 1 });
  let input = replaySolution ? scenario.solution : lines;
  if (!replaySolution && input.length === 0 && !process.stdin.isTTY)
    input = readFileSync(0, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
  if (labId && scenario.goal.length) report('at start', sim.checkGoal(run.state(), scenario.goal));
  for (const line of input) {
    process.stdout.write(`${run.session.prompt?.() ?? '$ '}${line}\n`);
    const res = run.session.execute(line);
    process.stdout.write(res.output.map((c) => c.text).join(''));
    const problems = sim.checkInvariants(run.state().sim);
    if (problems.length) process.stdout.write(`!! invariants broken: ${problems.join('; ')}\n`);
  }
  if (labId && scenario.goal.length) report('at end', sim.checkGoal(run.state(), scenario.goal));
} finally {
  await vite.close();
}

/** Prints a goal's parts as the lab panel would list them. */
function report(when, result) {
  process.stdout.write(`\n-- goal ${when}: ${result.done ? 'DONE' : 'not done'}\n`);
  for (const p of result.parts) process.stdout.write(`   [${p.met ? 'x' : ' '}] ${p.description}\n`);
}
