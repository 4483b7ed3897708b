import { describe, expect, it } from 'vitest';
import { browserArgs, listCandidates, pickCandidate } from '../../../scripts/find-browser.mjs';

describe('findBrowser candidates', () => {
  it('tries env overrides, then Playwright, then system paths, in that order', () => {
    const list = listCandidates({
      env: { CHROME_PATH: '/opt/chrome', CHROMIUM_PATH: '/opt/chromium' },
      platform: 'linux',
      playwrightPath: '/pw/chrome',
    });
    expect(list.map((c) => c.executablePath)).toEqual([
      '/opt/chromium',
      '/opt/chrome',
      '/pw/chrome',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/google-chrome',
      '/snap/bin/chromium',
    ]);
  });

  it('uses macOS paths on darwin', () => {
    const list = listCandidates({ env: {}, platform: 'darwin' });
    expect(list[0]).toEqual({
      executablePath: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      source: 'system',
    });
  });

  it('picks the first candidate that exists, skipping a Playwright browser that was never downloaded', () => {
    const list = listCandidates({ env: {}, platform: 'linux', playwrightPath: '/pw/chrome' });
    const found = pickCandidate(list, (p: string) => p === '/usr/bin/google-chrome');
    expect(found).toEqual({ executablePath: '/usr/bin/google-chrome', source: 'system' });
    expect(pickCandidate(list, () => false)).toBeUndefined();
  });

  it('treats an env override that points nowhere as a mistake to fix', () => {
    const list = listCandidates({ env: { CHROMIUM_PATH: '/nope' }, platform: 'linux' });
    expect(() => pickCandidate(list, () => false)).toThrow(
      'env CHROMIUM_PATH is set to "/nope", but no file is there. Fix or unset it.',
    );
  });

  it('adds --no-sandbox only as root or in CI', () => {
    expect(browserArgs({ env: {}, uid: 1000 })).not.toContain('--no-sandbox');
    expect(browserArgs({ env: {}, uid: 0 })[0]).toBe('--no-sandbox');
    expect(browserArgs({ env: { CI: 'true' }, uid: 1000 })).toContain('--no-sandbox');
    expect(browserArgs({ env: {}, uid: 1000 })).toEqual([
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ]);
  });
});
