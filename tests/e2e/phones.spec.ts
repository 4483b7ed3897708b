import { expect, test, type Page } from '@playwright/test';
import { answer, clickFinish, openQuiz, shownQuestions, submitAnyway } from './quiz-helpers';
import { builtHtml, builtPages } from './site-pages';

// Phones: no page scrolls sideways at 320 or 390 px, in any state a learner can put it in. One load per page; the
// viewport is resized within it.

const WIDTHS = [320, 390] as const;

/** The page is no wider than the viewport at each phone width; on failure, names what sticks out. */
async function expectNoSideScroll(page: Page, state: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Polled: a terminal refits to its new width in a ResizeObserver callback, a frame after the resize.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const vw = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > vw + 1)
              .slice(0, 5)
              .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
            return document.documentElement.scrollWidth > vw
              ? `${document.documentElement.scrollWidth} px: ${wide}`
              : '';
          }),
        { message: `${state} at ${width} px scrolls sideways`, timeout: 3000 },
      )
      .toBe('');
  }
}

/** Brings every lazily started widget (terminal, race, quiz) into view so it loads, and waits until it has. */
async function startWidgets(page: Page): Promise<void> {
  for (const widget of await page.locator('il-terminal, il-race, il-quiz').all()) {
    await widget.scrollIntoViewIfNeeded();
    if ((await widget.evaluate((e) => e.tagName)) !== 'IL-RACE')
      await expect(widget).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  }
}

const pages = builtPages();
const quizPages = pages.filter((p) => p.startsWith('/quizzes/'));

test('no page scrolls sideways at 320 or 390 px, before and after its widgets start', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of pages.filter((p) => !quizPages.includes(p))) {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    await expectNoSideScroll(page, `${path} as loaded`);
    await startWidgets(page);
    await expectNoSideScroll(page, `${path} with its widgets started`);
  }
});

// Lesson pages embed the same quiz at the same width; its states are walked through on the quiz's own page.
for (const path of quizPages) {
  test(`${path} never scrolls sideways at 320 or 390 px: unanswered, asking, answered, review, retry`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // a lab's output at once: widths, not pacing, are tested
    await page.setViewportSize({ width: 320, height: 800 });
    const { quiz, root } = await openQuiz(page, path);
    await expectNoSideScroll(page, 'unanswered');
    // Question titles wrap inside their box: below its top border, within its sides, never straddling the border.
    const straddling = await root.locator('fieldset.ilq-q:not([hidden])').evaluateAll((sets) =>
      sets
        .filter((fs) => {
          const box = fs.getBoundingClientRect();
          const title = fs.querySelector(':scope > legend')!.getBoundingClientRect();
          const border = parseFloat(getComputedStyle(fs).borderTopWidth);
          return title.top < box.top + border || title.right > box.right - border || title.bottom > box.bottom;
        })
        .map((fs) => fs.querySelector('legend')!.textContent!.trim().slice(0, 40)),
    );
    expect(straddling, 'question titles outside their box at 390 px').toEqual([]);

    await clickFinish(root);
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSideScroll(page, 'asking to submit anyway');
    await page.keyboard.press('Escape');

    // Half right, half wrong, so both kinds of marks and every option's feedback show.
    await page.setViewportSize({ width: 320, height: 800 });
    const practice = builtHtml(path).includes('data-mode="practice"');
    for (const [i, { q, fs }] of (await shownQuestions(root, quiz)).entries()) {
      await answer(page, fs, q, i % 2 === 0);
      if (practice) await fs.getByRole('button', { name: 'Check answer' }).click();
    }
    await expectNoSideScroll(page, 'answered');

    await submitAnyway(root);
    const review = root.getByRole('region', { name: 'Your result' });
    await expect(review).toBeVisible();
    await expectNoSideScroll(page, 'review');

    await review.getByRole('button', { name: 'Retry the ones I missed' }).click();
    await expect(review).toBeHidden();
    await expectNoSideScroll(page, 'retry');
  });
}
