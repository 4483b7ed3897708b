import { expect, test } from '@playwright/test';

test('a lesson page with diagrams ships no Mermaid and no terminal JavaScript up front', async ({ page }) => {
  const scripts: Array<{ url: string; body: string }> = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script') scripts.push({ url: res.url(), body: await res.text() });
  });
  await page.goto('/lessons/what-a-kernel-does/', { waitUntil: 'networkidle' });

  // The diagrams are already there as SVG: nothing renders them in the browser.
  const figures = page.locator('figure.diagram svg');
  expect(await figures.count()).toBeGreaterThan(0);
  expect(await page.locator('script[src*="mermaid"]').count()).toBe(0);
  for (const s of scripts) {
    expect(s.body, s.url).not.toMatch(/mermaid/i);
    expect(s.body, s.url).not.toMatch(/xterm/i);
  }
});
