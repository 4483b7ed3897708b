import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, foreignRequests, switchTheme, watchCsp } from './site-pages';

// Every built page, loaded once: axe (WCAG 2.2 AA) in the light and the dark theme, then scrolled to the end; no
// request in all of that may leave the site's origin, and the page's Content-Security-Policy may block nothing
// (csp.spec.ts does the same through the interactive states). One load per page keeps `npm test` fast as the site grows.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeIn(page: Page, theme: 'light' | 'dark'): Promise<string[]> {
  await switchTheme(page, theme);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const path of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violation (light, dark), nothing leaves the origin, no CSP violation: ${path}`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign = foreignRequests(page, origin);
    const csp = await watchCsp(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    // Expressive Code makes wide code blocks focusable in an idle callback; let it finish before auditing.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.expressive-code pre')].every(
        (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
      ),
    );
    expect([...(await axeIn(page, 'light')), ...(await axeIn(page, 'dark'))]).toEqual([]);

    // Scroll to the end: terminals and images load as they come near. (Search is the same on every page: its
    // requests are checked once, in search.spec.ts.)
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(csp).toEqual([]);
  });
}
