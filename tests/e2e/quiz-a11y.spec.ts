import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickFinish, startIfDrawn, submitAnyway } from './quiz-helpers';
import { builtHtml, builtPages } from './site-pages';

// axe in each state a learner sees: unanswered, the "submit anyway?" step, answered wrong (with feedback in practice),
// and the review.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One lesson page with a practice quiz and one page with an exam, if the site has them. */
function quizPages(): string[] {
  const pages = builtPages();
  const find = (mode: string) =>
    pages.find((p) => p.startsWith('/lessons/') && builtHtml(p).includes(`data-mode="${mode}"`)) ??
    pages.find((p) => builtHtml(p).includes(`data-mode="${mode}"`));
  return [find('practice'), find('exam')].filter((p): p is string => !!p);
}

async function audit(page: Page, state: string): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
  // The quiz only: the rest of the page is every-page.spec.ts's, in the state it loads in.
  const results = await new AxeBuilder({ page }).include('il-quiz').withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, state).toEqual([]);
}

for (const path of quizPages()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no WCAG 2.2 AA violations in any quiz state on ${path} (${theme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      await page.locator('il-quiz').scrollIntoViewIfNeeded(); // it loads when near the viewport
      const root = page.locator('il-quiz[data-ready]');
      await expect(root).toBeVisible();
      await audit(page, 'as loaded');
      if (await startIfDrawn(root)) await audit(page, 'unanswered'); // a drawn quiz's first state is its start button

      await clickFinish(root);
      await expect(page.getByRole('dialog')).toBeVisible();
      await audit(page, 'submit anyway?');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      // Answer wrong: the first option that is not right, or text that is not the answer.
      const { quiz } = JSON.parse((await root.locator('script.il-quiz-data').textContent()) ?? '{}');
      for (const fs of await root.locator('fieldset.ilq-q:not([hidden])').all()) {
        const id = await fs.getAttribute('data-id');
        const q = quiz.questions.find((x: { id: string }) => x.id === id);
        if (q.options)
          await fs.locator(`input[value="${q.options.find((o: { correct: boolean }) => !o.correct).id}"]`).check();
        else if (q.type === 'TrueFalse') await fs.locator(`input[value="${String(!q.answer)}"]`).check();
        else if (q.type === 'ShortAnswer' || q.type === 'Numeric') await fs.getByRole('textbox').fill('42 furlongs');
        const check = fs.getByRole('button', { name: 'Check answer' });
        if (await check.isVisible()) await check.click();
      }
      await audit(page, 'answered wrong');

      await submitAnyway(root);
      await expect(root.getByRole('region', { name: 'Your result' })).toBeVisible();
      await audit(page, 'review');
    });
  }
}
