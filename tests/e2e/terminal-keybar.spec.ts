import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// The terminal on a phone: an on-screen key bar (Tab, ↑, ↓, Ctrl+C, Esc) that presses those keys in the line editor.

const LESSON = '/lessons/containers-are-processes/';
const SCENARIO = 'container-vs-host';

const transcript = (term: Locator) =>
  term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText);
const size = (term: Locator) =>
  term.evaluate((el) => (el as unknown as { size?: { cols: number; rows: number } }).size);

async function openTerminal(page: Page): Promise<{ term: Locator; input: Locator; bar: Locator }> {
  await page.goto(LESSON);
  const term = page.locator(`il-terminal[data-scenario="${SCENARIO}"]`).first();
  await term.scrollIntoViewIfNeeded();
  await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const input = term.getByRole('textbox', { name: /terminal input/i });
  return { term, input, bar: term.getByRole('group', { name: 'Terminal keys' }) };
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 320, height: 640 } });

  test('the key bar presses Tab, ↑, ↓, Ctrl+C and Esc in the terminal, which keeps a usable size at 320 px', async ({
    page,
  }) => {
    const { term, input, bar } = await openTerminal(page);
    const key = (name: RegExp) => bar.getByRole('button', { name });
    await expect(bar).toBeVisible();
    await expect(bar.getByRole('button')).toHaveText(['Tab', '↑', '↓', 'Ctrl+C', 'Esc']);

    // Usable at 320 px: a shell's width of columns, 20 rows, and keys big enough to tap, all on the screen.
    await expect.poll(async () => (await size(term))?.cols).toBeGreaterThanOrEqual(30);
    expect((await size(term))?.rows).toBe(20);
    const boxes = await bar.getByRole('button').evaluateAll((all) => all.map((b) => b.getBoundingClientRect()));
    for (const box of boxes) {
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(320);
      expect(box.top, 'all keys in one row').toBe(boxes[0]!.top);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await input.focus();
    await page.keyboard.type('hostname');
    await page.keyboard.press('Enter');
    await expect.poll(() => transcript(term)).toMatch(/hostname\nhost\n\S+[$#] $/);

    // Ctrl+C drops the line being typed, as the key does ("^C", a fresh prompt), and the terminal keeps focus.
    await page.keyboard.type('echo never');
    await key(/^Ctrl\+C/).tap();
    await expect.poll(() => transcript(term)).toMatch(/echo never\^C\n\S+[$#] $/);
    await expect(input).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => transcript(term)).not.toContain('\nnever\n');

    // ↑ recalls the last command, ↓ goes back to the empty line.
    await key(/^Up arrow/).tap();
    await expect.poll(() => transcript(term)).toMatch(/[$#] hostname$/);
    await key(/^Down arrow/).tap();
    await expect.poll(() => transcript(term)).toMatch(/[$#] $/);

    // Tab completes a command name.
    await page.keyboard.type('hostn');
    await key(/^Tab/).tap();
    await expect.poll(() => transcript(term)).toMatch(/[$#] hostname $/);
    await key(/^Ctrl\+C/).tap();

    // Esc leaves the terminal for the next control, as the Esc key does.
    await key(/^Esc/).tap();
    await expect(input).not.toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(BUTTON|SUMMARY)$/);
  });

  test('the key bar works from the keyboard too, and axe finds nothing on it in light and dark', async ({ page }) => {
    const { term, input, bar } = await openTerminal(page);
    await input.focus();
    await page.keyboard.type('hostname');
    await page.keyboard.press('Enter');
    await expect.poll(() => transcript(term)).toMatch(/hostname\nhost\n\S+[$#] $/);
    await bar.getByRole('button', { name: /^Up arrow/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => transcript(term)).toMatch(/[$#] hostname$/);

    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      const results = await new AxeBuilder({ page })
        .include('il-terminal')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        theme,
      ).toEqual([]);
    }
  });
});

test('with a mouse and keyboard the bar stays hidden, unless the terminal asks for it with data-keybar="show"', async ({
  page,
}) => {
  const { term, bar } = await openTerminal(page);
  await expect(bar).toBeHidden();
  await term.evaluate((el) => el.setAttribute('data-keybar', 'show'));
  await expect(bar).toBeVisible();
});
