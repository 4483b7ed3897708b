import { expect, test } from '@playwright/test';

test('search finds a lesson by a word in its body, and not the utility pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  // "syscall" appears in the body of "What a kernel does", not in its title.
  await dialog.getByRole('searchbox').fill('syscall');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: 'What a kernel does' })).toHaveCount(1);

  await dialog.getByRole('searchbox').fill('typing mistake');
  await expect(dialog.getByText(/No results for/)).toBeVisible();
});
