import { expect, test } from '@playwright/test';
import { answer, openQuiz, pagesWithQuiz, shownQuestions, submitAnyway } from './quiz-helpers';
import { builtHtml, builtPages } from './site-pages';

// Runs against whatever real quizzes the built site has: answers come from each page's embedded JSON.

const practicePages = pagesWithQuiz('practice');
const examPages = pagesWithQuiz('exam');

test('practice quiz: check answers, fail, review, retry the missed ones, pass, and keep the best after reload', async ({
  page,
}) => {
  expect(practicePages.length, 'no practice quiz in the built site').toBeGreaterThan(0);
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' }); // a lab question's output at once: grading is tested here
  const { quiz, root } = await openQuiz(page, practicePages[0]!);
  const questions = await shownQuestions(root, quiz);

  // Immediate feedback in words, announced politely.
  const first = questions[0]!;
  await answer(page, first.fs, first.q, false);
  await first.fs.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.fs.locator('.ilq-verdict')).toContainText(/Incorrect|Partly correct/);
  await expect(first.fs.locator('.ilq-result')).toContainText('Right answer:');
  await expect(root.locator('.ilq-live')).toContainText(/Question 1 of \d+: (Incorrect|Partly correct)/);

  // Hints one at a time.
  const withHint = root
    .locator('fieldset.ilq-q:not([hidden])')
    .filter({ has: page.locator('.ilq-hint') })
    .first();
  if ((await withHint.count()) > 0) {
    await expect(withHint.locator('.ilq-hint-list > li:not([hidden])')).toHaveCount(0);
    await withHint.getByRole('button', { name: 'Show hint' }).click();
    await expect(withHint.locator('.ilq-hint-list > li:not([hidden])')).toHaveCount(1);
  }

  // Fail on purpose.
  for (const { q, fs } of questions.slice(1)) await answer(page, fs, q, false);
  await submitAnyway(root);
  const review = root.getByRole('region', { name: 'Your result' });
  await expect(review).toBeFocused();
  await expect(review).toContainText('Not passed');
  for (const { fs } of questions) {
    await expect(fs.locator('.ilq-result')).toContainText('Your answer:');
    await expect(fs.locator('.ilq-result')).toContainText('Right answer:');
  }
  // Marks only on the learner's pick and on the right option, in words that cannot be mixed up.
  const choice = questions.find(({ q }) => q.type === 'SingleChoice');
  if (choice) {
    const options = choice.fs.locator('.ilq-options > li');
    const picked = options.filter({ has: page.locator('input:checked') });
    await expect(picked.locator('.ilq-tag')).toHaveText('✗ Your answer — not correct');
    const right = choice.q.options!.find((o) => o.correct)!.id;
    await expect(options.and(page.locator(`[data-id="${right}"]`)).locator('.ilq-tag')).toHaveText('✓ Right answer');
    await expect(choice.fs.locator('.ilq-options .ilq-tag')).toHaveCount(2);
  }

  // Retry only the missed ones and pass.
  await review.getByRole('button', { name: 'Retry the ones I missed' }).click();
  const retry = await shownQuestions(root, quiz);
  expect(retry.length).toBeGreaterThan(0);
  expect(retry.length).toBeLessThanOrEqual(questions.length);
  for (const { q, fs } of retry) await answer(page, fs, q, true);
  await root.getByRole('button', { name: /Finish|Submit/ }).click();
  await expect(review).toContainText('Passed');
  await expect(review).toContainText(/You scored [\d.]+ of \d+\spoints \([\d.]+\s%\); the pass mark is \d+\s%\./);
  await expect(root.locator('.ilq-best')).toContainText(/Your best: [\d.]+ of \d+\spoints \([\d.]+\s%\) — passed/);

  await page.reload();
  await page.locator('il-quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('il-quiz[data-ready] .ilq-best')).toContainText(/Your best: .* — passed/);
});

// Every lesson's quiz can be passed by answering it right (terminal tasks by typing the lab's solution).
for (const path of practicePages.filter((p) => p.startsWith('/lessons/'))) {
  test(`the quiz on ${path} can be passed`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { quiz, root } = await openQuiz(page, path);
    const questions = await shownQuestions(root, quiz);
    expect(questions.length).toBeGreaterThan(0);
    for (const { q, fs } of questions) await answer(page, fs, q, true);
    await root.getByRole('button', { name: /Finish|Submit/ }).click();
    const review = root.getByRole('region', { name: 'Your result' });
    await expect(review).toContainText('Passed');
    await expect(review).toContainText(/\(100\s%\)/);
  });
}

test('exam: asks before submitting unanswered questions; no feedback until submitted; a new attempt can pass', async ({
  page,
}) => {
  expect(examPages.length, 'no exam in the built site').toBeGreaterThan(0);
  test.setTimeout(180_000);
  const { quiz, root } = await openQuiz(page, examPages[0]!);
  let questions = await shownQuestions(root, quiz);
  await expect(root.getByRole('button', { name: 'Check answer' })).toHaveCount(0);

  // Submitting with questions open asks first, saying how many (an ordering question always has an answer).
  const submit = root.getByRole('button', { name: 'Submit answers' });
  const dialog = page.getByRole('dialog', { name: /Submit anyway\?/ });
  const open = questions.filter(({ q }) => q.type !== 'Ordering').length;
  await submit.click();
  await expect(dialog).toHaveAccessibleName(`${open} questions are unanswered. Submit anyway?`);
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(submit).toBeFocused();
  // "Go back" leads to the first question still open; nothing was graded.
  await answer(page, questions[0]!.fs, questions[0]!.q, false);
  await submit.click();
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toBeHidden();
  const firstOpen = questions.slice(1).find(({ q }) => q.type !== 'Ordering')!;
  await expect(firstOpen.fs.locator(':focus')).toHaveCount(1);
  await expect(root.locator('.ilq-result:not([hidden])')).toHaveCount(0);

  for (const { q, fs } of questions) await answer(page, fs, q, false);
  await expect(root.locator('.ilq-result:not([hidden])')).toHaveCount(0);
  await submit.click(); // every question answered: no question asked
  const review = root.getByRole('region', { name: 'Your result' });
  await expect(review).toContainText('Not passed');
  await expect(root.locator('.ilq-result:not([hidden])')).toHaveCount(questions.length);

  await review.getByRole('button', { name: 'New attempt' }).click();
  questions = await shownQuestions(root, quiz);
  for (const { q, fs } of questions) await answer(page, fs, q, true);
  await root.getByRole('button', { name: 'Submit answers' }).click();
  await expect(review).toContainText('Passed');
  await expect(review).toContainText(/\(100\s%\)/);
  await page.reload();
  await page.locator('il-quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('il-quiz[data-ready] .ilq-best')).toContainText(
    /Your best: \d+ of \d+\spoints \(100\s%\) — passed/,
  );
});

test('a drawn quiz (the exam) waits for Start: its rules, no question yet; then its draw, focused; a reload resumes it', async ({
  page,
}) => {
  const path = builtPages().find((p) => builtHtml(p).includes('ilq-start-button'));
  expect(path, 'no drawn quiz in the built site').toBeDefined();
  const bank: string[] = [];
  page.on('request', (r) => r.url().endsWith('/bank.json') && bank.push(r.url()));
  await page.goto(path!);
  const root = page.locator('il-quiz[data-ready]');
  const start = root.getByRole('button', { name: /^Start: draw (\d+) questions$/ });
  await expect(start).toBeEnabled();
  const drawn = Number(/\d+/.exec((await start.textContent()) ?? '')?.[0]);
  await expect(root.getByText(new RegExp(`draws its ${drawn} questions at random from a bank of \\d+`))).toBeVisible();
  await expect(root.locator('fieldset.ilq-q:not([hidden])')).toHaveCount(0);
  await expect(root.getByRole('button', { name: 'Submit answers' })).toBeHidden();
  await expect.poll(() => bank.length).toBe(1); // fetched while the rules are read, so Start is immediate

  await start.focus();
  await page.keyboard.press('Enter');
  const shown = root.locator('fieldset.ilq-q:not([hidden])');
  await expect(shown).toHaveCount(drawn);
  await expect(shown.first().locator(':focus')).toHaveCount(1);
  await expect(root.locator('.ilq-live')).toHaveText(`New attempt: ${drawn} questions.`);
  await expect(root.locator('.ilq-start')).toHaveText(`This attempt: ${drawn} questions.`);
  const ids = await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));

  // Reloading mid-attempt brings back the same questions, with no Start to press.
  await page.reload();
  await expect(page.locator('il-quiz[data-ready] fieldset.ilq-q:not([hidden])')).toHaveCount(drawn);
  expect(
    await page
      .locator('il-quiz[data-ready] fieldset.ilq-q:not([hidden])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id)),
  ).toEqual(ids);
  await expect(page.getByRole('button', { name: /^Start: draw/ })).toHaveCount(0);
});

test('damaged saved progress: a visible notice, and the quiz still works', async ({ page }) => {
  expect(practicePages.length, 'no practice quiz in the built site').toBeGreaterThan(0);
  await page.addInitScript(() => localStorage.setItem('isolation-lab:progress', '{"version": 2, oops'));
  const { quiz, root } = await openQuiz(page, practicePages[0]!);
  await expect(root.getByRole('status')).toContainText('damaged');
  const { q, fs } = (await shownQuestions(root, quiz))[0]!;
  await answer(page, fs, q, true);
  await submitAnyway(root);
  await expect(root.getByRole('region', { name: 'Your result' })).toContainText('You scored');
});

test('storage blocked: progress kept in memory, with a notice', async ({ page }) => {
  expect(practicePages.length, 'no practice quiz in the built site').toBeGreaterThan(0);
  await page.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    }),
  );
  const { root } = await openQuiz(page, practicePages[0]!);
  await expect(root.getByRole('status')).toContainText('does not allow saving progress');
  await submitAnyway(root);
  await expect(root.locator('.ilq-best')).toContainText('Your best:');
});

test('two tabs stay in step', async ({ context }) => {
  expect(practicePages.length, 'no practice quiz in the built site').toBeGreaterThan(0);
  const [a, b] = [await context.newPage(), await context.newPage()];
  const one = await openQuiz(a, practicePages[0]!);
  const two = await openQuiz(b, practicePages[0]!);
  await expect(two.root.locator('.ilq-best')).toBeHidden();
  await submitAnyway(one.root);
  await expect(one.root.locator('.ilq-best')).toContainText(/Your best: [\d.]+ of \d+\spoints/);
  await expect(two.root.locator('.ilq-best')).toHaveText((await one.root.locator('.ilq-best').textContent()) ?? '');
});

test('without JavaScript each question shows its answer and explanation behind "Show answer"', async ({ browser }) => {
  expect(practicePages.length, 'no practice quiz in the built site').toBeGreaterThan(0);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(practicePages[0]!);
  const questions = page.locator('fieldset.ilq-q');
  const count = await questions.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('fieldset.ilq-q > details.ilq-reveal > summary')).toHaveCount(count);
  const first = questions.first();
  await expect(first.locator('.ilq-answer')).toBeHidden();
  await first.locator('details.ilq-reveal > summary').click();
  await expect(first.locator('.ilq-answer')).toContainText('Answer:');
  await expect(first.locator('.ilq-expl')).toBeVisible();
  await context.close();
});
