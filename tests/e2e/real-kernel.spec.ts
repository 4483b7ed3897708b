import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../../scripts/bench/serve.mjs';
import { foreignRequests, switchTheme, watchCsp } from './site-pages';

// The real Linux VM (v86) on "A container by hand": nothing of it loads before the click; resumed from the
// build-time snapshot it answers with the real kernel's release, runs the by-hand container, sees the OOM kill
// in dmesg, and the lab's goal is checked against the guest kernel. Boot and main-thread figures are logged.

const manifest = JSON.parse(readFileSync('public/real-kernel/manifest.json', 'utf8')) as { kernelRelease: string };
const LESSON = '/lessons/container-by-hand/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// One VM at a time: the timings below are only meaningful without a second browser competing for the 2 cores.
test.describe.configure({ mode: 'serial' });

interface VmEl extends HTMLElement {
  consoleText: string;
  readyMs?: number;
  type(data: string): void;
  goalResult?: { done: boolean; parts: Array<{ met: boolean; detail?: string }> };
}

/** Types a command into the serial console and waits until `expectText` shows after it. */
async function run(page: Page, command: string, expectText: string | RegExp, timeout = 20_000): Promise<void> {
  const before = await page.evaluate(() => document.querySelector<VmEl>('il-real-vm')!.consoleText.length);
  await page.evaluate((c) => document.querySelector<VmEl>('il-real-vm')!.type(c + '\n'), command);
  await expect
    .poll(async () => page.evaluate((n) => document.querySelector<VmEl>('il-real-vm')!.consoleText.slice(n), before), {
      timeout,
    })
    .toMatch(expectText);
}

/**
 * Checks the timing budgets (click → prompt, longest main-thread task) when the machine is not oversubscribed. Beside
 * a load average of 12 on 2 cores the emulator's worker and the page fight other jobs for the CPU: a cold boot took
 * 21 s and one task 840 ms there, against 5–7 s and ≤ 115 ms on the same machine when quiet. Then the figures are
 * logged and annotated, not asserted, so the suite does not fail for someone else's load.
 */
function checkBudgets(what: string, readyMs: number, longTasks: number[], budgetMs: number): void {
  const longest = Math.max(0, ...longTasks);
  const figures = `${what}: click → prompt ${Math.round(readyMs)} ms; long tasks ${JSON.stringify(longTasks.map(Math.round))}`;
  console.log(figures);
  const load = loadavg()[0]!;
  if (load > cpus().length) {
    test.info().annotations.push({ type: 'timing not asserted', description: `load average ${load}: ${figures}` });
    return;
  }
  expect(readyMs, `${what}: click → prompt within ${budgetMs / 1000} s`).toBeLessThan(budgetMs);
  expect(longest, `${what}: no main-thread task over 200 ms`).toBeLessThan(200);
}

/** Records the duration of every main-thread task over 50 ms in window.__longTasks. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
}

test('the real kernel resumes, builds a container by hand and sees the OOM kill', async ({ page, baseURL }) => {
  test.setTimeout(65_000);
  const csp = await watchCsp(page);
  const foreign = foreignRequests(page, new URL(baseURL!).origin);
  const vmRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/real-kernel/')) vmRequests.push(r.url());
  });
  await watchLongTasks(page);
  await page.goto(LESSON);
  await page.waitForLoadState('networkidle');
  const start = page.getByRole('button', { name: /^Boot a real Linux VM \(\d+\.\d MB download\)$/ });
  await start.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  expect(vmRequests, 'nothing of the VM is fetched before the click').toEqual([]);
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));

  await start.click();
  await expect(page.locator('il-real-vm')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  const readyMs = await page.evaluate(() => document.querySelector<VmEl>('il-real-vm')!.readyMs!);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  expect(vmRequests.length).toBeGreaterThan(0);
  checkBudgets('resume', readyMs, longTasks, 3000);

  await run(page, 'uname -r', manifest.kernelRelease);
  await run(page, 'unshare --uts sh -c "hostname box; hostname"; hostname', /box\s+lab-vm/);
  await run(page, 'unshare --pid --fork --mount-proc sh -c "echo pid=\\$\\$"', /pid=1\b/);
  await run(page, 'mkdir /sys/fs/cgroup/lab && echo 16M > /sys/fs/cgroup/lab/memory.max && echo ok-cg', 'ok-cg');
  await run(page, 'echo $$ > /sys/fs/cgroup/lab/cgroup.procs; cat /proc/self/cgroup', '0::/lab');
  await run(page, 'unshare --uts --pid --mount --fork chroot /srv/rootfs sh', /:\/# /);
  await run(page, 'mount -t proc proc /proc; hostname box; cat /etc/os-release', 'lab-rootfs');
  await run(page, 'tail /dev/zero; echo exit=$?', /exit=137/, 30_000);
  await run(page, 'dmesg | grep -c oom-kill', /^\s*[1-9]/m);

  await page.getByRole('button', { name: 'Check my work' }).click();
  await expect(page.locator('il-real-vm')).toHaveAttribute('data-goal', 'done', { timeout: 20_000 });
  await expect(page.locator('il-real-vm .il-goal li[data-met="true"]')).toHaveCount(5);

  // The booted VM (live terminal, goal met, hints and solution) in both themes: axe finds nothing.
  for (const theme of ['light', 'dark'] as const) {
    await switchTheme(page, theme);
    const audit = await new AxeBuilder({ page }).include('il-real-vm').withTags(WCAG_TAGS).analyze();
    expect(audit.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }

  // Scrolled out of view the emulator pauses (no CPU spent on a VM nobody sees); back in view it runs on.
  const vm = page.locator('il-real-vm');
  await expect(vm).toHaveAttribute('data-running', 'true');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(vm).toHaveAttribute('data-running', 'false');
  await vm.locator('.il-vm-screen').scrollIntoViewIfNeeded();
  await expect(vm).toHaveAttribute('data-running', 'true');
  await run(page, 'echo still-here', 'still-here');

  expect(csp).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a cold boot runs firmware, kernel and init, and shows the kernel’s own timestamps', async ({ page }) => {
  test.setTimeout(58_000);
  const csp = await watchCsp(page);
  await watchLongTasks(page);
  await page.goto('/lessons/booting-a-vm/');
  const cold = page.getByRole('button', { name: /^Cold boot instead, to watch it \(\d+\.\d MB download\)$/ });
  await cold.scrollIntoViewIfNeeded();
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  await cold.click();
  // 5–7 s on a quiet machine; the wait covers a loaded one (see checkBudgets).
  await expect(page.locator('il-real-vm')).toHaveAttribute('data-state', 'ready', { timeout: 40_000 });
  const readyMs = await page.evaluate(() => document.querySelector<VmEl>('il-real-vm')!.readyMs!);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  checkBudgets('cold boot', readyMs, longTasks, 15_000);
  const consoleText = await page.evaluate(() => document.querySelector<VmEl>('il-real-vm')!.consoleText);
  expect(consoleText).toContain(`Linux version ${manifest.kernelRelease}`);
  expect(consoleText).toContain('Run /init as init process');
  const timeline = page.getByRole('table', { name: /milestones, stamped by the kernel itself/ });
  await expect(timeline).toBeVisible({ timeout: 15_000 });
  await expect(timeline.getByRole('rowheader', { name: 'First user process (/init) runs' })).toBeVisible();
  expect(csp).toEqual([]);
});

test('once resumed online, the VM resumes again with the network cut (runtime cache, not the precache)', async ({
  browser,
}) => {
  test.setTimeout(55_000);
  const server: Server = await serveDist(join(import.meta.dirname, '../../dist'));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${LESSON}`);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', null, {
      timeout: 30_000,
    });
    const precached = await page.evaluate(async () =>
      (
        await Promise.all(
          (await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)),
        )
      )
        .flat()
        .filter((u) => u.includes('/real-kernel/')),
    );
    expect(precached, 'no VM file is cached before the click').toEqual([]);
    // A page loaded before the worker took over is not controlled by it: reload so the VM's files pass through it.
    await page.reload();
    await page.getByRole('button', { name: /^Boot a real Linux VM/ }).click();
    await expect(page.locator('il-real-vm')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });

    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeAllConnections();
    await closed;
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: /^Boot a real Linux VM/ }).click();
    await expect(page.locator('il-real-vm')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    await run(page, 'uname -r', manifest.kernelRelease);
  } finally {
    await context.close();
    if (server.listening) server.close();
  }
});
