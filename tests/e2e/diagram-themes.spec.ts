import { expect, test, type Page } from '@playwright/test';

/** For every label in every diagram: the WCAG contrast between its text colour and what is painted behind it. */
async function labelContrasts(page: Page): Promise<Array<{ text: string; ratio: number }>> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const pageBg = parse(getComputedStyle(document.body).backgroundColor)!;
    const out: Array<{ text: string; ratio: number }> = [];
    for (const text of document.querySelectorAll<SVGTextElement>('figure svg text')) {
      const content = text.textContent?.trim() ?? '';
      if (!content) continue;
      const box = text.getBoundingClientRect();
      if (box.width === 0) continue;
      const fg = parse(getComputedStyle(text).fill);
      if (!fg) continue;
      let bg = pageBg;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      for (const el of document.elementsFromPoint(x, y)) {
        if (el === text || el.closest('text') || !(el instanceof SVGGeometryElement)) continue;
        const fill = parse(getComputedStyle(el).fill);
        if (fill && fill[3] > 0.5) {
          bg = fill;
          break;
        }
      }
      const [a, b] = [lum(fg), lum(bg)].sort((p, q) => q - p);
      out.push({ text: content, ratio: (a! + 0.05) / (b! + 0.05) });
    }
    return out;
  });
}

test('diagram labels stay legible (AA contrast) in light and in dark mode', async ({ page }) => {
  await page.goto('/lessons/why-isolate/');
  await page.locator('figure svg').first().scrollIntoViewIfNeeded();

  const select = page.getByRole('combobox', { name: 'Select theme' }).first();
  for (const theme of ['light', 'dark'] as const) {
    await select.selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const labels = await labelContrasts(page);
    expect(labels.length).toBeGreaterThan(0);
    const weak = labels.filter((l) => l.ratio < 4.5).map((l) => `${l.text}: ${l.ratio.toFixed(2)}`);
    expect(weak, `low-contrast labels in ${theme} mode`).toEqual([]);
  }
});
