import { expect, test, type Locator } from '@playwright/test';

const PAGE = '/lessons/starting-a-container/';
type RaceState = { finished: boolean; playing: boolean; readyOrder: string[]; nowMs: number };
const state = (race: Locator) => race.evaluate((el) => (el as unknown as { state: RaceState }).state);

for (const other of ['microvm', 'container-cached', 'container-pull']) {
  test(`the race: ${other} is ready before the distro VM, on one clock`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(PAGE);
    const race = page.locator('il-race').first();
    await race.scrollIntoViewIfNeeded();
    await race.getByRole('combobox', { name: /Right/ }).selectOption(other);
    await race.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(async () => (await state(race)).finished, { timeout: 60_000 }).toBe(true);
    const end = await state(race);
    expect(end.readyOrder).toEqual([other, 'kvm-distro']);
    await expect(race.getByRole('table')).toContainText('Kernels started');
  });
}

test('the race can be stepped stage by stage, each stage explained, and replayed by keyboard', async ({ page }) => {
  await page.goto(PAGE);
  const race = page.locator('il-race').first();
  await race.scrollIntoViewIfNeeded();
  // Slowed to a tenth, so that the replay below is still near its start when it is checked.
  await race.getByRole('combobox', { name: 'Speed' }).selectOption('0.1');
  const step = race.getByRole('button', { name: 'Step' });
  await step.click();
  const t1 = (await state(race)).nowMs;
  await step.click();
  const t2 = (await state(race)).nowMs;
  expect(t1).toBeGreaterThan(0);
  expect(t2).toBeGreaterThan(t1);
  await expect(race.getByText(/Simulated clock/)).not.toHaveText('Simulated clock: 0 ms');
  // Each pane names its current stage and says what it does.
  await expect(race.getByRole('region', { name: 'Left pane' }).locator('.il-stage')).toContainText(' — ');

  // Step on past the firmware stage, so that a replay (at a tenth of real time) is far behind it when checked.
  for (let i = 0; i < 20 && (await state(race)).nowMs < 1500; i++) await step.click();
  const reached = (await state(race)).nowMs;
  expect(reached).toBeGreaterThanOrEqual(1500);
  await race.getByRole('button', { name: 'Replay' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(race)).playing).toBe(true);
  expect((await state(race)).nowMs).toBeLessThan(reached);
});
