import { expect, type Page, type Response } from '@playwright/test';
import { watchCsp } from './site-pages';

/** What the smoke test saw, for checks that only apply to one server (say, nginx's headers). */
export interface SmokeSeen {
  /** The HTML response of each page it loaded, by URL. */
  pages: Map<string, Response>;
  /** Every response for a file under `<base>_astro/`. */
  assets: Response[];
  /** The response for a page that does not exist. */
  missing: Response;
}

/**
 * The smoke test every way of serving the site must pass (preview server, nginx under a sub-path): pages and their
 * assets load, a missing page gets the course's own 404 page with status 404, a lesson's terminal runs a command,
 * search finds a lesson under the right base, and the Content-Security-Policy blocks nothing on the way.
 * `root` is the site's absolute URL with its base path, ending in "/".
 */
export async function smokeTest(page: Page, root: string): Promise<SmokeSeen> {
  const base = new URL(root).pathname;
  const csp = await watchCsp(page);
  const assets: Response[] = [];
  const failures: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith(`${base}_astro/`)) assets.push(r);
    if (r.status() >= 400 && !url.pathname.endsWith('/no-such-lesson/')) failures.push(`${r.status()} ${r.url()}`);
  });
  const pages = new Map<string, Response>();
  const open = async (path: string, heading: string | RegExp) => {
    const res = await page.goto(new URL(path, root).href, { waitUntil: 'networkidle' });
    expect(res?.status(), path).toBe(200);
    pages.set(path, res!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  };

  await open('./', /Isolation Lab/);
  await open('progress/', 'My progress');
  await open('lessons/containers-are-processes/', 'Containers are processes');
  const term = page.locator('il-terminal').first();
  await term.scrollIntoViewIfNeeded();
  await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const input = term.getByRole('textbox', { name: /terminal input/i });
  await input.focus();
  await input.pressSequentially('uname -s');
  await input.press('Enter');
  await expect
    .poll(() => term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText))
    .toMatch(/uname -s\nLinux\n/);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('syscall');
  const hit = dialog.locator('.pagefind-ui__result-link').filter({ hasText: 'What a kernel does' });
  await expect(hit).toHaveCount(1);
  expect(new URL((await hit.getAttribute('href'))!, root).pathname).toBe(`${base}lessons/what-a-kernel-does/`);

  expect(assets.length, 'the pages load files from _astro/').toBeGreaterThan(0);
  // 304: the browser revalidated a file it already had (the preview server asks it to; nginx only for HTML).
  const failed = assets.filter((r) => r.status() !== 200 && r.status() !== 304);
  expect(failed.map((r) => `${r.status()} ${r.url()}`)).toEqual([]);

  const missing = await page.goto(new URL('no-such-lesson/', root).href);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  expect(failures, 'no request fails (a file outside the base path would)').toEqual([]);
  expect(csp).toEqual([]);
  return { pages, assets, missing: missing! };
}
