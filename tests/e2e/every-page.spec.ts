import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, foreignRequests, lookCover, switchTheme, watchCsp } from './site-pages';

// Every built page, loaded once: axe (WCAG 2.2 AA) in the light theme, then scrolled to the end; no request in all of
// that may leave the site's origin, and the page's Content-Security-Policy may block nothing (csp.spec.ts does the same
// through the interactive states). The dark theme changes colours only, so axe runs in it on a cover of the site's
// look: the fewest pages that between them show every class, custom element and inline colour of the site (about a
// third of the pages; a new component or colour adds its page by itself). One load per page keeps `npm test` fast.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeIn(page: Page, theme: 'light' | 'dark'): Promise<string[]> {
  await switchTheme(page, theme);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = builtPages();
const dark = new Set(lookCover(pages));

for (const path of pages) {
  const themes = dark.has(path) ? ('light, dark' as const) : ('light' as const);
  test(`axe finds no WCAG 2.2 AA violation (${themes}), nothing leaves the origin, no CSP violation: ${path}`, async ({
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
    const violations = await axeIn(page, 'light');
    if (dark.has(path)) violations.push(...(await axeIn(page, 'dark')));
    expect(violations).toEqual([]);

    // Scroll to the end: terminals and images load as they come near. (Search is the same on every page: its
    // requests are checked once, in search.spec.ts.)
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(csp).toEqual([]);
  });
}
