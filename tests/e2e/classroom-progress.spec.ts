import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { lessonsDone } from './course-facts';
import { expect, test, type Page } from '@playwright/test';
import { answer, openQuiz, shownQuestions } from './quiz-helpers';

// Issue 12, points 1 and 2: progress saved to a file and loaded back, reset with confirmation, and the record of
// completion once the final exam is passed.

const KEY = 'isolation-lab:progress';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const main = (page: Page) => page.getByRole('main');

/** Takes the quiz at `path`, answering the first `wrong` questions wrongly and the rest from the key; returns the score line. */
async function takeQuiz(page: Page, path: string, wrong: number): Promise<string> {
  const { quiz, root } = await openQuiz(page, path);
  const questions = await shownQuestions(root, quiz);
  for (const [i, { q, fs }] of questions.entries()) await answer(page, fs, q, i >= wrong);
  await root.getByRole('button', { name: /Finish|Submit/ }).click();
  const result = root.getByRole('region', { name: 'Your result' });
  await expect(result).toContainText(/Passed/);
  return (/[\d.]+ of [\d.]+\spoints \(\d+\s%\)/.exec((await result.textContent()) ?? '') ?? [''])[0];
}

test('take a quiz and the exam, print the record, save to a file, reset, refuse a bad file, load it back', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });

  // Before the exam: the record says what is missing.
  await page.goto('/progress/record/');
  await expect(main(page).getByRole('region', { name: 'Not yet: what is missing' })).toContainText(
    'Pass the final exam (pass mark 80 %): you have not taken it yet.',
  );
  await expect(main(page).getByRole('article')).toBeHidden();

  const lessonScore = await takeQuiz(page, '/quizzes/why-isolate/', 0);
  const examScore = await takeQuiz(page, '/quizzes/final-exam/', 2);
  expect(examScore).toMatch(/\(\d+\s%\)/);

  // The record, with the scores the quizzes showed.
  await page.goto('/progress/record/');
  const record = main(page).getByRole('article', { name: 'Isolation Lab' });
  await expect(record).toBeVisible();
  await expect(record).toContainText('Record of completion · self-reported');
  await expect(record).toContainText(`${examScore}, best of 1 attempt`);
  await expect(record).toContainText(`Why isolate?: done, quiz best ${lessonScore}`);
  await expect(record).toContainText(lessonsDone(1));
  await expect(record.getByRole('link', { name: 'the course’s LMS downloads' })).toHaveAttribute(
    'href',
    '/teach/downloads/',
  );
  // The name is typed here and kept only when asked for.
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Ada Lovelace');
  await expect(record).toContainText('Ada Lovelace completed the course');
  expect(JSON.parse((await stored(page)) ?? '{}').learner).toBeUndefined();
  await page.getByLabel('Remember my name in this browser').check();
  expect(JSON.parse((await stored(page)) ?? '{}').learner).toEqual({ name: 'Ada Lovelace' });

  // Save to a file: it holds exactly what the browser holds.
  await page.goto('/progress/');
  const before = (await stored(page)) ?? '';
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save progress to a file' }).click();
  const file = await (await download).path();
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved).toMatchObject({ format: 'isolation-lab-progress', formatVersion: 1, course: 'Isolation Lab' });
  expect(saved.progress).toEqual(JSON.parse(before));
  await expect(page.getByRole('status').filter({ hasText: /^Saved isolation-lab-progress-/ })).toContainText(
    '2 quizzes taken (2 passed)',
  );

  // Reset, by keyboard: Esc and Cancel change nothing; confirming deletes everything.
  const reset = page.getByRole('button', { name: 'Reset all progress…' });
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog).toContainText('the name “Ada Lovelace”');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  expect(await stored(page)).toBe(before);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete my progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'All progress in this browser was deleted.' })).toBeVisible();
  await expect(page.locator('li[data-lesson="why-isolate"]')).toContainText('Not started');
  const empty = await stored(page);
  await reset.click(); // nothing left to delete: no dialog, a plain answer
  await expect(page.getByRole('status').filter({ hasText: 'There is no saved progress to reset.' })).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(JSON.parse(empty ?? '{}')).toEqual({ version: 4, lessons: {}, quizzes: {}, exercises: {} });

  // A damaged file and a foreign one are refused and change nothing.
  const input = page.locator('il-progress-transfer input[type="file"]');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "isol'),
  });
  await expect(page.getByRole('status').filter({ hasText: /^Not loaded/ })).toHaveText(
    'Not loaded: This file is not a progress file: it is not valid JSON. Nothing was changed.',
  );
  const future = { ...saved, formatVersion: 2 };
  await input.setInputFiles({
    name: 'new.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(future)),
  });
  await expect(page.getByRole('status').filter({ hasText: /^Not loaded/ })).toContainText(
    'newer version of the course',
  );
  expect(await stored(page)).toBe(empty);

  // The saved file: the dialog says what it replaces; Cancel keeps things, confirming brings everything back.
  await input.setInputFiles(file);
  const replace = page.getByRole('dialog', { name: 'Replace your progress?' });
  await expect(replace).toContainText('This browser holds: nothing saved.');
  await expect(replace).toContainText('2 quizzes taken (2 passed)');
  await replace.getByRole('button', { name: 'Cancel' }).click();
  expect(await stored(page)).toBe(empty);
  // By keyboard: Enter on "Load progress from a file…" opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load progress from a file…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  await expect(replace.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(replace.getByRole('button', { name: 'Replace my progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Load progress from a file…' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Loaded/ })).toBeVisible();
  expect(JSON.parse((await stored(page)) ?? '')).toEqual(JSON.parse(before));
  await expect(page.locator('li[data-lesson="why-isolate"]')).toContainText('Done: quiz passed');
  await page.goto('/progress/record/');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Ada Lovelace');
  await expect(main(page).getByRole('article')).toContainText(`${examScore}, best of 1 attempt`);
});

/** A learner who passed the exam with 17 of 20 and lesson 1's quiz, finished one lab, and kept a name. */
async function seedPassed(page: Page) {
  await page.addInitScript((key) => {
    if (localStorage.getItem(key)) return;
    const at = '2026-11-27T14:30:00.000Z';
    const rec = (score: number, maxScore: number) => ({
      score,
      maxScore,
      percent: Math.round((score * 100) / maxScore),
      passed: score * 100 >= maxScore * 80,
      at,
    });
    const quiz = (s: ReturnType<typeof rec>) => ({ attempts: [s], attemptCount: 1, best: s, passedAt: at });
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 4,
        lessons: { 'why-isolate': { visitedAt: at }, hypervisors: { visitedAt: at, markedDoneAt: at } },
        quizzes: { 'why-isolate': quiz(rec(9, 10)), 'final-exam': quiz(rec(17, 20)) },
        exercises: { 'oom-kill': { doneAt: at } },
        learner: { name: 'Grace Hopper' },
      }),
    );
  }, KEY);
}

test('the record prints light on paper, without the form, with the scores; fits 320 px', async ({ page }) => {
  await seedPassed(page);
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.goto('/progress/record/');
  const record = main(page).getByRole('article');
  await expect(record).toContainText('Grace Hopper completed the course');
  await expect(record).toContainText('17 of 20 points (85 %), best of 1 attempt');
  await expect(record).toContainText('Module 1: Foundations (quiz average 45 %)');
  await expect(record).toContainText('Why isolate?: done, quiz best 9 of 10 points (90 %)');
  await expect(record).toContainText('Hypervisors: done, quiz not taken');
  await expect(record).toContainText(lessonsDone(2));
  await expect(record).toContainText("Hit a container's memory limit");

  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
  }

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  // The whole form stays off paper, its words as well as its controls.
  await expect(page.getByRole('heading', { name: 'Your name on the record' })).toBeHidden();
  await expect(page.getByText('it is never sent anywhere')).toBeHidden();
  await expect(record).toBeVisible();
  await expect(record).toContainText('Self-reported.');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: test.info().outputPath('record-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  expect(pages).toBe(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the record (issued and not yet) and My progress with its dialog open (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.emulateMedia({ colorScheme: theme });
    const audit = async (what: string) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${what} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    };
    await page.goto('/progress/record/');
    await expect(page.getByRole('region', { name: 'Not yet: what is missing' })).toBeVisible();
    await audit('record, not yet');
    await seedPassed(page);
    await page.goto('/progress/record/');
    await expect(main(page).getByRole('article')).toBeVisible();
    await audit('record');
    await page.goto('/progress/');
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await expect(page.getByRole('dialog', { name: 'Reset all progress?' })).toBeVisible();
    await audit('progress, reset dialog');
  });
}
