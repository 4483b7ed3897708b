import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

for (const path of builtPages()) {
  test(`no request leaves the site's origin on ${path}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Open search too: Pagefind loads its UI and index lazily.
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill('kernel');
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 10_000);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}
