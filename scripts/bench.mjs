// `npm run bench`: prints the course's speed and size figures. Numbers, not pass/fail: targets are shown beside them.
//   1. the simulation engine's command latency over a scripted session (Node);
//   2. JS a lesson page loads (gzip): eagerly, and what the terminal and quiz add when they come into view (Chromium);
//   3. the longest main-thread task while a boot race plays (Chromium trace).
// Run `npm run build` first; the script serves dist/ itself on 127.0.0.1.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
const report = (name, value, target = '') => rows.push({ name, value, target });

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

async function benchEngine() {
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
  report('engine: commands run', String(times.length));
  report('engine: median command latency', `${percentile(times, 50).toFixed(3)} ms`);
  report('engine: p99 command latency', `${percentile(times, 99).toFixed(3)} ms`, '< 2 ms');
  report('engine: slowest command', `${times.at(-1).toFixed(3)} ms`);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A plain static server for dist/, so the bench needs nothing but Node and a browser. */
function serveDist() {
  return new Promise((done) => {
    const server = createServer((req, res) => {
      let path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!path.startsWith(dist) || !existsSync(path)) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(readFileSync(path));
    });
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/** The first built page whose HTML contains `marker`, as a URL path. */
function pageWith(marker) {
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        const hit = walk(full);
        if (hit) return hit;
      } else if (name === 'index.html' && readFileSync(full, 'utf8').includes(marker)) {
        return full.slice(dist.length).replace(/index\.html$/, '');
      }
    }
    return undefined;
  };
  return walk(dist);
}

/** Records each script a page requests and, once it arrives, its gzip size. */
function scriptRecorder(page) {
  const requested = [];
  const sizes = new Map();
  page.on('request', (req) => {
    if (req.resourceType() === 'script' && !requested.includes(req.url())) requested.push(req.url());
  });
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    sizes.set(res.url(), gzipSync(await res.body()).length);
  });
  const sum = (urls) => urls.reduce((a, u) => a + (sizes.get(u) ?? 0), 0);
  /** Waits until every requested script has arrived and been measured. */
  const settled = async () => {
    for (let i = 0; i < 200 && requested.some((u) => !sizes.has(u)); i++) await new Promise((r) => setTimeout(r, 50));
  };
  return { urls: () => [...requested], sum, settled, total: () => sum(requested) };
}

// Chunks of Starlight's own components (search, table of contents, code blocks, page shell) and their helpers.
const STARLIGHT_CHUNK =
  /^(page|Search\.astro|MobileTableOfContents\.astro|TableOfContents\.astro|starlight-toc|ec|ui-core|preload-helper)[._]/;

// The course's progress views (sidebar ticks and bar, lesson header) and the progress store they share with the quiz:
// loaded on every page, so they are reported on their own and not as part of the quiz runtime.
const PROGRESS_CHUNK = /^(SidebarProgress\.astro|LessonHeader\.astro|text|course-store)[._]/;

const name = (url) => new URL(url).pathname.split('/').pop();

async function benchPages(browser, origin) {
  // Starlight's own scripts: what a utility page with none of the course's components loads.
  const page = await browser.newPage();
  const baseline = scriptRecorder(page);
  await page.goto(origin + '/404.html', { waitUntil: 'networkidle' });
  await baseline.settled();
  const progress = baseline.urls().filter((u) => PROGRESS_CHUNK.test(name(u)));
  const own = baseline.urls().filter((u) => !progress.includes(u));
  report('page: JS on a page without course components (404, gzip)', kb(baseline.sum(own)));
  report(`page: progress JS on every page (${progress.map(name).join(', ')})`, kb(baseline.sum(progress)));
  await page.close();

  // The quiz runtime: what a lesson with a quiz and quick checks (and no terminal or race) loads beyond Starlight's
  // own, first eagerly (loaders), then when the quiz and the checks near the viewport.
  const quizPage = '/lessons/why-isolate/';
  if (existsSync(join(dist, quizPage, 'index.html'))) {
    const p = await browser.newPage();
    const rec = scriptRecorder(p);
    await p.goto(origin + quizPage, { waitUntil: 'networkidle' });
    await rec.settled();
    const course = (u) => !STARLIGHT_CHUNK.test(name(u)) && !PROGRESS_CHUNK.test(name(u));
    const header = rec.urls().filter((u) => /^LessonHeader\.astro[._]/.test(name(u)));
    report('page: lesson header JS (done state), beyond the progress JS every page has', kb(rec.sum(header)));
    const eager = rec.urls().filter(course);
    // Quick checks in the lesson text load their part of the runtime as the reader passes them.
    for (const check of await p.locator('il-quick-check').all()) await check.scrollIntoViewIfNeeded();
    await p.locator('il-quiz').first().scrollIntoViewIfNeeded();
    await p.waitForFunction(() =>
      [...document.querySelectorAll('il-quiz, il-quick-check')].every((el) => el.getAttribute('data-ready') === 'true'),
    );
    await rec.settled();
    const all = rec.urls().filter(course);
    const lazy = all.filter((u) => !eager.includes(u));
    report(`page: quiz JS before it is near the viewport (${eager.map(name).join(', ')})`, kb(rec.sum(eager)));
    report(`page: quiz JS loaded when it nears the viewport (${lazy.map(name).join(', ')})`, kb(rec.sum(lazy)));
    report('page: quiz runtime JS on a lesson page, in all', kb(rec.sum(all)), '<= 12 KB gzip');
    await p.close();
  }

  const terminalPage = pageWith('<il-terminal');
  if (terminalPage) {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const rec = scriptRecorder(p);
    await p.goto(origin + terminalPage, { waitUntil: 'networkidle' });
    await rec.settled();
    const before = rec.urls();
    const eagerTerminal = before.filter((u) => /terminal/i.test(name(u)));
    report(
      `page: terminal JS before it is near the viewport (${terminalPage}: ${eagerTerminal.map(name).join(', ') || 'none'})`,
      kb(rec.sum(eagerTerminal)),
      'only a loader that watches the viewport',
    );
    await p.locator('il-terminal').first().scrollIntoViewIfNeeded();
    await p.waitForFunction(() => document.querySelector('il-terminal')?.getAttribute('data-state') === 'ready', null, {
      timeout: 30_000,
    });
    await rec.settled();
    const lazy = rec.urls().filter((u) => !before.includes(u));
    report(`page: JS loaded when the terminal nears the viewport (${lazy.map(name).join(', ')})`, kb(rec.sum(lazy)));
    await p.close();
  } else report('page: terminal', 'no page embeds a terminal yet');
}

async function benchRace(browser, origin) {
  const racePage = pageWith('<il-race');
  if (!racePage) return report('race: longest task', 'no page embeds a race yet');
  const page = await browser.newPage();
  await page.goto(origin + racePage, { waitUntil: 'networkidle' });
  const race = page.locator('il-race').first();
  await race.scrollIntoViewIfNeeded();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await race.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('il-race')?.state?.finished === true, null, {
    timeout: 60_000,
  });
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const tasks = trace.traceEvents.filter((e) => e.name === 'RunTask' && e.dur).map((e) => e.dur / 1000);
  tasks.sort((a, b) => b - a);
  report('race: main-thread tasks traced', String(tasks.length));
  report('race: longest main-thread task', `${(tasks[0] ?? 0).toFixed(1)} ms`, '< 50 ms');
  await page.close();
}

await benchEngine();
if (!existsSync(join(dist, 'index.html'))) {
  report('pages', 'dist/ not built: run `npm run build` first');
} else {
  const server = await serveDist();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const found = await findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  try {
    await benchPages(browser, origin);
    await benchRace(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
}

const width = Math.max(...rows.map((r) => r.name.length));
console.log('\nIsolation Lab benchmark\n');
for (const r of rows)
  console.log(`${r.name.padEnd(width)}  ${r.value.padStart(10)}${r.target ? `   (target ${r.target})` : ''}`);
