// Finds a Chromium for build-time rendering (diagrams) and for Playwright tests.
// Plain ESM so astro.config.mjs, playwright.config.ts and shell scripts can all use it.
// CLI: `npm run browser` (`node scripts/find-browser.mjs`) prints the executable path, installing one if needed: the
//      one explicit install step. `--no-install` only looks. Imported (config, build, bench), it only ever looks.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Flags that let Chromium run headless on CI machines and containers (see /work/shared/STACK.md). */
export const HEADLESS_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Well-known system browser locations per platform, in order of preference. */
export const SYSTEM_PATHS = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

/** @typedef {{ executablePath: string, source: string }} Candidate */

/**
 * Lists candidate browsers in the order they are tried: env override, Playwright's download, system paths.
 * @param {{ env?: Record<string, string | undefined>, platform?: string, playwrightPath?: string }} [options]
 * @returns {Candidate[]}
 */
export function listCandidates({ env = process.env, platform = process.platform, playwrightPath } = {}) {
  /** @type {Candidate[]} */
  const out = [];
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    if (env[name]) out.push({ executablePath: env[name], source: `env ${name}` });
  }
  if (playwrightPath) out.push({ executablePath: playwrightPath, source: 'playwright' });
  for (const p of SYSTEM_PATHS[/** @type {keyof typeof SYSTEM_PATHS} */ (platform)] ?? [])
    out.push({ executablePath: p, source: 'system' });
  return out;
}

/**
 * Headless-friendly launch flags; Chromium's sandbox cannot start as root or in most CI containers.
 * @param {{ env?: Record<string, string | undefined>, uid?: number }} [options]
 */
export function browserArgs({ env = process.env, uid = process.getuid?.() } = {}) {
  const noSandbox = uid === 0 || Boolean(env.CI);
  return [...(noSandbox ? ['--no-sandbox'] : []), ...HEADLESS_FLAGS];
}

/**
 * Picks the first candidate whose file exists; an env override that points nowhere is an error, not a fallback.
 * @param {Candidate[]} candidates
 * @param {(path: string) => boolean} [exists]
 * @returns {Candidate | undefined}
 */
export function pickCandidate(candidates, exists = existsSync) {
  for (const c of candidates) {
    if (exists(c.executablePath)) return c;
    if (c.source.startsWith('env ')) {
      throw new Error(`${c.source} is set to "${c.executablePath}", but no file is there. Fix or unset it.`);
    }
  }
  return undefined;
}

async function playwrightExecutable() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Runs an install step without a terminal (apt must not stop to ask a question); true when it succeeded. */
function tryRun(cmd, args, timeout) {
  try {
    execFileSync(cmd, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

const NOT_FOUND =
  'No Chromium or Chrome browser was found (or none could be installed). It is needed only to render ' +
  'diagrams that changed (cached ones need no browser) and for browser tests. Get one either way:\n' +
  '  - `npm run browser` (tries both ways below, as root on Debian it may use apt-get), or\n' +
  "  - `npx playwright install chromium` (downloads Playwright's Chromium; needs internet), or\n" +
  '  - install Chromium/Chrome from your system (Debian/Ubuntu: `sudo apt-get install -y chromium`)\n' +
  '    and, if it is not at a usual path, set CHROMIUM_PATH=/path/to/chromium.';

/**
 * Finds (and, if allowed, installs) a Chromium; returns `{ executablePath, args, source }`.
 * @param {{ install?: boolean, env?: Record<string, string | undefined>, platform?: string, exists?: (path: string) => boolean }} [options]
 * @returns {Promise<{ executablePath: string, args: string[], source: string }>}
 */
export async function findBrowser({
  install = false,
  env = process.env,
  platform = process.platform,
  exists = existsSync,
} = {}) {
  const look = async () =>
    pickCandidate(listCandidates({ env, platform, playwrightPath: await playwrightExecutable() }), exists);
  let found = await look();
  if (!found && install) {
    console.error('[find-browser] No browser found; trying `npx playwright install chromium`…');
    if (tryRun('npx', ['playwright', 'install', 'chromium'], 180_000)) found = await look();
  }
  if (!found && install && platform === 'linux' && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.error('[find-browser] Trying `apt-get install -y chromium`…');
    if (tryRun('apt-get', ['update'], 300_000) && tryRun('apt-get', ['install', '-y', 'chromium'], 600_000)) {
      found = await look();
    }
  }
  if (!found) throw new Error(NOT_FOUND);
  return { executablePath: found.executablePath, args: browserArgs({ env }), source: found.source };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  findBrowser({ install: !process.argv.includes('--no-install') }).then(
    (b) => console.log(b.executablePath),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
