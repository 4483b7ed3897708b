import AxeBuilder from '@axe-core/playwright';
import { formatMinutes, LESSON_COUNT, LESSONS, lessonsDone, percentDone, TOTAL_MINUTES } from './course-facts';
import { expect, test, type Page } from '@playwright/test';
import { answer, readyQuiz, shownQuestions } from './quiz-helpers';

// Progress as a learner sees it: the lesson header, the sidebar's ticks and bar, "Continue" on the home page,
// "My progress", and the ways to the final exam. All of it comes from the one progress store in localStorage.

const KEY = 'isolation-lab:progress';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const sidebarOf = (page: Page) => page.locator('#starlight__sidebar');
const barOf = (page: Page) => sidebarOf(page).getByRole('progressbar', { name: 'Course progress' });
const main = (page: Page) => page.getByRole('main');

test('a new learner starts, passes lesson 1’s quiz, and sees it in the sidebar, on the home page and on “My progress”', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(barOf(page)).toHaveAttribute('value', '0');
  await expect(sidebarOf(page)).toContainText(lessonsDone(0));
  await main(page).getByRole('link', { name: 'Start the course' }).click();

  // Lesson 1, with its header: where it sits, its time, its quiz page, its objectives, not done yet.
  await expect(page).toHaveURL(/\/lessons\/why-isolate\/$/);
  const about = page.getByRole('list', { name: 'About this lesson' });
  await expect(about).toContainText('Module 1: Foundations');
  await expect(about).toContainText(`Lesson 1 of ${LESSON_COUNT}`);
  await expect(about).toContainText('20 min');
  await expect(about.getByRole('link', { name: 'Quiz on its own page' })).toHaveAttribute(
    'href',
    '/quizzes/why-isolate/',
  );
  await expect(
    page.getByRole('region', { name: 'In this lesson you will learn to' }).getByRole('listitem'),
  ).toHaveCount(4);
  const status = page.locator('il-lesson-done').getByRole('status');
  await expect(status).toHaveText('Not done yet: pass the quiz at the end, or mark the lesson done yourself.');
  const tick = sidebarOf(page).getByRole('link', { name: 'Why isolate? (done)' });
  await expect(tick).toHaveCount(0);

  // Pass the quiz, answering from its key.
  const { quiz, root } = await readyQuiz(page);
  for (const { q, fs } of await shownQuestions(root, quiz)) await answer(page, fs, q, true);
  await root.getByRole('button', { name: /Finish|Submit/ }).click();
  await expect(root.getByRole('region', { name: 'Your result' })).toContainText('Passed');

  // The header, the tick and the bar follow at once, without a reload.
  await expect(status).toHaveText('Done: you passed its quiz.');
  await expect(page.locator('il-lesson-done').getByRole('button')).toBeHidden();
  await expect(tick).toBeVisible();
  await expect(tick).toHaveAttribute('aria-current', 'page');
  await expect(barOf(page)).toHaveAttribute('value', '1');
  await expect(sidebarOf(page)).toContainText(lessonsDone(1));

  // Home: "Continue" now leads to lesson 2.
  await page.goto('/');
  const next = main(page).getByRole('link', { name: 'Continue where you left off: What a kernel does' });
  await expect(next).toHaveAttribute('href', '/lessons/what-a-kernel-does/');
  await expect(main(page)).toContainText(
    `${lessonsDone(1)}, about ${formatMinutes(TOTAL_MINUTES - LESSONS[0]!.minutes)} left.`,
  );
  await expect(main(page).getByRole('link', { name: 'Start the course' })).toHaveCount(0);

  // "My progress", one click from home, shows the score and the attempt.
  await main(page).getByRole('link', { name: 'My progress' }).click();
  await expect(page).toHaveURL(/\/progress\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  const lesson1 = page.locator('li[data-lesson="why-isolate"]');
  await expect(lesson1).toContainText('Done: quiz passed');
  await expect(lesson1).toContainText(/Best (\d+) of \1\spoints \(100\s%\), passed; 1 attempt/);
  await expect(page.locator('li[data-lesson="what-a-kernel-does"]')).toContainText('Not started');
  await expect(main(page)).toContainText(`${lessonsDone(1)} (${percentDone(1)}%)`);
  await expect(main(page).getByRole('link', { name: 'Continue with lesson 2: What a kernel does' })).toBeVisible();

  // The final exam, one click from home.
  await page.goto('/');
  await main(page).getByRole('link', { name: 'Final exam' }).click();
  await expect(page).toHaveURL(/\/quizzes\/final-exam\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Final exam: Isolation Lab');
});

test('“Mark as done” works by keyboard and can be undone; the sidebar, home and progress page follow', async ({
  page,
}) => {
  await page.goto('/lessons/what-a-kernel-does/');
  const done = page.locator('il-lesson-done');
  const button = done.getByRole('button', { name: 'Mark as done' });
  // Reached by Tab from the link before it, pressed with Enter; undone with Space.
  await page.getByRole('link', { name: 'Quiz on its own page' }).focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(done.getByRole('status')).toHaveText('Done: you marked it done.');
  const undo = done.getByRole('button', { name: 'Mark as not done' });
  await expect(undo).toBeFocused();
  const tick = sidebarOf(page).getByRole('link', { name: 'What a kernel does (done)' });
  await expect(tick).toBeVisible();
  await expect(barOf(page)).toHaveAttribute('value', '1');

  // The mark is saved: another page reads it.
  await page.goto('/progress/');
  await expect(page.locator('li[data-lesson="what-a-kernel-does"]')).toContainText('Done: marked by you');
  // Lesson 1 is still the first one not done.
  await expect(main(page).getByRole('link', { name: 'Continue with lesson 1: Why isolate?' })).toBeVisible();

  await page.goBack();
  await undo.focus();
  await page.keyboard.press('Space');
  await expect(done.getByRole('status')).toHaveText(/^Not done yet/);
  await expect(done.getByRole('button', { name: 'Mark as done' })).toBeFocused();
  await expect(tick).toHaveCount(0);
  await expect(barOf(page)).toHaveAttribute('value', '0');
});

test('the last lesson leads to the final exam, which the sidebar lists and ticks once passed', async ({ page }) => {
  await page.goto(`/lessons/${LESSONS.at(-1)!.id}/`);
  const nextLink = page.getByRole('link', { name: /Next.*Final exam/s });
  await expect(nextLink).toHaveAttribute('href', '/quizzes/final-exam/');
  await expect(sidebarOf(page).getByRole('link', { name: 'Final exam', exact: true })).toHaveAttribute(
    'href',
    '/quizzes/final-exam/',
  );
  await page.evaluate((key) => {
    const at = new Date().toISOString();
    const best = { score: 18, maxScore: 20, percent: 90, passed: true, at };
    const exam = { attempts: [best], attemptCount: 1, best, passedAt: at };
    localStorage.setItem(
      key,
      JSON.stringify({ version: 3, lessons: {}, quizzes: { 'final-exam': exam }, exercises: {} }),
    );
  }, KEY);
  await nextLink.click();
  await expect(sidebarOf(page).getByRole('link', { name: 'Final exam (passed)' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('progress saved by the previous version (v2) is migrated in the browser and shown', async ({ page }) => {
  const at = '2026-10-01T09:00:00.000Z';
  const fail = { score: 4, maxScore: 10, percent: 40, passed: false, at };
  const v2 = {
    version: 2,
    lessons: { 'why-isolate': { visitedAt: at, completedAt: at } },
    quizzes: { hypervisors: { attempts: [fail], best: fail } },
    exercises: { 'oom-kill': { doneAt: at } },
  };
  await page.addInitScript(
    ([key, raw]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, raw!),
    [KEY, JSON.stringify(v2)],
  );
  await page.goto('/progress/');
  await expect(page.locator('li[data-lesson="why-isolate"]')).toContainText('Done: marked by you');
  await expect(page.locator('li[data-lesson="hypervisors"]')).toContainText(
    /Best 4 of 10\spoints \(40\s%\), not passed yet; 1 attempt/,
  );
  await expect(page.locator('li[data-lesson="containers-are-processes"]')).toContainText('1 of 2 finished');
  await expect(page.getByRole('region', { name: 'Finished labs' })).toContainText(
    "Hit a container's memory limit, finished",
  );
  await expect(page.getByRole('status').filter({ hasText: /saved progress/ })).toHaveCount(0); // no notice: nothing lost
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').version).toBe(4);
});

test('damaged saved progress: “My progress” says it was reset, and still works', async ({ page }) => {
  await page.addInitScript(
    (key) => localStorage.getItem(`${key}:seen`) ?? localStorage.setItem(key, '{"version":3,'),
    KEY,
  );
  await page.goto('/progress/');
  await expect(page.locator('.il-report-notices')).toContainText('damaged (not valid JSON), so it has been reset');
  await expect(main(page)).toContainText(`${lessonsDone(0)} (0%)`);
  await expect(main(page).getByRole('link', { name: 'Start with lesson 1: Why isolate?' })).toBeVisible();
});

/** A learner part-way through: lesson 1 passed, lesson 2 marked, a failed attempt, a finished lab. */
async function seedProgress(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    const at = '2026-11-01T10:00:00.000Z';
    const score = (percent: number) => ({ score: percent / 10, maxScore: 10, percent, passed: percent >= 80, at });
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 3,
        lessons: { 'why-isolate': { visitedAt: at }, 'what-a-kernel-does': { visitedAt: at, markedDoneAt: at } },
        quizzes: {
          'why-isolate': { attempts: [score(90)], attemptCount: 1, best: score(90), passedAt: at },
          hypervisors: { attempts: [score(35)], attemptCount: 1, best: score(35) },
        },
        exercises: { 'boot-a-vm': { doneAt: at } },
      }),
    );
  }, KEY);
}

async function audit(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    state,
  ).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the progress page, the home page and a lesson header with saved progress (${theme})`, async ({ page }) => {
    await seedProgress(page);
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/progress/');
    await expect(page.locator('li[data-lesson="why-isolate"]')).toContainText('Done: quiz passed');
    await audit(page, 'progress page');
    await page.goto('/');
    await expect(main(page).getByRole('link', { name: /^Continue where you left off/ })).toBeVisible();
    await audit(page, 'home');
    // Lesson 2 (marked done) and lesson 3 (not done), each with its header and the sidebar's ticks.
    for (const [path, text] of [
      ['/lessons/what-a-kernel-does/', 'Done: you marked it done.'],
      ['/lessons/hypervisors/', /^Not done yet/],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('il-lesson-done').getByRole('status')).toHaveText(text);
      await expect(sidebarOf(page).locator('.il-tick')).toHaveCount(2);
      await audit(page, path);
    }
  });
}

test('the new elements fit a 320 px screen: header, done control, sidebar bar, home links, progress page', async ({
  page,
}) => {
  await seedProgress(page);
  await page.setViewportSize({ width: 320, height: 640 });
  /** Elements matching `selector` that stick out of the viewport or scroll sideways inside. */
  const overflowing = (selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 || el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
  const fits = (selector: string) => expect(overflowing(selector)).resolves.toEqual([]);
  const pageFits = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.goto('/lessons/what-a-kernel-does/');
  await expect(page.locator('il-lesson-done')).toBeVisible();
  await fits('.il-lesson-header, .il-lesson-header *');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(barOf(page)).toBeVisible();
  await fits('il-sidebar-progress, il-sidebar-progress *, #starlight__sidebar a[data-lesson], .il-tick');

  await page.goto('/');
  await expect(main(page).getByRole('link', { name: /^Continue where you left off/ })).toBeVisible();
  await fits('il-continue, il-continue *');
  await pageFits();

  await page.goto('/progress/');
  await expect(page.locator('il-progress-report')).toBeVisible();
  await fits('il-progress-report, il-progress-report *');
  await pageFits();
});
