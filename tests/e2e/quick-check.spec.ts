import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtHtml, builtPages } from './site-pages';

// Quick checks: one question of a lesson's check quiz, answered in place in the lesson text.

/** The first built lesson with quick checks. */
const lesson = builtPages().find((p) => p.startsWith('/lessons/') && builtHtml(p).includes('<il-quick-check'));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface CheckData {
  quiz: string;
  question: { id: string; type: string; options?: Array<{ id: string; correct: boolean }>; answer?: boolean };
}

/** The first quick check whose question is answered by picking one option, ready, and its data. */
async function firstChoiceCheck(page: Page): Promise<{ root: Locator; data: CheckData; right: string; wrong: string }> {
  const checks = page.locator('il-quick-check');
  for (const root of await checks.all()) {
    const data = JSON.parse((await root.locator('script.il-quiz-data').textContent()) ?? '{}') as CheckData;
    const q = data.question;
    if (q.type !== 'SingleChoice' && q.type !== 'TrueFalse') continue;
    await root.scrollIntoViewIfNeeded(); // it loads when near the viewport
    await expect(root).toHaveAttribute('data-ready', 'true');
    const right = q.type === 'TrueFalse' ? String(q.answer) : q.options!.find((o) => o.correct)!.id;
    const wrong = q.type === 'TrueFalse' ? String(!q.answer) : q.options!.find((o) => !o.correct)!.id;
    return { root, data, right, wrong };
  }
  throw new Error(`no single-choice or true/false quick check on ${lesson}`);
}

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the target with Tab');
}

/** Picks the radio with value `id` by keyboard: Tab into the group, then arrow keys. */
async function pickByKeyboard(page: Page, root: Locator, id: string): Promise<void> {
  const radios = root.locator('.ilq-options input');
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  const index = await radios.evaluateAll(
    (els, want) => els.findIndex((e) => (e as HTMLInputElement).value === want),
    id,
  );
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(root.locator(`.ilq-options input[value="${id}"]`)).toBeChecked();
}

test.skip(!lesson, 'no lesson with quick checks is built');

test('a quick check answered wrong, then right, by keyboard; feedback shows; a reload keeps the last result', async ({
  page,
}) => {
  await page.goto(lesson!);
  const { root, data, right, wrong } = await firstChoiceCheck(page);
  const result = root.locator('.ilq-result');
  const status = root.getByRole('status');
  await expect(root.getByRole('group', { name: /^Quick check/ })).toBeVisible();
  await expect(root.getByText('Show answer')).toHaveCount(0); // the no-JS disclosure gives way to Check

  await pickByKeyboard(page, root, wrong);
  await tabTo(page, root.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(result).toBeVisible();
  await expect(result).toContainText('Incorrect');
  await expect(result).toContainText('Right answer');
  // The feedback on the chosen option, marked as the learner's.
  const picked = root.locator(`.ilq-options > li:has(input[value="${wrong}"])`);
  await expect(picked.locator('.ilq-fb')).toBeVisible();
  await expect(picked).toContainText('Your answer — not correct');
  await expect(status).toContainText('Incorrect');
  const again = root.getByRole('button', { name: 'Try again' });
  await expect(again).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(result).toBeHidden();
  await expect(root.locator('.ilq-options input:checked')).toHaveCount(0);
  await expect(root.locator('.ilq-options input').first()).toBeFocused();

  await pickByKeyboard(page, root, right);
  await tabTo(page, root.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(result).toContainText('Correct');
  await expect(result).not.toContainText('Incorrect');
  await expect(root.locator(`.ilq-options > li:has(input[value="${right}"]) .ilq-fb`)).toBeVisible();
  await expect(status).toContainText('Correct');

  // Saved apart from quiz scores: the lesson's quiz and the exam are untouched.
  const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('isolation-lab:progress') ?? '{}'));
  expect(progress.quizzes).toEqual({});
  expect(progress.checks[data.quiz][data.question.id]).toMatchObject({ answer: right, correct: true });

  await page.reload();
  const { root: again2 } = await firstChoiceCheck(page);
  await expect(again2.locator('.ilq-result')).toContainText('Correct');
  await expect(again2.locator(`.ilq-options input[value="${right}"]`)).toBeChecked();
  await expect(again2.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(again2.getByRole('button', { name: 'Check answer' })).toBeHidden();
});

test('checking with nothing chosen asks for an answer and reveals nothing', async ({ page }) => {
  await page.goto(lesson!);
  const { root } = await firstChoiceCheck(page);
  await root.getByRole('button', { name: 'Check answer' }).click();
  await expect(root.locator('.ilq-result')).toHaveText('Choose an answer first, then check it.');
  await expect(root.locator('.ilq-fb:visible')).toHaveCount(0);
  await expect(root.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.2 AA violations on a lesson with quick checks, unanswered and answered (${theme})`, async ({
    page,
  }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(lesson!);
    const { root, wrong } = await firstChoiceCheck(page);
    const audit = async (state: string) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        state,
      ).toEqual([]);
    };
    await audit('unanswered');
    await root.locator(`.ilq-options input[value="${wrong}"]`).check();
    await root.getByRole('button', { name: 'Check answer' }).click();
    await expect(root.locator('.ilq-result')).toBeVisible();
    await audit('answered wrong');
  });
}

test('at 320 px the quick checks fit the width', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(lesson!);
  const { root, wrong } = await firstChoiceCheck(page);
  await root.locator(`.ilq-options input[value="${wrong}"]`).check();
  await root.getByRole('button', { name: 'Check answer' }).click();
  for (const card of await page.locator('il-quick-check').all()) {
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each quick check shows its question with the answer behind a disclosure', async ({ page }) => {
    await page.goto(lesson!);
    const root = page.locator('il-quick-check').first();
    await expect(root.getByRole('button', { name: 'Check answer' })).toBeHidden();
    const answer = root.locator('.ilq-answer');
    await expect(answer).toBeHidden();
    await root.getByText('Show answer').click();
    await expect(answer).toBeVisible();
    await expect(answer).toContainText('Answer:');
  });
});

test('no layout shift when a quick check comes to life: each card keeps the height it had without JavaScript', async ({
  browser,
}) => {
  const heights = async (js: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(lesson!);
    const out: number[] = [];
    for (const root of await page.locator('il-quick-check').all()) {
      await root.scrollIntoViewIfNeeded();
      if (js) await expect(root).toHaveAttribute('data-ready', 'true');
      out.push(Math.round((await root.boundingBox())!.height));
    }
    await context.close();
    return out;
  };
  const before = await heights(false);
  expect(before.length).toBeGreaterThan(0);
  expect(await heights(true)).toEqual(before);
});
