import { test } from '@playwright/test';
const pages = ['/teach/', '/teach/lessons/containers-are-processes/', '/teach/worksheets/', '/progress/', '/progress/record/'];
for (const theme of ['light', 'dark'] as const)
  for (const width of [390, 1280])
    test(`shots ${theme} ${width}`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 900 });
      for (const p of pages) {
        await page.goto(p);
        const name = p.replace(/\//g, '_');
        await page.screenshot({ path: `/work/shots/classroom/${name}-${width}-${theme}.png`, fullPage: width === 1280 && theme === 'light' });
      }
    });
test('print shots', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const p of ['/teach/worksheets/', '/teach/lessons/containers-are-processes/']) {
    await page.goto(p);
    await page.pdf({ path: `/work/shots/classroom/${p.replace(/\//g, '_')}.pdf`, format: 'A4' });
    await page.screenshot({ path: `/work/shots/classroom/${p.replace(/\//g, '_')}-print.png`, fullPage: true });
  }
});
