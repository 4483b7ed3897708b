import { expect, test, type Locator, type Page } from '@playwright/test';
import { readyQuiz } from './quiz-helpers';
import { builtPages } from './site-pages';

// The course's controls share one set of styles (src/styles/controls.css): a keyboard user sees where focus is on a
// button of every component, and on a touch screen every button and select is big enough to tap.

/** Focuses `button` by keyboard (Tab away from it, then Shift+Tab back) and returns its outline as drawn. */
async function tabTo(page: Page, button: Locator): Promise<{ focusVisible: boolean; style: string; width: number }> {
  await button.scrollIntoViewIfNeeded();
  await button.focus();
  // Forward then back: the control before a terminal's buttons is the terminal, which keeps Tab for completion.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  return button.evaluate((el) => {
    const css = getComputedStyle(el);
    return {
      focusVisible: el === document.activeElement && el.matches(':focus-visible'),
      style: css.outlineStyle,
      width: parseFloat(css.outlineWidth),
    };
  });
}

async function expectRing(page: Page, button: Locator, what: string): Promise<void> {
  await expect(button, what).toBeVisible();
  await expect(button, `${what} uses the shared button style`).toHaveClass(/\bil-button\b/);
  const ring = await tabTo(page, button);
  expect(ring.focusVisible, `${what} has keyboard focus`).toBe(true);
  expect(ring.style, `${what}: outline style`).not.toBe('none');
  expect(ring.width, `${what}: outline width`).toBeGreaterThanOrEqual(2);
}

test('a keyboard Tab shows a focus ring on a button of the quiz, the race, the terminal and a diagram', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/quizzes/why-isolate/');
  const { root } = await readyQuiz(page);
  await expectRing(page, root.getByRole('button', { name: 'Check answer' }).first(), 'quiz: Check answer');

  await page.goto('/lessons/starting-a-container/');
  await expectRing(
    page,
    page.locator('il-race').first().getByRole('button', { name: 'Play', exact: true }),
    'race: Play',
  );

  await page.goto('/lessons/containers-are-processes/');
  const term = page.locator('il-terminal').first();
  await term.scrollIntoViewIfNeeded();
  await expectRing(page, term.getByRole('button', { name: /hint/i }), 'terminal: Hint');

  // A diagram offers Enlarge where it is too wide to read in place: on a narrow screen, on some lesson.
  await page.setViewportSize({ width: 320, height: 700 });
  let enlarge: Locator | undefined;
  for (const path of builtPages().filter((p) => p.startsWith('/lessons/'))) {
    await page.goto(path);
    const visible = page.locator('.il-diagram-enlarge:visible');
    if ((await visible.count()) > 0) {
      enlarge = visible.first();
      break;
    }
  }
  expect(enlarge, 'some lesson shows an Enlarge button at 320 px').toBeDefined();
  await expectRing(page, enlarge!, 'diagram: Enlarge');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('every button and select of the race and a quiz is at least 44 × 44 px', async ({ page }) => {
    const tooSmall = async () =>
      page.locator('.il-button:visible, .il-select:visible').evaluateAll((all) =>
        all
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el.textContent?.trim().slice(0, 30)}: ${box.width}×${box.height}`),
      );
    await page.goto('/lessons/starting-a-container/');
    await page.locator('il-race').first().getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect(await page.locator('il-race .il-button:visible').count()).toBeGreaterThan(0);
    expect(await tooSmall(), 'race').toEqual([]);

    await page.goto('/quizzes/why-isolate/');
    await readyQuiz(page);
    expect(await tooSmall(), 'quiz').toEqual([]);
  });
});
