import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

// A lesson printed in the dark theme: light paper, no controls, every terminal as its recording, few pages.
const lessons = builtPages().filter((p) => p.startsWith('/lessons/'));
/**
 * Most A4 pages any lesson may print to. The first eight lessons printed to 13–19 pages before the print stylesheet
 * and 5–9 with it; the longer lessons of modules 3–5 (up to about 3,700 words with their code and tables) need up to
 * 10–11, so the budget allows 12.
 */
const PAGE_BUDGET = 12;

/** Relative luminance (0 black … 1 white) of a computed `rgb(…)` colour. */
const luminance = (css: string): number => {
  const lin = (v: string | undefined) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = css.match(/[\d.]+/g) ?? [];
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

test('lessons print light, without controls, with recorded terminals, within the page budget', async ({ page }) => {
  test.setTimeout(30_000 + lessons.length * 10_000);
  expect(lessons.length).toBeGreaterThan(0);
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const path of lessons) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('button:visible, select:visible, input:visible, textarea:visible'), path).toHaveCount(0);
    // A recorded race on paper says what it is, not how to watch it on screen.
    await expect(page.getByText('Turn on JavaScript to watch it').filter({ visible: true }), path).toHaveCount(0);
    // The lesson's own quiz does not print (its page does), so neither does a terminal inside it.
    const terminals = page.locator('.sl-markdown-content:not(.il-lesson-quiz) il-terminal');
    for (let i = 0; i < (await terminals.count()); i++) {
      const term = terminals.nth(i);
      await expect(term.locator('.il-screen'), `${path} terminal ${i}`).toBeHidden();
      await expect(term.locator('.il-static pre'), `${path} terminal ${i}`).toBeVisible();
      await expect(term.locator('.il-static pre'), `${path} terminal ${i}`).toContainText('$ ');
    }
    const backgrounds = await page.evaluate(() =>
      [document.body, ...document.querySelectorAll('.il-diagram')].map((el) => getComputedStyle(el).backgroundColor),
    );
    for (const bg of backgrounds) expect(luminance(bg), `${path}: ${bg}`).toBeGreaterThan(0.8);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    expect(pages, path).toBeGreaterThan(0);
    expect(pages, `${path} prints to ${pages} A4 pages`).toBeLessThanOrEqual(PAGE_BUDGET);
  }
});
