import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtHtml, builtPages } from './site-pages';

// Diagram text must be readable where it is shown: at least 12 CSS px on screen, or, for a diagram too
// wide for the screen, an Enlarge view in which it is.
const MIN_PX = 12;
// 390 and 1280 as the issue asks, and 320, the narrowest screen the course supports.
const WIDTHS = [320, 390, 1280];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const diagramPages = builtPages().filter((path) => builtHtml(path).includes('class="il-diagram'));

/** One SVG: how many labels it has and the smallest of them as rendered (font size × the SVG's on-screen scale). */
interface TextSize {
  title: string;
  labels: number;
  smallest: number;
}

/** Measures the rendered size of every non-empty `<text>`/`<tspan>` in each SVG matched by `svgs`. */
function measure(svgs: Locator): Promise<TextSize[]> {
  return svgs.evaluateAll((list) =>
    list.map((svg) => {
      let labels = 0;
      let smallest = Infinity;
      for (const el of svg.querySelectorAll<SVGGraphicsElement>('text, tspan')) {
        // Only elements that carry the glyphs themselves, so nested tspans count once, at their own size.
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        const ctm = el.getScreenCTM();
        if (!own || !ctm || el.getBoundingClientRect().width === 0) continue;
        labels += 1;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.a, ctm.b));
      }
      return { title: svg.querySelector('title')?.textContent ?? '(untitled)', labels, smallest };
    }),
  );
}

const report = (sizes: TextSize[]) => sizes.map((s) => `${s.title}: ${s.smallest.toFixed(1)} px`);

/** Opens a figure's Enlarge view, checks its text size, and closes it with Esc; focus must return to the button. */
async function checkEnlarged(page: Page, figure: Locator, width: number): Promise<void> {
  const button = figure.getByRole('button', { name: /^Enlarge/ });
  await expect(button, `an Enlarge button at ${width} px`).toBeVisible();
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const inside = await measure(dialog.locator('svg'));
  expect(inside).toHaveLength(1);
  expect(inside[0]!.labels).toBeGreaterThan(0);
  expect(inside[0]!.smallest, `text inside the Enlarge view at ${width} px`).toBeGreaterThanOrEqual(MIN_PX);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(figure.locator('svg')).toBeVisible();
}

for (const path of diagramPages) {
  test(`diagram text is at least ${MIN_PX} px, or enlargeable, at ${WIDTHS.join(', ')} px: ${path}`, async ({
    page,
  }) => {
    await page.goto(path);
    const figures = page.locator('figure.il-diagram');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForFunction((w) => window.innerWidth === w, width);
      const sizes = await measure(figures.locator(':scope > svg'));
      expect(sizes).toHaveLength(count);
      for (const [i, size] of sizes.entries()) {
        expect(size.labels, `${size.title} has visible labels`).toBeGreaterThan(0);
        if (size.smallest >= MIN_PX) continue;
        await test.step(`${size.title} at ${width} px (${size.smallest.toFixed(1)} px) enlarges`, () =>
          checkEnlarged(page, figures.nth(i), width));
      }
      // Desktop readers should not need the dialog: everything fits at 1280 px.
      if (width === 1280) expect(report(sizes.filter((s) => s.smallest < MIN_PX))).toEqual([]);
    }
  });
}

test('the Enlarge view works by keyboard alone and passes axe in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const theme of ['light', 'dark'] as const) {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/lessons/starting-a-container/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const button = page.getByRole('button', { name: /^Enlarge diagram: What docker run asks/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'What docker run asks of each component' });
    await expect(dialog).toBeVisible();
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(close).toBeFocused();
    // The drawing scrolls inside the dialog, by keyboard too.
    const region = dialog.getByRole('region');
    await page.keyboard.press('Tab');
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Shift+Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  }
});
