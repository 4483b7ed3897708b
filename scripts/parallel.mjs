// Runs npm scripts side by side and prints each one's output whole, in the order given, once all are done; exits
// with the first failing script's code. `npm test` runs its static checks (types, lint, format) this way.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/parallel.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const out = [];
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
      child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
      child.on('close', (code) =>
        resolve({ name, code: code ?? 1, out: Buffer.concat(out).toString(), s: (Date.now() - started) / 1000 }),
      );
    }),
);
let failed = 0;
for (const run of runs) {
  const { name, code, out, s } = await run;
  console.log(`\n> npm run ${name}  (${code === 0 ? 'ok' : `failed, exit ${code}`}, ${s.toFixed(1)} s)`);
  if (out.trim()) console.log(out.trimEnd());
  if (code !== 0 && !failed) failed = code;
}
process.exit(failed);
