// The simulation engine's command latency over a scripted session, run in Node on the same code the site ships.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { record } from './report.mjs';

const root = resolve(import.meta.dirname, '../..');

/** Bundles a TypeScript entry with esbuild and imports it, so the bench runs the same engine code as the site. */
async function importTs(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Command latency of the simulation engine over a scripted session, in Node. */
export async function benchEngine() {
  const { createSession, benchLines } = await importTs(
    `export { createSession } from './src/engines/sim/index.ts';
     export { BENCH_LINES as benchLines } from './src/engines/sim/bench-session.ts';`,
  );
  const times = [];
  for (let round = 0; round < 20; round++) {
    const session = createSession({ seed: round + 1 });
    for (const line of benchLines) {
      const t0 = performance.now();
      session.execute(line);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  record('engine: commands run', times.length);
  record('engine: median command latency', Number(percentile(times, 50).toFixed(3)), { unit: 'ms' });
  record('engine: p99 command latency', Number(percentile(times, 99).toFixed(3)), { unit: 'ms', budget: { max: 2 } });
  record('engine: slowest command', Number(times.at(-1).toFixed(3)), { unit: 'ms' });
}
