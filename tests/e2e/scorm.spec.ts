import { QUIZ_COUNT } from './course-facts';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { answer, shownQuestions, startIfDrawn, submitAnyway, type QuizData } from './quiz-helpers';

// Each SCORM package is launched as an LMS would: nested two frames deep inside a page whose window holds
// scorm-again's LMS API (an implementation written apart from this project), answered by a scripted learner, and
// the values the LMS holds afterwards are read back from scorm-again.

const LMS = 'http://lms.test';
const scormAgain = readFileSync(createRequire(import.meta.url).resolve('scorm-again'), 'utf8');

type Version = '1.2' | '2004';
const names = {
  '1.2': { api: 'API', ctor: 'Scorm12API', finish: 'LMSFinish', commit: 'LMSCommit' },
  '2004': { api: 'API_1484_11', ctor: 'Scorm2004API', finish: 'Terminate', commit: 'Commit' },
} as const;

/** An API that answers every call with an error, as a misconfigured or offline LMS does. */
const FAILING_API = `{
  LMSInitialize: () => 'false', LMSFinish: () => 'false', LMSGetValue: () => '', LMSSetValue: () => 'false',
  LMSCommit: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception',
  LMSGetDiagnostic: () => '' }`;

/** Serves the package at LMS/pkg/ and an LMS page around it; `api` is the expression that makes the API. */
async function launch(page: Page, zip: string, version: Version, api?: string): Promise<FrameLocator> {
  const files = unzipSync(readFileSync(`dist/exports/${zip}`));
  const n = names[version];
  const make = api ?? `new ${n.ctor}({ autocommit: false, logLevel: 5 })`;
  const lms = `<!doctype html><title>LMS</title><script>${scormAgain}</script><script>
    window.${n.api} = ${make};
    window.calls = [];
    for (const k of Object.keys(Object.getPrototypeOf(window.${n.api})).concat(Object.keys(window.${n.api})))
      if (typeof window.${n.api}[k] === 'function' && /^(LMS|Initialize|Terminate|GetValue|SetValue|Commit)/.test(k)) {
        const f = window.${n.api}[k].bind(window.${n.api});
        window.${n.api}[k] = (...a) => { const r = f(...a); window.calls.push([k, ...a, r]); return r; };
      }
    </script><iframe title="course frame" src="/frame.html" style="width:100%;height:95vh"></iframe>`;
  await page.route(`${LMS}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/lms.html') return route.fulfill({ contentType: 'text/html', body: lms });
    if (path === '/frame.html')
      return route.fulfill({
        contentType: 'text/html',
        body: '<iframe title="quiz" src="/pkg/index.html" style="width:100%;height:90vh"></iframe>',
      });
    const file = files[path.replace(/^\/pkg\//, '')];
    return file ? route.fulfill({ contentType: 'text/html', body: Buffer.from(file) }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${LMS}/lms.html`);
  return page.frameLocator('iframe').frameLocator('iframe');
}

/** Answers the shown questions, the first `wrong` of them wrongly, submits, and returns the percent expected. */
async function learn(page: Page, quizFrame: FrameLocator, wrong: number): Promise<{ percent: number; text: string }> {
  const root = quizFrame.locator('il-quiz[data-ready]');
  await expect(root).toBeVisible();
  await startIfDrawn(root);
  const quiz = (JSON.parse((await root.locator('script.il-quiz-data').textContent()) ?? '{}') as { quiz: QuizData })
    .quiz;
  const shown = await shownQuestions(root, quiz);
  expect(shown.length).toBeGreaterThan(wrong);
  // Wrong answers go to types where the helper's wrong answer earns nothing (a shuffled Ordering earns partial credit).
  const wrongIds = shown
    .filter(({ q }) => q.type !== 'Ordering')
    .slice(0, wrong)
    .map(({ q }) => q.id);
  expect(wrongIds).toHaveLength(wrong);
  for (const { q, fs } of shown) await answer(page, fs, q, !wrongIds.includes(q.id));
  await submitAnyway(root);
  const score = root.locator('.ilq-score');
  await expect(score).toBeVisible();
  // Every question is worth one point in these quizzes, and a wrong answer as the helper gives it earns nothing.
  const percent = Math.round(((shown.length - wrong) / shown.length) * 1000) / 10;
  return { percent, text: ((await score.textContent()) ?? '').replace(/\s+/g, ' ') };
}

test('SCORM packages report score and status to scorm-again, resume data included, and survive a failing LMS', async ({
  page,
}) => {
  // Another learner's full marks, kept by this shared browser from the public site: the package must not show them.
  await page.addInitScript(() => {
    const at = '2026-01-01T00:00:00.000Z';
    const full = { score: 10, maxScore: 10, percent: 100, passed: true, at };
    const quizzes = { 'why-isolate': { attempts: [full], attemptCount: 1, best: full, passedAt: at } };
    localStorage.setItem('isolation-lab:progress', JSON.stringify({ version: 3, lessons: {}, quizzes, exercises: {} }));
  });
  // SCORM 1.2, a lesson quiz (practice mode): one wrong answer of ten, passed.
  let frame = await launch(page, 'why-isolate-scorm12.zip', '1.2');
  let result = await learn(page, frame, 1);
  expect(result.text).toMatch(/Passed You scored 9 of 10 points/);
  await expect(frame.locator('.il-scorm-lms')).toBeEmpty();
  await expect(frame.locator('.ilq-best')).toHaveText(/^Your best: 9 of 10\spoints \(90\s%\) — passed$/);
  const lms12 = await page.evaluate(() => {
    const api = (window as any).API;
    return {
      raw: api.cmi.core.score.raw,
      min: api.cmi.core.score.min,
      max: api.cmi.core.score.max,
      status: api.cmi.core.lesson_status,
      suspend: api.cmi.suspend_data,
      calls: (window as any).calls.map((c: string[]) => c[0]),
    };
  });
  expect(lms12).toMatchObject({ raw: String(result.percent), min: '0', max: '100', status: 'passed' });
  expect(JSON.parse(lms12.suspend)).toMatchObject({ v: 1, best: { percent: result.percent, passed: true } });
  expect(lms12.calls).toContain('LMSInitialize');
  // scorm-again accepted every call the package made.
  expect(await frame.locator('body').evaluate(() => (window as any).ilScorm.errors)).toEqual([]);
  expect(lms12.calls.at(-1)).toBe('LMSCommit');
  // Leaving the page finishes the session properly, with a normal exit (no attempt left open).
  await page.locator('iframe').evaluate((f: HTMLIFrameElement) => (f.src = 'about:blank'));
  await expect
    .poll(() => page.evaluate(() => (window as any).calls.map((c: string[]) => c[0]).at(-1)))
    .toBe('LMSFinish');
  // Write-only elements (exit, session time) are checked as the calls the LMS accepted.
  const sets = await page.evaluate(() => (window as any).calls.filter((c: string[]) => c[0] === 'LMSSetValue'));
  expect(sets).toContainEqual(['LMSSetValue', 'cmi.core.exit', '', 'true']);
  expect(sets).toContainEqual([
    'LMSSetValue',
    'cmi.core.session_time',
    expect.stringMatching(/^\d{4}:\d\d:\d\d\.\d\d$/),
    'true',
  ]);

  // SCORM 2004, a quiz with a lab question left out: half wrong, failed; scaled score, completion and success apart.
  await page.unrouteAll();
  frame = await launch(page, 'booting-a-vm-scorm2004.zip', '2004');
  await expect(frame.locator('fieldset.ilq-q[data-type="TerminalTask"]')).toHaveCount(0);
  result = await learn(page, frame, 5);
  expect(result.text).toMatch(/Not passed/);
  const lms2004 = await page.evaluate(() => {
    const cmi = (window as any).API_1484_11.cmi;
    return {
      raw: cmi.score.raw,
      scaled: cmi.score.scaled,
      min: cmi.score.min,
      max: cmi.score.max,
      completion: cmi.completion_status,
      success: cmi.success_status,
      suspend: cmi.suspend_data,
    };
  });
  expect(lms2004).toMatchObject({
    raw: String(result.percent),
    scaled: String(result.percent / 100),
    min: '0',
    max: '100',
    completion: 'completed',
    success: 'failed',
  });
  expect(await frame.locator('body').evaluate(() => (window as any).ilScorm.errors)).toEqual([]);
  expect(JSON.parse(lms2004.suspend).best).toMatchObject({ percent: result.percent, passed: false });

  // An LMS whose every call fails: the quiz still runs and grades exactly as on the public site.
  await page.unrouteAll();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  frame = await launch(page, 'why-isolate-scorm12.zip', '1.2', FAILING_API);
  result = await learn(page, frame, 0);
  expect(result.text).toMatch(/Passed You scored 10 of 10/);
  expect(errors).toEqual([]);
  // …and the learner is told the LMS did not take the result.
  await expect(frame.getByRole('status').filter({ hasText: 'LMS' })).toHaveText(
    /^Your LMS did not accept this quiz’s results \(error 101\): your score is shown here/,
  );
});

test('an attempt left open resumes from suspend_data in the next session: the same exam questions, in the same order', async ({
  page,
}) => {
  const shownIds = (frame: FrameLocator) =>
    frame
      .locator('il-quiz[data-ready] fieldset.ilq-q:not([hidden])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  let frame = await launch(page, 'final-exam-scorm12.zip', '1.2');
  await startIfDrawn(frame.locator('il-quiz[data-ready]'));
  await expect(frame.locator('il-quiz[data-ready] fieldset.ilq-q:not([hidden])')).toHaveCount(30);
  const first = await shownIds(frame);
  await page.locator('iframe').evaluate((f: HTMLIFrameElement) => (f.src = 'about:blank'));
  await expect
    .poll(() => page.evaluate(() => (window as any).calls.map((c: string[]) => c[0]).at(-1)))
    .toBe('LMSFinish');
  const sets = await page.evaluate(() => (window as any).calls.filter((c: string[]) => c[0] === 'LMSSetValue'));
  expect(sets).toContainEqual(['LMSSetValue', 'cmi.core.exit', 'suspend', 'true']);
  expect(sets).toContainEqual(['LMSSetValue', 'cmi.core.lesson_status', 'incomplete', 'true']);
  const saved = await page.evaluate(() => (window as any).API.cmi.suspend_data as string);
  expect(saved.length).toBeLessThanOrEqual(4096);
  expect(JSON.parse(saved)).toMatchObject({ v: 1, run: { seed: expect.any(Number) } });

  // A new session (and a new browser tab, so nothing carries over but what the LMS kept).
  await page.unrouteAll();
  const next = await page.context().newPage();
  frame = await launch(
    next,
    'final-exam-scorm12.zip',
    '1.2',
    `(() => { const a = new Scorm12API({ autocommit: false, logLevel: 5 }); a.loadFromJSON({ suspend_data: ${JSON.stringify(saved)} }, 'cmi'); return a; })()`,
  );
  await expect(frame.locator('il-quiz[data-ready] fieldset.ilq-q:not([hidden])')).toHaveCount(30);
  expect(await shownIds(frame)).toEqual(first);
});

test('a SCORM page opened with no LMS at all runs the quiz as the public site does, with no axe violations', async ({
  page,
}) => {
  const files = unzipSync(readFileSync('dist/exports/final-exam-scorm2004.zip'));
  await page.route('http://pkg.test/**', (r) =>
    r.fulfill({ contentType: 'text/html', body: Buffer.from(files['index.html']!) }),
  );
  // The theme follows the system setting; the quiz's own markup is audited in both themes on the site's pages.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('http://pkg.test/index.html');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const root = page.locator('il-quiz[data-ready]');
  // The quiz's own stylesheet came along (the site puts it inline in the page's head, not in a file).
  await expect(root).toHaveCSS('border-top-width', '1px');
  await startIfDrawn(root);
  await expect(root.locator('fieldset.ilq-q:not([hidden])')).toHaveCount(30); // the exam draws 30 of its bank
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await submitAnyway(page.locator('il-quiz[data-ready]'));
  await expect(page.locator('.ilq-score')).toContainText(/Not passed You scored [\d.]+ of 30\spoints/);
});

test('the downloads page lists every export with its format and real size, and each link serves that file', async ({
  page,
  request,
}) => {
  const written = JSON.parse(readFileSync('dist/exports/index.json', 'utf8')) as Array<{
    file: string;
    format: string;
    bytes: number;
  }>;
  expect(written).toHaveLength((QUIZ_COUNT + 1) * 4); // every lesson quiz and the final exam, 4 formats each
  await page.goto('/teach/downloads/');
  for (const [format, heading] of Object.entries({
    gift: 'Moodle GIFT',
    qti21: 'IMS QTI 2.1 (zip)',
    scorm12: 'SCORM 1.2 (zip)',
    scorm2004: 'SCORM 2004 4th edition (zip)',
  })) {
    const table = page.getByRole('table', { name: `${heading} files` });
    const files = written.filter((w) => w.format === format);
    await expect(table.getByRole('row')).toHaveCount(files.length + 1);
    for (const f of files) {
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: f.file, exact: true }) });
      const kb = f.bytes < 1_000_000 ? `${(f.bytes / 1000).toFixed(1)} KB` : `${(f.bytes / 1e6).toFixed(2)} MB`;
      await expect(row.getByRole('cell').last()).toHaveText(kb);
    }
  }
  const first = written[0]!;
  const href = await page.getByRole('link', { name: first.file, exact: true }).getAttribute('href');
  const body = await (await request.get(href!)).body();
  expect(body.length).toBe(first.bytes);
});
