import { expect, test, type Locator } from '@playwright/test';

// Time that tells the truth: `sleep 2` takes two real seconds, and Ctrl+C stops `sleep 100` as bash would
// (bash(1) "SIGNALS": `^C`, status 130, a new prompt). Kept to a few seconds: the suite is near its time budget.
const LESSON = '/lessons/containers-are-processes/';

const transcript = (term: Locator) =>
  term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText);

test('sleep 2 takes two seconds; Ctrl+C on sleep 100 prints ^C, a prompt, and $? is 130', async ({ page }) => {
  await page.goto(LESSON);
  const term = page.locator('il-terminal').first();
  await term.scrollIntoViewIfNeeded();
  await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(term.getByRole('radio', { name: 'real' })).toBeChecked();
  const input = term.getByRole('textbox', { name: /terminal input/i });
  await input.focus();

  await input.pressSequentially('sleep 2');
  const before = (await transcript(term)).length;
  await input.press('Enter');
  const started = Date.now();
  await expect.poll(() => transcript(term), { timeout: 10_000 }).toMatch(/sleep 2\n[^\n]*[$#] $/);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  expect((await transcript(term)).length).toBeGreaterThan(before);

  await input.pressSequentially('sleep 100');
  await input.press('Enter');
  await page.waitForTimeout(300);
  await input.press('Control+C');
  await expect.poll(() => transcript(term), { timeout: 5_000 }).toMatch(/sleep 100\n\^C\n[^\n]*[$#] $/);
  await input.pressSequentially('echo $?');
  await input.press('Enter');
  await expect.poll(() => transcript(term), { timeout: 5_000 }).toMatch(/echo \$\?\n130\n/);
});
