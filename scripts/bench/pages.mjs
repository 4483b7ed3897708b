// What the built pages load (JS by kind, eager and lazy) and how long the race's longest main-thread task is.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { record } from './report.mjs';

const kb = (bytes) => Number((bytes / 1024).toFixed(1));

/** The first built page whose HTML contains `marker`, as a URL path. */
function pageWith(dist, marker) {
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
// Since scripts are never inlined (the CSP keeps one fixed policy), Starlight's small page scripts arrive as files too.
const STARLIGHT_CHUNK =
  /^(page|Page\.astro|PageFrame\.astro|ThemeSelect\.astro|LanguageSelect\.astro|Search\.astro|MobileTableOfContents\.astro|TableOfContents\.astro|starlight-toc|ec|ui-core|preload-helper)[._]/;

// The course's module on every page (src/components/site-elements.ts, loaded from SiteTitle's script): the offline
// worker, the progress views and the progress store they share with the quiz, and the small custom elements (quiz,
// quick check, terminal, diagram zoom) that load their heavy part when they near the viewport. Reported on its own,
// not as part of the quiz's or the terminal's JS.
const PROGRESS_CHUNK = /^(SiteTitle\.astro|text|course-store)[._]/;

const name = (url) => new URL(url).pathname.split('/').pop();

/** JS each page kind loads, eagerly and when its widgets near the viewport (gzip). */
export async function benchPages(browser, origin, dist) {
  // Starlight's own scripts: what a utility page with none of the course's components loads.
  const page = await browser.newPage();
  const baseline = scriptRecorder(page);
  await page.goto(origin + '/404.html', { waitUntil: 'networkidle' });
  await baseline.settled();
  const progress = baseline.urls().filter((u) => PROGRESS_CHUNK.test(name(u)));
  const own = baseline.urls().filter((u) => !progress.includes(u));
  record('page: JS on a page without course components (404, gzip)', kb(baseline.sum(own)), { unit: 'KB' });
  record('page: course JS on every page (offline worker, progress, custom elements)', kb(baseline.sum(progress)), {
    unit: 'KB',
    note: progress.map(name).join(', '),
  });
  await page.close();

  // The quiz runtime: what a lesson with a quiz and quick checks (and no terminal or race) loads beyond Starlight's
  // own, first eagerly (loaders), then when the quiz and the checks near the viewport.
  const quizPage = '/lessons/why-isolate/';
  if (existsSync(join(dist, quizPage, 'index.html'))) {
    const p = await browser.newPage();
    const rec = scriptRecorder(p);
    await p.goto(origin + quizPage, { waitUntil: 'networkidle' });
    await rec.settled();
    // The diagrams' Enlarge button is the diagrams' runtime, not the quiz's.
    const course = (u) =>
      !STARLIGHT_CHUNK.test(name(u)) && !PROGRESS_CHUNK.test(name(u)) && !/^DiagramZoom\.astro[._]/.test(name(u));
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
    record(`page: quiz JS before it is near the viewport (${eager.map(name).join(', ')})`, kb(rec.sum(eager)), {
      unit: 'KB',
    });
    record(`page: quiz JS loaded when it nears the viewport (${lazy.map(name).join(', ')})`, kb(rec.sum(lazy)), {
      unit: 'KB',
    });
    record('page: quiz runtime JS on a lesson page, beyond the course JS every page loads (gzip)', kb(rec.sum(all)), {
      unit: 'KB',
      budget: { max: 12 },
    });
    await p.close();
  }

  const terminalPage = pageWith(dist, '<il-terminal');
  if (terminalPage) {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const rec = scriptRecorder(p);
    await p.goto(origin + terminalPage, { waitUntil: 'networkidle' });
    await rec.settled();
    const before = rec.urls();
    const eagerTerminal = before.filter((u) => /terminal/i.test(name(u)));
    record('page: terminal JS before it is near the viewport', kb(rec.sum(eagerTerminal)), {
      unit: 'KB',
      note: `its loader is in the course JS every page loads (${terminalPage}: ${eagerTerminal.map(name).join(', ') || 'nothing else'})`,
    });
    await p.locator('il-terminal').first().scrollIntoViewIfNeeded();
    await p.waitForFunction(() => document.querySelector('il-terminal')?.getAttribute('data-state') === 'ready', null, {
      timeout: 30_000,
    });
    await rec.settled();
    const lazy = rec.urls().filter((u) => !before.includes(u));
    record(`page: JS loaded when the terminal nears the viewport (${lazy.map(name).join(', ')})`, kb(rec.sum(lazy)), {
      unit: 'KB',
    });
    await p.close();
  } else record('page: terminal', 'no page embeds a terminal yet');
}

/** The longest main-thread task while a boot race plays (Chromium trace). */
export async function benchRace(browser, origin, dist) {
  const racePage = pageWith(dist, '<il-race');
  if (!racePage) return record('race: longest task', 'no page embeds a race yet');
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
  record('race: main-thread tasks traced', tasks.length);
  record('race: longest main-thread task', Number((tasks[0] ?? 0).toFixed(1)), { unit: 'ms', budget: { max: 50 } });
  await page.close();
}

/** Every built page's element count at load on a phone-sized viewport: the largest, and the pages over budget. */
export async function benchElements(browser, origin, dist) {
  const paths = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind' && name !== 'exports') walk(full);
      } else if (name.endsWith('.html')) paths.push(full.slice(dist.length).replace(/index\.html$/, ''));
    }
  };
  walk(dist);
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const counts = [];
  for (const path of paths) {
    await page.goto(origin + path, { waitUntil: 'load' });
    counts.push([path, await page.evaluate(() => document.getElementsByTagName('*').length)]);
  }
  await page.close();
  counts.sort((a, b) => b[1] - a[1]);
  const over = counts.filter(([, n]) => n > 1500);
  record(`pages: most elements at load, of ${counts.length} pages`, counts[0]?.[1] ?? 0, {
    budget: { max: 1500 },
    note: (over.length ? over : counts.slice(0, 1)).map(([p, n]) => `${p} ${n}`).join(', '),
  });
}
