import { expect, test as base } from '@playwright/test';
import { answer, openQuiz, pagesWithQuiz, shownQuestions } from './quiz-helpers';
import { builtPages, watchCsp } from './site-pages';

// The Content-Security-Policy blocks nothing the course does: every interactive state, driven as a learner would.
// (every-page.spec.ts checks each page as it loads.) A violation anywhere in a test fails it.

const test = base.extend<{ csp: string[] }>({
  csp: [
    async ({ page }, use) => {
      const seen = await watchCsp(page);
      await use(seen);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

test('every page carries the policy: hash-only scripts, nothing from another origin', async ({ page }) => {
  await page.goto('/lessons/why-isolate/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/default-src 'self'/);
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(policy).not.toMatch(/https?:/);
});

test('a lab: typing its solution in the terminal meets the goal', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/lessons/images-and-layers/');
  const term = page.locator('il-terminal[data-scenario="images-and-layers"]').first();
  await term.scrollIntoViewIfNeeded();
  await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const solution = await term.evaluate(
    (el) => JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!).scenario.solution as string[],
  );
  const input = term.getByRole('textbox', { name: /terminal input/i });
  for (const line of solution) {
    await input.focus();
    await input.pressSequentially(line);
    await input.press('Enter');
    await expect
      .poll(() => term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText), {
        timeout: 30_000,
      })
      .toMatch(/[$#] $/);
  }
  await expect(term).toHaveAttribute('data-done', 'true');
});

test('the race plays to the end', async ({ page }) => {
  await page.clock.install();
  await page.goto('/lessons/starting-a-container/');
  const race = page.locator('il-race').first();
  await race.scrollIntoViewIfNeeded();
  await race.getByRole('button', { name: 'Play', exact: true }).click();
  await page.clock.runFor(60_000);
  await expect
    .poll(() => race.evaluate((el) => (el as unknown as { state: { finished: boolean } }).state.finished))
    .toBe(true);
  await expect(race.getByRole('table', { name: 'Summary' })).toBeVisible();
});

test('a quiz answered and submitted', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { quiz, root } = await openQuiz(page, pagesWithQuiz('practice')[0]!);
  for (const { q, fs } of await shownQuestions(root, quiz)) await answer(page, fs, q, true);
  await root.getByRole('button', { name: /Finish|Submit/ }).click();
  await expect(root.getByRole('region', { name: 'Your result' })).toContainText('Passed');
});

test('search opened and queried (Pagefind runs WebAssembly in a worker)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('namespace');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
});

test('a diagram enlarged and closed', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of builtPages().filter((p) => p.startsWith('/lessons/'))) {
    await page.goto(path);
    const enlarge = page.locator('.il-diagram-enlarge:visible').first();
    if ((await enlarge.count()) === 0) continue;
    await enlarge.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    return;
  }
  throw new Error('no lesson shows an Enlarge button at 320 px');
});

test('the progress page, and the theme switched with its picker', async ({ page }) => {
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Select theme' }).first();
  for (const theme of ['dark', 'light', 'auto']) {
    await picker.selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme === 'auto' ? /light|dark/ : theme);
  }
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
});
