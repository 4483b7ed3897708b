import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { switchTheme } from './site-pages';

// The decision aid where the course places it. Answers are given by keyboard only (Tab into a group, arrow keys
// move the choice, as in any native radio group); the recommendation, its reasons and the polite announcement follow.

const PAGE = '/lessons/compare-and-choose/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const aid = (page: Page) => page.locator('il-decision-aid');
const result = (page: Page) => aid(page).getByRole('region', { name: /^Starting point:/ });
const visibleReasons = (page: Page) => aid(page).locator('.il-aid-reasons > li:not([hidden])');

/** Focuses the checked radio of the group `legend` by tabbing from the form's start, as a keyboard user would. */
async function focusGroup(page: Page, legend: RegExp): Promise<void> {
  const group = aid(page).getByRole('group', { name: legend });
  await aid(page).getByRole('group').first().getByRole('radio', { checked: true }).focus();
  for (
    let i = 0;
    i < 12 && !(await group.getByRole('radio', { checked: true }).evaluate((r) => r === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(group.getByRole('radio', { checked: true })).toBeFocused();
}

test('answering by keyboard changes the recommendation and its reasons, and says so politely', async ({ page }) => {
  await page.goto(PAGE);
  await expect(result(page)).toHaveAccessibleName('Starting point: Containers');
  await expect(visibleReasons(page).first()).toContainText('trust each other can share a kernel');
  const live = aid(page).locator('[aria-live="polite"]');
  await expect(live).toHaveText('');

  // Untrusted tenants: shared-kernel containers are ruled out; a sandbox per container is the starting point.
  await focusGroup(page, /trust each other/);
  await page.keyboard.press('ArrowDown');
  await expect(aid(page).getByRole('radio', { name: /other tenants/ })).toBeChecked();
  await expect(result(page)).toHaveAccessibleName('Starting point: A sandboxed runtime or microVM');
  await expect(visibleReasons(page).first()).toContainText('should not share a kernel');
  await expect(visibleReasons(page).getByRole('link', { name: 'The shared kernel' }).first()).toBeVisible();
  await expect(live).toHaveText(/^Starting point: A sandboxed runtime or microVM\. \d+ reasons?/);

  // A legacy GUI application: only a VM will do, whatever else was answered.
  await focusGroup(page, /legacy or desktop/);
  await page.keyboard.press('ArrowDown');
  await expect(result(page)).toHaveAccessibleName('Starting point: Virtual machines');
  await expect(visibleReasons(page).first()).toContainText('expects a whole machine');
  await expect(aid(page).locator('[data-outcome="vms"]')).toBeVisible();
  await expect(aid(page).locator('[data-outcome="containers"]')).toBeHidden();

  // And back: the reason that no longer applies goes away.
  await page.keyboard.press('ArrowUp');
  await expect(result(page)).toHaveAccessibleName('Starting point: A sandboxed runtime or microVM');
  await expect(visibleReasons(page).filter({ hasText: 'expects a whole machine' })).toHaveCount(0);
});

test('the aid says it is a starting point, not a verdict', async ({ page }) => {
  await page.goto(PAGE);
  await expect(aid(page).getByText(/a starting point\s+for your own judgement, not a verdict/)).toBeVisible();
});

test('axe finds nothing in the aid, light and dark, with the caveats list showing', async ({ page }) => {
  await page.goto(PAGE);
  await focusGroup(page, /experienced is the team/);
  await page.keyboard.press('ArrowDown');
  await expect(aid(page).locator('.il-aid-caveats > li:not([hidden])').first()).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await switchTheme(page, theme);
    const results = await new AxeBuilder({ page }).include('il-decision-aid').withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${theme} ${v.id}`)).toEqual([]);
  }
});

test('at 320 px nothing in the aid is wider than the screen but its scrollable tables', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(PAGE);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expect(aid(page).getByRole('group').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the questions step aside and the rules table tells all', async ({ page }) => {
    await page.goto(PAGE);
    await expect(aid(page).locator('fieldset').first()).toBeHidden();
    await expect(aid(page).getByText('The questions need JavaScript.')).toBeVisible();
    // The rules sit behind a disclosure, which opens without JavaScript.
    await aid(page).locator('summary', { hasText: 'How the aid decides' }).click();
    const rules = aid(page).getByRole('table', { name: 'The rules' });
    await expect(rules).toBeVisible();
    await expect(rules.getByRole('row')).toHaveCount(15);
    await expect(rules.getByRole('rowheader', { name: /Legacy or GUI: Yes/ })).toBeVisible();
    await expect(
      aid(page)
        .getByRole('table', { name: /outcomes/ })
        .getByRole('row'),
    ).toHaveCount(5);
  });
});
