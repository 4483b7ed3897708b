import { expect, test } from '@playwright/test';
import { pasteInto } from './quiz-helpers';
import { builtHtml, builtPages } from './site-pages';

/**
 * Every lab on the built site, each once: the first page that embeds it (a lesson comes before its quiz page). The
 * same terminal component runs a lab wherever it is embedded, and each quiz's terminal task is solved again by
 * quiz.spec.ts ("can be passed"), so typing every solution on every page would test the same thing three times.
 */
function labs(): Array<{ path: string; scenario: string }> {
  const seen = new Map<string, string>();
  for (const path of builtPages())
    for (const m of builtHtml(path).matchAll(/<il-terminal[^>]*data-scenario="([a-z0-9-]+)"/g))
      if (!seen.has(m[1]!)) seen.set(m[1]!, path);
  return [...seen].map(([scenario, path]) => ({ path, scenario }));
}

const all = labs();

test('the lessons embed the course’s labs', () => {
  expect(all.map((l) => l.scenario).sort()).toEqual(
    expect.arrayContaining(['boot-a-vm', 'container-vs-host', 'docker-run-lifecycle', 'images-and-layers', 'oom-kill']),
  );
});

for (const { path, scenario } of all) {
  test(`lab ${scenario} on ${path}: typing the solution meets the goal`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // output at once: the test is about state, not pacing
    await page.goto(path);
    const term = page.locator(`il-terminal[data-scenario="${scenario}"]`).first();
    await term.scrollIntoViewIfNeeded();
    await expect(term).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    const solution = await term.evaluate(
      (el) =>
        JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!).scenario.solution as string[],
    );
    const goal = term.locator('.il-goal li');
    expect(await goal.filter({ hasText: 'Not yet' }).count()).toBeGreaterThan(0);

    const input = term.getByRole('textbox', { name: /terminal input/i });
    for (const line of solution) {
      await input.focus();
      // The byte 0x1d is what Ctrl+] sends: virsh console's escape key, pressed as a learner would press it.
      if (line === '\x1d') await input.press('Control+BracketRight');
      else {
        // Pasted, then Enter: typing key by key is terminal.spec.ts's subject (and the line editor's unit tests').
        await pasteInto(term, line);
        await input.press('Enter');
      }
      await expect
        .poll(() => term.evaluate((el) => (el as unknown as { transcriptText: string }).transcriptText), {
          timeout: 30_000,
        })
        .toMatch(/([$#] |login: |Password: )$/);
    }
    await expect(term).toHaveAttribute('data-done', 'true');
    await expect(goal.filter({ hasText: 'Not yet' })).toHaveCount(0);
    await expect(term.locator('.il-live')).toContainText(/All done/);
  });
}
