// Lighthouse (mobile: its default emulated phone, simulated slow 4G and 4x CPU slowdown) on each kind of page,
// several runs each, reporting the median, with the page's element count and HTML size as the browser sees them.
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { median, record } from './report.mjs';

/** The page kinds the issue names, one representative page each. */
export const PAGE_KINDS = [
  ['home', '/'],
  ['text lesson', '/lessons/why-isolate/'],
  ['diagram lesson', '/lessons/hypervisors/'],
  ['terminal lesson', '/lessons/containers-are-processes/'],
  ['quiz page', '/quizzes/why-isolate/'],
  ['final exam', '/quizzes/final-exam/'],
  ['progress page', '/progress/'],
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function freePort() {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

/** Elements in the document and bytes of HTML once the page has loaded (before any interaction). */
async function pageWeight(browser, url) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const res = await page.goto(url, { waitUntil: 'load' });
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const html = (await res.body()).length;
  await page.close();
  return { elements, html };
}

/** Runs Lighthouse `runs` times on every page kind and records medians beside their budgets. */
export async function benchLighthouse(found, origin, runs) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: [...found.args, `--remote-debugging-port=${port}`],
  });
  try {
    for (const [kind, path] of PAGE_KINDS) {
      const url = origin + path;
      const results = [];
      for (let i = 0; i < runs; i++) {
        const out = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
        if (out?.lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${out.lhr.runtimeError.message}`);
        results.push(out.lhr);
      }
      const score = (cat) => median(results.map((r) => Math.round((r.categories[cat].score ?? 0) * 100)));
      const audit = (id) => median(results.map((r) => r.audits[id]?.numericValue ?? NaN));
      for (const cat of CATEGORIES) record(`lighthouse ${kind}: ${cat}`, score(cat), { budget: { min: 100 } });
      record(`lighthouse ${kind}: total blocking time`, audit('total-blocking-time'), {
        unit: 'ms',
        budget: { max: 100 },
      });
      record(`lighthouse ${kind}: cumulative layout shift`, Number(audit('cumulative-layout-shift').toFixed(3)), {
        budget: { max: 0.05 },
      });
      record(`lighthouse ${kind}: bytes transferred`, Math.round(audit('total-byte-weight') / 1024), { unit: 'KB' });
      const failing = new Set(
        results.flatMap((r) =>
          Object.values(r.audits)
            .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
            .map((a) => a.id),
        ),
      );
      const weight = await pageWeight(browser, url);
      record(`page ${kind}: elements at load`, weight.elements, { budget: { max: 1500 } });
      if (failing.size)
        record(`lighthouse ${kind}: audits under 90 in some run`, failing.size, {
          note: [...failing].sort().join(', '),
        });
      record(`page ${kind}: HTML (uncompressed)`, Math.round(weight.html / 1024), { unit: 'KB' });
    }
  } finally {
    await browser.close();
  }
}
