// `npm run bench`: the course's speed and size figures, each beside its budget; every budget missed is flagged.
//   1. the simulation engine's command latency over a scripted session (Node);
//   2. JS each page loads (gzip), eagerly and when the terminal and quiz come into view (Chromium);
//   3. the longest main-thread task while a boot race plays (Chromium trace), and every page's element count at load;
//   4. Lighthouse (mobile) on every page kind, median of several runs, with elements and HTML size per page;
//   5. build time of the course as it is and of a synthetic course ten times its size.
// Run `npm run build` first; the bench serves dist/ itself (gzip) on 127.0.0.1. Measure on an otherwise idle machine.
//   --strict           exit 1 when any budget is missed
//   --runs N           Lighthouse runs per page (default 3; the median is reported)
//   --skip-lighthouse  --skip-growth   leave out the slow parts (their budgets are then not checked)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { benchEngine } from './bench/engine.mjs';
import { benchGrowth } from './bench/growth.mjs';
import { benchLighthouse } from './bench/lighthouse.mjs';
import { benchElements, benchPages, benchRace } from './bench/pages.mjs';
import { misses, record, renderTable } from './bench/report.mjs';
import { serveDist } from './bench/serve.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

await benchEngine();
if (!existsSync(join(dist, 'index.html'))) {
  record('pages', 'dist/ not built: run `npm run build` first');
} else {
  const server = await serveDist(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const found = await findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  try {
    await benchPages(browser, origin, dist);
    await benchRace(browser, origin, dist);
    await benchElements(browser, origin, dist);
  } finally {
    await browser.close();
  }
  try {
    if (!flag('--skip-lighthouse')) await benchLighthouse(found, origin, runs);
  } finally {
    server.close();
  }
}
if (!flag('--skip-growth')) {
  try {
    benchGrowth(root);
  } catch (err) {
    record('build: growth', 1, { text: 'failed', budget: { max: 0 }, note: String(err.message).split('\n')[0] });
    console.error(err);
  }
}

console.log(renderTable());
if (flag('--strict') && misses().length) process.exit(1);
