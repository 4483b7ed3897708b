import { expect, test, type Page } from '@playwright/test';

// Saved data a learner's browser can hold after a crash, an extension or a hand edit: each case must end in a working
// page (themed, with its theme picker and progress header), never in a script error.

/** Collects uncaught page errors for the test to assert none. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('a damaged theme value', () => {
  for (const value of [']', '"><b>', 'sepia']) {
    test(`starlight-theme = ${JSON.stringify(value)} gives a themed page and a working picker`, async ({ page }) => {
      const errors = errorsOf(page);
      await page.addInitScript((v) => {
        if (!sessionStorage.getItem('seeded')) localStorage.setItem('starlight-theme', v);
        sessionStorage.setItem('seeded', '1');
      }, value);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto('/lessons/why-isolate/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      const picker = page.getByRole('combobox', { name: 'Select theme' }).first();
      await expect(picker).toHaveValue('auto');
      await picker.selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(errors).toEqual([]);
    });
  }
});

test('storage the browser refuses (site data blocked): the page is themed and the lesson header still shows', async ({
  page,
}) => {
  const errors = errorsOf(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/lessons/why-isolate/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('list', { name: 'About this lesson' })).toContainText('Lesson 1 of');
  expect(errors).toEqual([]);
});
