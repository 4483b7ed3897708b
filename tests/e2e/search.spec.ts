import { expect, test } from '@playwright/test';
import { foreignRequests } from './site-pages';

test('search finds a lesson by a word in its body, and not the utility pages; nothing leaves the origin', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const foreign = foreignRequests(page, origin);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  // "syscall" appears in the body of "What a kernel does", not in its title.
  await dialog.getByRole('textbox', { name: 'Search' }).fill('syscall');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: 'What a kernel does' })).toHaveCount(1);

  // "course" is on the home page and the 404 page too, but only lessons and the glossary are indexed.
  // Pagefind redraws the list as results load: wait for the message naming this query, then read the list until it
  // has settled (the same links twice in a row), never at one moment.
  await dialog.getByRole('textbox', { name: 'Search' }).fill('course');
  await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/\d+ results? for course/);
  const read = () => results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  let last: string[] = [];
  await expect
    .poll(async () => {
      const now = await read();
      const settled = now.length > 0 && now.join() === last.join();
      last = now;
      return settled;
    })
    .toBe(true);
  for (const href of last) expect(href).toMatch(/^\/(lessons\/[a-z0-9-]+\/|glossary\/)$/);
  // Pagefind loads its UI, index and result fragments lazily: all from this origin.
  await page.mouse.wheel(0, 10_000);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
