import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const LESSON = '/lessons/containers-are-processes/';

/** The lab terminal for `scenario`, scrolled into view and ready for typing. */
async function openTerminal(page: Page, scenario: string): Promise<Locator> {
  const term = page.locator(`il-terminal[data-scenario="${scenario}"]`).first();
  await term.scrollIntoViewIfNeeded();
  await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  return term;
}

/** Types a command line into the terminal and waits until its output has been played. */
async function run(term: Locator, line: string): Promise<void> {
  const input = term.getByRole('textbox', { name: /terminal input/i });
  await input.focus();
  const before = await term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText.length);
  await input.pressSequentially(line);
  await input.press('Enter');
  await expect
    .poll(() => term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText.length))
    .toBeGreaterThan(before + line.length);
  // Output is paced; the prompt coming back marks its end.
  await expect.poll(() => transcript(term), { timeout: 20_000 }).toMatch(/[$#] $/);
}

const transcript = (term: Locator) =>
  term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText);

test('the terminal loads no JavaScript until it comes near the viewport', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(LESSON, { waitUntil: 'networkidle' });
  const term = page.locator('il-terminal').first();
  await expect(term).toHaveAttribute('data-state', 'waiting');
  const loadedBefore = scripts.length;
  await term.scrollIntoViewIfNeeded();
  await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  expect(scripts.length).toBeGreaterThan(loadedBefore);
});

for (const width of [390, 1280]) {
  test(`starting a lab terminal moves nothing on the page (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/lessons/container-by-hand/');
    const term = page.locator('il-terminal[data-scenario]').first();
    await expect(term).toHaveAttribute('data-state', 'waiting');
    const next = term.locator('xpath=following::*[self::h2 or self::h3 or self::p][1]');
    const height = () => term.evaluate((el) => el.getBoundingClientRect().height);
    const gap = () => Promise.all([term.boundingBox(), next.boundingBox()]).then(([t, n]) => Math.round(n!.y - t!.y));
    const [before, gapBefore] = [await height(), await gap()];
    await term.scrollIntoViewIfNeeded();
    await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(term.locator('.xterm-screen')).toBeVisible();
    expect(await height()).toBe(before);
    expect(await gap()).toBe(gapBefore);
  });
}

test('a container shares the host kernel but has its own hostname and PID 1', async ({ page }) => {
  await page.goto(LESSON);
  const term = await openTerminal(page, 'container-vs-host');
  await run(term, 'uname -r');
  const hostKernel = /\n(\d+\.\d+\.\d+[^\n]*)\n/.exec(await transcript(term))?.[1];
  expect(hostKernel).toBeTruthy();

  await run(term, 'docker run -d --name box alpine:3.22 sleep 3600');
  await run(term, 'docker exec box uname -r');
  await run(term, 'docker exec box hostname');
  await run(term, 'docker exec box ps');
  const text = await transcript(term);
  const afterRun = text.slice(text.indexOf('docker exec box uname -r'));
  expect(afterRun).toContain(hostKernel!); // one kernel: the host's
  expect(afterRun).toMatch(/docker exec box hostname\n[0-9a-f]{12}\n/); // its own UTS namespace
  expect(afterRun).toMatch(/\n\s+1 .*sleep 3600/); // its own PID namespace: sleep is PID 1
  // The same text is on the terminal's screen itself (xterm's rows), not only in the transcript.
  await expect(term.locator('.xterm-rows')).toContainText('sleep 3600');
  await expect(term.locator('.xterm-rows')).toContainText(hostKernel!);
});

test('odd input gets the real tools’ errors', async ({ page }) => {
  await page.goto(LESSON);
  const term = await openTerminal(page, 'container-vs-host');
  await run(term, 'dokcer ps');
  await run(term, 'docker run --frobnicate alpine:3.22');
  await run(term, 'echo $?');
  const text = await transcript(term);
  expect(text).toContain('dokcer: command not found');
  expect(text).toContain('unknown flag: --frobnicate');
  expect(text).toMatch(/echo \$\?\n125\n/);
});

test('keyboard only: focus can always leave the terminal, and axe finds nothing once it is live', async ({ page }) => {
  await page.goto(LESSON);
  const term = await openTerminal(page, 'container-vs-host');
  const input = term.getByRole('textbox', { name: /terminal input/i });
  await input.focus();
  await page.keyboard.type('hostname');
  await page.keyboard.press('Enter');
  await expect.poll(() => transcript(term)).toMatch(/hostname\nhost\n/);
  await page.keyboard.press('Escape');
  await expect(input).not.toBeFocused();
  // Esc hands focus to the next control after the terminal (the hint button), not to the page body.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(BUTTON|SUMMARY)$/);

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  // Name each offending element, so a failure says where to look.
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
