import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serveDist } from '../../scripts/bench/serve.mjs';

// A real offline test: the site comes from a server this test owns, which it stops after the first visit, and the
// browser is set offline too (Chromium's offline switch alone does not cover a service worker's own fetches).

const DIST = join(import.meta.dirname, '../../dist');

test('after one visit, with the network cut, a learner opens an unvisited lesson, runs its lab, takes a quiz and searches', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const server: Server = await serveDist(DIST);
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`);
    // The worker is registered once the page has loaded; it is active once its precache is complete.
    // `ready` resolves once a worker is active, possibly still 'activating': wait for 'activated'.
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', null, {
      timeout: 30_000,
    });
    // Stop the server for real: keep-alive connections would otherwise keep it answering.
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeAllConnections();
    await closed;
    await context.setOffline(true);

    // A lesson never opened online, with a lab in it.
    await page.goto(`${origin}/lessons/containers-are-processes/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Containers are processes');
    const term = page.locator('il-terminal').first();
    await term.scrollIntoViewIfNeeded();
    await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    const input = term.getByRole('textbox', { name: /terminal input/i });
    await input.focus();
    await input.pressSequentially('uname -r');
    await input.press('Enter');
    await expect(term.locator('.xterm-rows')).toContainText(/\d+\.\d+\.\d+\S*-amd64/);

    // Its quiz, at the end of the page: answer a single-choice question and check it.
    const quiz = page.locator('il-quiz').first();
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    const first = quiz.locator('fieldset.ilq-q[data-type="SingleChoice"]:not([hidden])').first();
    await first.locator('input').first().check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.locator('.ilq-verdict')).toBeVisible();

    // Search: Pagefind's script, index and fragments all come from the precache.
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('hypervisor');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 });

    // A page the course does not have: offline, the course's own 404 page from the cache, not the browser's error.
    await page.goto(`${origin}/lessons/no-such-lesson/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  } finally {
    await context.close();
    server.close();
    server.closeAllConnections();
  }
});
