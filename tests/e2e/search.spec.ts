import { expect, test } from '@playwright/test';

test('search finds a lesson by a word in its body, and not the utility pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  // "syscall" appears in the body of "What a kernel does", not in its title.
  await dialog.getByRole('textbox', { name: 'Search' }).fill('syscall');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: 'What a kernel does' })).toHaveCount(1);

  // "course" is on the home page and the 404 page too, but only lessons are indexed.
  await dialog.getByRole('textbox', { name: 'Search' }).fill('course');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/lessons\/[a-z0-9-]+\/$/);
});
