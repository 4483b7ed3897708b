import { expect, test, type Locator, type Page } from '@playwright/test';
import { typeLabSolution, type Q } from './quiz-helpers';
import { builtHtml, builtPages } from './site-pages';

// Every question type answered with the keyboard alone (Tab, Shift+Tab, Space, Enter, arrows, typing).

/** Pages with a practice quiz, each with the question types it has. */
function practiceQuizzes(): Array<{ path: string; types: string[] }> {
  return builtPages().flatMap((path) => {
    const html = builtHtml(path);
    if (!html.includes('data-mode="practice"')) return [];
    return [
      { path, types: [...new Set([...html.matchAll(/class="ilq-q"[^>]*data-type="(\w+)"/g)].map((m) => m[1]!))] },
    ];
  });
}

/** Moves focus with Tab or Shift+Tab (whichever way the target lies) until `selector` has it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const where = await page.evaluate((sel) => {
      const target = document.querySelector(sel);
      const active = document.activeElement;
      if (!target) return 'missing';
      if (target === active) return 'here';
      // Tab completes commands inside the terminal; Escape is its documented way out, forwards.
      if (active?.closest('.xterm') && target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING)
        return 'escape';
      return active &&
        active !== document.body &&
        target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING
        ? 'back'
        : 'forward';
    }, selector);
    if (where === 'here') return;
    if (where === 'missing') throw new Error(`nothing matches ${selector}`);
    await page.keyboard.press(where === 'back' ? 'Shift+Tab' : where === 'escape' ? 'Escape' : 'Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

const indexOf = (fs: Locator, sel: string, id: string) =>
  fs
    .locator(sel)
    .evaluateAll(
      (els, want) =>
        els.findIndex((e) => (e as HTMLElement).dataset.id === want || (e as HTMLInputElement).value === want),
      id,
    );

/** Answers `q` correctly using only the keyboard. */
async function answerByKeyboard(page: Page, fs: Locator, q: Q): Promise<void> {
  const at = `fieldset[data-id="${q.id}"]`;
  switch (q.type) {
    case 'SingleChoice':
    case 'TrueFalse': {
      const want = q.type === 'TrueFalse' ? String(q.answer) : q.options!.find((o) => o.correct)!.id;
      await tabTo(page, `${at} .ilq-options li:first-child input`);
      await page.keyboard.press('Space');
      for (let i = await indexOf(fs, '.ilq-options input', want); i > 0; i--) await page.keyboard.press('ArrowDown');
      break;
    }
    case 'MultipleChoice':
      for (const o of q.options!.filter((o) => o.correct)) {
        await tabTo(page, `${at} input[value="${o.id}"]`);
        await page.keyboard.press('Space');
      }
      break;
    case 'Ordering':
      for (const [i, item] of q.items!.entries()) {
        const from = await indexOf(fs, '.ilq-order > li', item.id);
        if (from === i) continue;
        await tabTo(page, `${at} li[data-id="${item.id}"] button[data-move="-1"]`);
        for (let k = from; k > i; k--) await page.keyboard.press('Enter');
        await expect(page.locator('.ilq-live')).toContainText(`moved to position ${i + 1} of ${q.items!.length}`);
      }
      break;
    case 'Matching':
    case 'Categorize':
      for (const row of q.type === 'Matching' ? q.pairs! : q.items!) {
        const select = `${at} li[data-id="${row.id}"] select`;
        await tabTo(page, select);
        const want = q.type === 'Matching' ? row.id : (row as { bucket?: string }).bucket;
        const [index, custom] = await page
          .locator(select)
          .evaluate(
            (s: HTMLSelectElement, v) =>
              [
                [...s.options].findIndex((o) => o.value === v),
                getComputedStyle(s).appearance === 'base-select',
              ] as const,
            want,
          );
        // A customizable select (long options wrap in it) is a list box that opens: the first arrow opens it on the
        // current option, Enter chooses. A classic select changes with each arrow.
        if (custom) await page.keyboard.press('ArrowDown');
        for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
        if (custom) {
          await page.keyboard.press('Enter');
          await expect(page.locator(select)).toHaveValue(want!);
        }
      }
      break;
    case 'ShortAnswer':
    case 'Numeric':
      await tabTo(page, `${at} input[type="text"]`);
      await page.keyboard.type(
        q.type === 'Numeric' ? `${q.value}${q.unit ? ` ${q.unit}` : ''}` : (q.display ?? q.accept![0]!),
      );
      break;
    case 'TerminalTask': {
      // Reaching the terminal's controls scrolls it into view, which starts it.
      await tabTo(page, `${at} il-terminal .il-solution summary`);
      await expect(fs.locator('il-terminal')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
      await tabTo(page, `${at} .xterm-helper-textarea`);
      await typeLabSolution(page, fs.locator('il-terminal'));
      await page.keyboard.press('Escape');
      break;
    }
  }
}

test('every question type can be answered and checked with the keyboard alone', async ({ page }) => {
  test.setTimeout(240_000);
  const pages = practiceQuizzes();
  expect(pages.length, 'no practice quiz in the built site').toBeGreaterThan(0);
  const done = new Set<string>();
  for (const { path, types } of pages) {
    if (types.every((t) => done.has(t))) continue;
    await page.goto(path);
    await page.locator('il-quiz').scrollIntoViewIfNeeded(); // it loads when near the viewport
    const root = page.locator('il-quiz[data-ready]');
    const { quiz } = JSON.parse((await root.locator('script.il-quiz-data').textContent()) ?? '{}') as {
      quiz: { questions: Q[] };
    };
    for (const q of quiz.questions) {
      if (done.has(q.type)) continue;
      const fs = root.locator(`fieldset[data-id="${q.id}"]:not([hidden])`);
      if ((await fs.count()) === 0) continue;
      await answerByKeyboard(page, fs, q);
      await tabTo(page, `fieldset[data-id="${q.id}"] .ilq-check`);
      await page.keyboard.press('Enter');
      await expect(fs.locator('.ilq-verdict'), `${q.type} ${q.id}`).toContainText('Correct');
      await expect(fs.locator('.ilq-verdict')).not.toContainText('Partly');
      done.add(q.type);
    }
    await tabTo(page, 'il-quiz .ilq-submit');
    await page.keyboard.press('Enter');
    // Questions of types already done were left open: the quiz asks first, with focus on "Go back".
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible()) {
      await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: 'Submit' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(root.getByRole('region', { name: 'Your result' })).toBeFocused();
  }
  expect([...done].sort()).toEqual([...new Set(pages.flatMap((p) => p.types))].sort());
});
