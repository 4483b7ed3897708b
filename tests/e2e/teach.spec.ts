import {
  formatMinutes,
  LAB_COUNT,
  LESSON_COUNT,
  LESSONS,
  MODULE_COUNT,
  QUIZ_COUNT,
  TOTAL_MINUTES,
} from './course-facts';
import { expect, test, type Page } from '@playwright/test';
import { builtHtml, builtPages } from './site-pages';

// Issue 12, point 3: the teacher pack at /teach/, generated from the lesson, lab and quiz files.
// (axe checks every built page, these included, in light and dark: tests/e2e/accessibility.spec.ts.)

const teachPages = builtPages().filter((p) => p.startsWith('/teach/'));
const main = (page: Page) => page.getByRole('main');

test('the teacher pack is left out of the search index', () => {
  expect(teachPages).toEqual(expect.arrayContaining(['/teach/', '/teach/worksheets/', '/teach/lessons/hypervisors/']));
  // Starlight marks the text Pagefind indexes with data-pagefind-body; a page with `pagefind: false` has none.
  for (const path of teachPages) expect(builtHtml(path), path).not.toContain('data-pagefind-body');
  expect(builtHtml('/lessons/hypervisors/')).toContain('data-pagefind-body');
});

test('/teach/: outline, both schedules, every guide, worksheets and LMS downloads; fits 320 px; keyboard', async ({
  page,
}) => {
  await page.goto('/teach/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher pack');
  const outline = main(page).getByRole('region', { name: /^Module \d/ });
  await expect(outline).toHaveCount(MODULE_COUNT);
  await expect(outline.getByRole('listitem')).toHaveCount(LESSON_COUNT);
  await expect(main(page)).toContainText(
    `${LESSON_COUNT} lessons, about ${formatMinutes(TOTAL_MINUTES)} of reading and labs, then the final exam.`,
  );
  for (const [count, name] of [
    [5, '5 sessions'],
    [10, '10 sessions'],
  ] as const) {
    const plan = main(page).getByRole('region', { name });
    await expect(plan.getByText(/^Session \d+ \(/)).toHaveCount(count);
    // Every lesson appears in the plan, in course order, and the exam closes it.
    const titles = await plan.locator('ul li a').allTextContents();
    expect([...new Set(titles)]).toEqual([...LESSONS.map((l) => l.title), 'Final exam: Isolation Lab']);
  }
  await expect(main(page).getByRole('region', { name: '5 sessions' })).toContainText('no lesson is split');
  await expect(main(page).getByRole('link', { name: 'LMS downloads' })).toHaveAttribute('href', '/teach/downloads/');
  await expect(main(page).getByRole('link', { name: 'its quiz’s answer key' })).toHaveCount(QUIZ_COUNT);

  // Keyboard: Tab reaches the worksheets link, Enter follows it.
  const worksheets = main(page).getByRole('link', { name: 'Lab worksheets' });
  for (let i = 0; i < 40 && !(await worksheets.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(worksheets).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/teach\/worksheets\/$/);

  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/teach/', '/teach/lessons/containers-are-processes/', '/teach/worksheets/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

test('a lesson guide: objectives, discussion, misconceptions, labs with solutions, the answer key', async ({
  page,
}) => {
  await page.goto('/teach/lessons/containers-are-processes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher’s guide: Containers are processes');
  await expect(main(page).locator('h2')).toContainText([
    'Objectives',
    'Discussion questions',
    'Common misconceptions',
    'Labs',
    'Answer key: Containers are processes',
  ]);
  await expect(main(page)).toContainText('Learners may think: A container is a lightweight virtual machine.');
  // The memory lab's solution, replayed: the OOM killer's verdict as the terminal shows it.
  const lab = main(page).getByRole('region', { name: "Lab: Hit a container's memory limit" });
  await expect(lab.getByRole('listitem').filter({ hasText: 'with a 64 MiB memory limit' }).first()).toBeVisible();
  await expect(
    lab.locator('.il-lab-step').filter({ hasText: "docker inspect --format '{{.State.OOMKilled}}" }).first(),
  ).toContainText('true');
  // Every question of the quiz has its key and reasoning.
  const key = main(page).getByRole('region', { name: 'Answer key: Containers are processes' });
  await expect(key.getByRole('heading', { level: 3 })).toHaveCount(10);
  await expect(key.getByText(/^Wrong:/).first()).toBeVisible();
});

test('worksheets print one lab a sheet, light, with blanks and no controls; a guide prints light', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('/teach/worksheets/');
  const sheets = main(page).getByRole('region', { name: /^Worksheet: / });
  await expect(sheets).toHaveCount(LAB_COUNT);
  await expect(page.locator('button:visible, select:visible, input:visible')).toHaveCount(0);
  await expect(page.getByText('Print this page (or save it as a PDF)')).toBeHidden();
  // Ruled blanks where the terminal shows something.
  await expect(sheets.first().locator('.il-sheet-lines').first()).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(LAB_COUNT);
  expect(pages).toBeLessThanOrEqual(LAB_COUNT * 3);
  const tops = await sheets.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(tops).toEqual(['auto', ...Array<string>(LAB_COUNT - 1).fill('page')]);

  await page.goto('/teach/lessons/hypervisors/');
  await expect(page.locator('site-search')).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: test.info().outputPath('guide-print.png') });
});
