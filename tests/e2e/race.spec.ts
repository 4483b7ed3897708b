import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { switchTheme } from './site-pages';

const VM_PAGE = '/lessons/booting-a-vm/';
const CT_PAGE = '/lessons/starting-a-container/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type RaceState = { finished: boolean; playing: boolean; readyOrder: string[]; nowMs: number };
const state = (race: Locator) => race.evaluate((el) => (el as unknown as { state: RaceState }).state);

/** The simulated ready times the page ships, by profile: what the race must show, not what a test assumes. */
const readyTimes = (race: Locator) =>
  race.evaluate((el) => {
    const config = JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!) as {
      timelines: Record<string, { readyAtMs: number }>;
    };
    return Object.fromEntries(Object.entries(config.timelines).map(([p, t]) => [p, t.readyAtMs]));
  });

const lane = (race: Locator, name: RegExp) =>
  race.locator('.il-chart-main .il-lane').filter({ has: race.page().locator('.il-lane-name', { hasText: name }) });

async function openRace(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const race = page.locator('il-race').first();
  await race.scrollIntoViewIfNeeded();
  await expect(race.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  return race;
}

for (const other of ['microvm', 'container-cached', 'container-pull']) {
  test(`the race: ${other} is ready before the distro VM, on one clock`, async ({ page }) => {
    // A fake clock drives the animation frames, so twelve seconds of race take a moment of test time.
    await page.clock.install();
    const race = await openRace(page, CT_PAGE);
    await race.getByRole('combobox', { name: 'Lane 2' }).selectOption(other);
    await race.getByRole('combobox', { name: 'Speed' }).selectOption('1');
    await expect(race.getByText('Real time: 1 s on screen = 1 s.')).toBeVisible();
    await race.getByRole('button', { name: 'Play', exact: true }).click();
    await page.clock.runFor(5000);
    expect((await state(race)).readyOrder).toEqual([other]);
    await page.clock.runFor(7000);
    expect((await state(race)).finished).toBe(true);
    expect((await state(race)).readyOrder).toEqual([other, 'kvm-distro']);
    await expect(lane(race, /Distro VM/).locator('.il-place')).toHaveText('second');
    await expect(race.getByRole('table', { name: 'Summary' })).toContainText('Kernels started');
  });
}

test('the microVM plays slowed, as stated on screen, and the finish names the winner and the ratio', async ({
  page,
}) => {
  const race = await openRace(page, VM_PAGE);
  const times = await readyTimes(race);
  const [vm, micro] = [times['kvm-distro']!, times.microvm!];
  await expect(race.getByText(/^Slowed 20×: 1 s on screen = 50 ms, until the microVM is ready/)).toBeVisible();
  await expect(race.getByText(/^Linear time axis: 0 to \d+ s\.$/)).toBeVisible();
  await expect(race.getByText(/^Zoomed in: the first \d+ ms, drawn \d+× wider/)).toBeVisible();

  const started = Date.now();
  await race.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => (await state(race)).readyOrder, { intervals: [25] }).toEqual(['microvm']);
  // Slowed 20×, the 131 ms microVM stays on screen for over two seconds.
  expect(Date.now() - started).toBeGreaterThan(micro * 20 * 0.9);
  await expect(race.getByText('Real time: 1 s on screen = 1 s.')).toBeVisible();
  await expect(lane(race, /MicroVM/).locator('.il-lane-time')).toHaveText(`${micro} ms`);
  await expect(lane(race, /Distro VM/).locator('.il-lane-time')).not.toHaveText(`${micro} ms`);

  await expect.poll(async () => (await state(race)).finished, { timeout: 30_000 }).toBe(true);
  const vmShown = await lane(race, /Distro VM/)
    .locator('.il-lane-time')
    .innerText();
  expect(vmShown).toBe(`${(vm / 1000).toFixed(1)} s`);
  const verdict = `MicroVM ready in ${micro} ms, ${Math.round(vm / micro)}× sooner than the distro VM (${vmShown}).`;
  await expect(race.locator('.il-result .il-verdict')).toHaveText(verdict);
  await expect(lane(race, /MicroVM/).locator('.il-place')).toHaveText('first');
  await expect(race.locator('.il-live')).toHaveText(verdict);
  // Every stage's bar has grown to its full length.
  const segments = lane(race, /Distro VM/).locator('.il-seg[data-state="done"]');
  await expect(segments).toHaveCount(6);
});

test('the race can be stepped stage by stage, each stage explained, and replayed by keyboard', async ({ page }) => {
  const race = await openRace(page, CT_PAGE);
  // Slowed 50×, so that the replay below is still near its start when it is checked.
  await race.getByRole('combobox', { name: 'Speed' }).selectOption('50');
  await expect(race.getByText('Slowed 50×: 1 s on screen = 20 ms.')).toBeVisible();
  const step = race.getByRole('button', { name: 'Step' });
  await step.click();
  const t1 = (await state(race)).nowMs;
  await step.click();
  const t2 = (await state(race)).nowMs;
  expect(t1).toBeGreaterThan(0);
  expect(t2).toBeGreaterThan(t1);
  await expect(race.getByText(/Simulated time/)).not.toHaveText('Simulated time: 0 ms');
  // Each lane names its current stage in its heading and says what it does below the chart.
  const doing = await lane(race, /Container/)
    .locator('.il-lane-doing')
    .innerText();
  expect(doing).not.toMatch(/^(not started|ready)$/);
  await expect(race.locator('.il-now p').nth(1)).toContainText(`Container, image cached: ${doing}`);
  await expect(race.locator('.il-now p').nth(1)).toContainText(' ms). ');
  await expect(race.locator('.il-live')).toContainText(`Container, image cached: ${doing}`);
  await race.getByText('Every stage, with its times').click();
  await expect(race.getByRole('table', { name: 'Container, image cached' })).toContainText(doing);

  // Step on past the firmware stage, so that a replay (at a fiftieth of real time) is far behind it when checked.
  for (let i = 0; i < 20 && (await state(race)).nowMs < 1500; i++) await step.click();
  const reached = (await state(race)).nowMs;
  expect(reached).toBeGreaterThanOrEqual(1500);
  await race.getByRole('button', { name: 'Replay' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await state(race)).playing).toBe(true);
  expect((await state(race)).nowMs).toBeLessThan(reached);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(race.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(async () => (await state(race)).playing).toBe(false);

  // The stage tables are built when their disclosure opens, and follow the racers while it stays open.
  await race.locator('select[data-lane="1"]').selectOption('container-pull');
  await expect(race.locator('.il-stage-details').getByRole('table')).toHaveCount(2);
  await expect(race.getByRole('table', { name: 'Container, needs a pull' })).toContainText('Image pull');
  await race.getByText('Every stage, with its times').click();
  await race.locator('select[data-lane="1"]').selectOption('microvm');
  await expect(race.locator('.il-stage-details table')).toHaveCount(0);
});

test('reduced motion shows the finish at once; mid-run and finished, the race fits 320 px and passes axe in both themes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 320, height: 800 });
  const race = await openRace(page, CT_PAGE);
  // Nothing pressed: the final state, with the same facts as a race played to its end.
  expect((await state(race)).finished).toBe(true);
  await expect(race.locator('.il-result .il-verdict')).toHaveText(
    /^Cached container ready in \d+\sms, \d+× sooner than the distro VM \(\d+\.\d\ss\)\.$/,
  );
  await expect(race.getByRole('table', { name: 'Summary' })).toContainText('Time to ready');
  await expect(lane(race, /Container/).locator('.il-lane-time')).toHaveText(/^\d+ ms$/);
  await expect(lane(race, /Distro VM/).locator('.il-lane-time')).toHaveText(/^\d+\.\d s$/);
  await expect(race.locator('.il-live')).toHaveText('');
  for (const summary of ['Every stage, with its times', 'Kernel and daemon log']) await race.getByText(summary).click();

  const check = async (when: string) => {
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      // Nothing in the race reaches past the viewport's right edge (not even inside a scrolling table).
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('il-race, il-race *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(overflowing, `${when} at ${width} px`).toEqual([]);
    }
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await switchTheme(page, theme);
      const results = await new AxeBuilder({ page }).include('il-race').withTags(WCAG_TAGS).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(found, `${when}, ${theme}`).toEqual([]);
    }
  };
  await check('finished');
  // Step starts the race over, one stage boundary at a time: mid-run.
  await race.getByRole('button', { name: 'Step' }).click();
  await race.getByRole('button', { name: 'Step' }).click();
  expect((await state(race)).finished).toBe(false);
  await expect(race.locator('.il-result')).toBeHidden();
  await check('mid-run');
});

test('on paper the race prints as its recording, without buttons', async ({ page }) => {
  const race = await openRace(page, VM_PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(race.getByRole('button')).toHaveCount(0);
  await expect(race.getByRole('table', { name: 'Distro VM on KVM' })).toBeVisible();
  await expect(race.locator('.il-race-static .il-verdict')).toHaveText(/^MicroVM ready in/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the race is a static recording: the result, each lane’s stages and the summary, as text and tables', async ({
    page,
  }) => {
    await page.goto(VM_PAGE);
    const race = page.locator('il-race').first();
    await expect(race.getByText(/^MicroVM ready in \d+\sms, \d+× sooner than the distro VM/)).toBeVisible();
    const vm = race.getByRole('table', { name: 'Distro VM on KVM' });
    await expect(vm.getByRole('row')).toHaveCount(7); // a header and six stages
    await expect(vm).toContainText('Init and services');
    await expect(race.getByRole('table', { name: 'MicroVM (Firecracker-like)' })).toContainText('VMM process');
    await expect(race.getByRole('table', { name: 'Summary' })).toContainText('Kernels started');
    await expect(race.getByRole('button')).toHaveCount(0);
  });
});
