import { expect, type Locator, type Page } from '@playwright/test';
import { builtHtml, builtPages } from './site-pages';

/** A question as the quiz page embeds it in its JSON (only the fields the tests read). */
export interface Q {
  id: string;
  type: string;
  options?: Array<{ id: string; correct: boolean }>;
  answer?: boolean;
  items?: Array<{ id: string; bucket?: string }>;
  pairs?: Array<{ id: string }>;
  buckets?: Array<{ id: string }>;
  accept?: string[];
  display?: string;
  value?: number;
  unit?: string;
}

/** Pastes `text` into the terminal `term` as a browser delivers a paste (a `paste` event carrying the text). */
export async function pasteInto(term: Locator, text: string): Promise<void> {
  await term.locator('.xterm-helper-textarea').evaluate((area, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Types the lab's own solution into the focused, ready terminal `term` and waits until its goal is met. */
export async function typeLabSolution(page: Page, term: Locator): Promise<void> {
  const lines = ((await term.locator('.il-solution pre').textContent()) ?? '').split('\n').filter(Boolean);
  for (const line of lines) {
    // The solution panel shows the byte Ctrl+] sends (virsh console's escape key) as ^]: press the keys instead.
    if (line === '^]') await page.keyboard.press('Control+BracketRight');
    else {
      // Pasted, not typed key by key: typing is terminal.spec.ts's and the line editor's own tests' subject, and
      // a learner pasting the solution is the other way it reaches the terminal.
      await pasteInto(term, line);
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText), {
        timeout: 30_000,
      })
      .toMatch(/([$#] |login: |Password: )$/);
  }
  await expect
    .poll(() => term.evaluate((t) => (t as HTMLElement & { goalResult?: { done: boolean } }).goalResult?.done), {
      timeout: 20_000,
    })
    .toBe(true);
}

/** A quiz as its page embeds it in JSON (only the fields the tests read). */
export interface QuizData {
  id: string;
  mode: 'practice' | 'exam';
  passMark: number;
  questions: Q[];
}

/** Built pages that show a quiz of `mode`, lesson pages first. */
export function pagesWithQuiz(mode: QuizData['mode']): string[] {
  return builtPages()
    .filter((path) => builtHtml(path).includes(`data-mode="${mode}"`))
    .sort((a, b) => Number(b.startsWith('/lessons/')) - Number(a.startsWith('/lessons/')));
}

/** Opens the page at `path` and waits for its quiz to be ready. */
export async function openQuiz(page: Page, path: string): Promise<{ quiz: QuizData; root: Locator }> {
  await page.goto(path);
  return readyQuiz(page);
}

/**
 * A drawn quiz (the exam) waits for the learner: starts it and waits for its questions; says whether it did (other
 * quizzes are left as they are).
 */
export async function startIfDrawn(root: Locator): Promise<boolean> {
  const start = root.getByRole('button', { name: /^Start: draw \d+ questions$/ });
  if (!(await start.isVisible())) return false;
  await start.click();
  await expect(root.locator('fieldset.ilq-q:not([hidden])').first()).toBeVisible();
  return true;
}

/** Brings the current page's quiz into view and waits until it is ready; returns its data and root. */
export async function readyQuiz(page: Page): Promise<{ quiz: QuizData; root: Locator }> {
  await page.locator('il-quiz').scrollIntoViewIfNeeded(); // it loads when near the viewport
  const root = page.locator('il-quiz[data-ready]');
  await expect(root).toBeVisible();
  await startIfDrawn(root);
  const data = JSON.parse((await root.locator('script.il-quiz-data').textContent()) ?? '{}') as { quiz: QuizData };
  return { quiz: data.quiz, root };
}

/** The questions of the current attempt, in the order shown. */
export async function shownQuestions(root: Locator, quiz: QuizData): Promise<Array<{ q: Q; fs: Locator }>> {
  const ids = await root
    .locator('fieldset.ilq-q:not([hidden])')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  return ids.map((id) => ({
    q: quiz.questions.find((q) => q.id === id) as Q,
    fs: root.locator(`fieldset.ilq-q[data-id="${id}"]`),
  }));
}

/** Solves a TerminalTask by typing the lab's own solution into the live terminal. */
export async function solveTerminal(page: Page, fs: Locator): Promise<void> {
  const term = fs.locator('il-terminal');
  await term.scrollIntoViewIfNeeded();
  await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await term.locator('.xterm-helper-textarea').focus();
  await typeLabSolution(page, term);
}

/** Answers one question right or wrong with ordinary (mouse) actions. */
export async function answer(page: Page, fs: Locator, q: Q, right: boolean): Promise<void> {
  const value = (id: string) => fs.locator(`input[value="${id}"]`);
  switch (q.type) {
    case 'SingleChoice':
      await value(q.options!.find((o) => o.correct === right)!.id).check();
      break;
    case 'MultipleChoice':
      for (const o of q.options!.filter((o) => (right ? o.correct : !o.correct)).slice(0, right ? undefined : 1))
        await value(o.id).check();
      break;
    case 'TrueFalse':
      await value(String(right ? q.answer : !q.answer)).check();
      break;
    case 'Ordering':
      if (right)
        for (const [i, item] of q.items!.entries()) {
          const at = await fs
            .locator('.ilq-order > li')
            .evaluateAll((lis, id) => lis.findIndex((li) => (li as HTMLElement).dataset.id === id), item.id);
          for (let k = at; k > i; k--) await fs.locator(`li[data-id="${item.id}"] button[data-move="-1"]`).click();
        }
      break; // as shown it is never in order
    case 'Matching':
      for (const [i, p] of q.pairs!.entries())
        await fs
          .locator(`li[data-id="${p.id}"] select`)
          .selectOption(right ? p.id : q.pairs![(i + 1) % q.pairs!.length]!.id);
      break;
    case 'Categorize':
      for (const item of q.items!) {
        const at = q.buckets!.findIndex((b) => b.id === item.bucket);
        const bucket = right ? item.bucket! : q.buckets![(at + 1) % q.buckets!.length]!.id;
        await fs.locator(`li[data-id="${item.id}"] select`).selectOption(bucket);
      }
      break;
    case 'ShortAnswer':
      await fs.getByRole('textbox').fill(right ? (q.display ?? q.accept![0]!) : 'definitely not this');
      break;
    case 'Numeric':
      await fs.getByRole('textbox').fill(`${right ? q.value : q.value! * 3 + 7}${q.unit ? ` ${q.unit}` : ''}`);
      break;
    case 'TerminalTask':
      if (right) await solveTerminal(page, fs);
      break;
  }
}

/**
 * Clicks the quiz's Finish/Submit button once it has stopped moving: a lab terminal inside the quiz grows when it
 * starts, and a click aimed while the button moves can land beside it.
 */
export async function clickFinish(root: Locator): Promise<void> {
  const button = root.getByRole('button', { name: /^(Finish and see my result|Submit answers)$/ });
  await button.scrollIntoViewIfNeeded();
  let last = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await button.boundingBox());
        const steady = box === last;
        last = box;
        return steady;
      },
      { intervals: [250] },
    )
    .toBe(true);
  await button.click();
}

/** Clicks the quiz's submit button and, if it asks about unanswered questions, submits anyway. */
export async function submitAnyway(root: Locator): Promise<void> {
  await clickFinish(root);
  // The question opens synchronously in the click handler, so it is up (or not) once the click returns.
  const dialog = root.getByRole('dialog');
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Submit', exact: true }).click();
}
