import { expect, type Locator, type Page } from '@playwright/test';

/** A question as the quiz page embeds it in its JSON (only the fields the tests read). */
export interface Q {
  id: string;
  type: string;
  options?: Array<{ id: string; correct: boolean }>;
  answer?: boolean;
  items?: Array<{ id: string; bucket?: string }>;
  pairs?: Array<{ id: string }>;
  buckets?: Array<{ id: string }>;
  accept?: string[];
  display?: string;
  value?: number;
  unit?: string;
}

/** Types the lab's own solution into the focused, ready terminal `term` and waits until its goal is met. */
export async function typeLabSolution(page: Page, term: Locator): Promise<void> {
  const lines = ((await term.locator('.il-solution pre').textContent()) ?? '').split('\n').filter(Boolean);
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
  }
  await expect
    .poll(() => term.evaluate((t) => (t as HTMLElement & { goalResult?: { done: boolean } }).goalResult?.done), {
      timeout: 20_000,
    })
    .toBe(true);
}
