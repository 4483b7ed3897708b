import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { serveDist } from './bench/serve.mjs';
const server = await serveDist('/work/main/dist');
const origin = `http://127.0.0.1:${server.address().port}`;
const found = await findBrowser();
const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
const page = await browser.newPage();
for (const path of process.argv.slice(2)) {
  await page.goto(origin + path, { waitUntil: 'load' });
  const r = await page.evaluate(() => {
    const all = document.getElementsByTagName('*').length;
    const inSel = (s) => [...document.querySelectorAll(s)].reduce((n, e) => n + e.getElementsByTagName('*').length + 1, 0);
    return { all, svg: inSel('figure svg'), quiz: inSel('il-quiz'), sidebar: inSel('#starlight__sidebar, nav.sidebar'), head: document.head.getElementsByTagName('*').length, toc: inSel('starlight-toc, mobile-starlight-toc'), terminal: inSel('il-terminal'), race: inSel('il-race'), code: inSel('.expressive-code'), glossary: document.querySelectorAll('a.il-term, a[href*="/glossary/"]').length };
  });
  console.log(path, JSON.stringify(r));
}
await browser.close(); server.close();
