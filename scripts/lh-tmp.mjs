import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { findBrowser } from './find-browser.mjs';
import { serveDist } from './bench/serve.mjs';
const server = await serveDist('/work/main/dist');
const origin = `http://127.0.0.1:${server.address().port}`;
const found = await findBrowser();
const port = 9334;
const browser = await chromium.launch({ executablePath: found.executablePath, args: [...found.args, `--remote-debugging-port=${port}`] });
for (const path of process.argv.slice(2)) {
  const out = await lighthouse(origin + path, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
  const A = out.lhr.audits;
  console.log(path, 'perf', out.lhr.categories.performance.score*100, 'CLS', A['cumulative-layout-shift'].numericValue.toFixed(3), 'TBT', A['total-blocking-time'].numericValue, 'LCP', A['largest-contentful-paint'].numericValue.toFixed(0), 'FCP', A['first-contentful-paint'].numericValue.toFixed(0), 'SI', A['speed-index'].numericValue.toFixed(0));
  for (const item of A['layout-shifts'].details?.items ?? []) console.log('   shift', item.score.toFixed(3), item.node?.selector);
  const mw = A['mainthread-work-breakdown'].details?.items?.map(i=>`${i.groupLabel}:${i.duration.toFixed(0)}`).join(' ');
  console.log('   main thread:', mw);
}
await browser.close(); server.close();
