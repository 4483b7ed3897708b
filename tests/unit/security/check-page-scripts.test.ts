import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPageScripts, scriptHash } from '../../../src/security/check-page-scripts';
import { cspReport } from '../../../src/security/integration';
import { moveCspMetaFirst } from '../../../src/security/meta-first';

const KNOWN = '\n  console.log("theme");\n';
const meta = (scriptSrc: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc}; style-src 'self'">`;
const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}<title>t</title></head><body>${body}</body></html>`;
const POLICY = meta(`'self' '${scriptHash(KNOWN)}'`);

describe('checkPageScripts', () => {
  test('a page whose inline scripts are all hashed in its policy, and a data block, pass', () => {
    const html = page(
      `${POLICY}<script>${KNOWN}</script><script type="module" src="/_astro/a.js"></script>`,
      '<script type="application/json">{"a":1}</script>',
    );
    expect(checkPageScripts(html)).toEqual([]);
  });

  test('an inline script not in the policy is named, with its hash', () => {
    const problems = checkPageScripts(
      page(POLICY, '<script>\n  window.added = true; // a new upstream script\n</script>'),
    );
    expect(problems.map((p) => p.message)).toEqual([
      `inline script "window.added = true; // a new upstream script" (${scriptHash('\n  window.added = true; // a new upstream script\n')}) is not in its script-src`,
    ]);
  });

  test('scripts before the policy, a missing policy, unsafe sources and inline handlers are all reported', () => {
    expect(checkPageScripts(page(`<script>${KNOWN}</script>${POLICY}`)).map((p) => p.message)).toEqual([
      'inline script "console.log(\\"theme\\");" comes before the policy <meta>, which cannot govern it',
    ]);
    expect(checkPageScripts(page('')).map((p) => p.message)).toEqual(['has no Content-Security-Policy <meta>']);
    expect(checkPageScripts(page(meta("'self' 'unsafe-inline' 'unsafe-eval'"))).map((p) => p.message)).toEqual([
      "its policy allows 'unsafe-inline' for scripts",
      "its policy allows 'unsafe-eval' for scripts",
    ]);
    expect(checkPageScripts(page(POLICY, '<button onclick="go()">Go</button>')).map((p) => p.message)).toEqual([
      '<button> has an inline event handler (onclick), which CSP blocks',
    ]);
  });
});

test('moveCspMetaFirst puts the policy right after <meta charset>, before every script', () => {
  const html = page(`<script>${KNOWN}</script><link rel="stylesheet" href="/a.css">${POLICY}`);
  const moved = moveCspMetaFirst(html);
  expect(moved.indexOf(POLICY)).toBe(moved.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
  expect(moved.length).toBe(html.length);
  expect(checkPageScripts(moved)).toEqual([]);
  expect(moveCspMetaFirst(page(''))).toBe(page(''));
});

test('cspReport names each page and the script, once per problem', () => {
  const dist = mkdtempSync(join(tmpdir(), 'csp-report-'));
  try {
    mkdirSync(join(dist, 'lessons', 'one'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), page(POLICY, `<script>${KNOWN}</script>`));
    for (const p of ['404.html', 'lessons/one/index.html']) {
      writeFileSync(join(dist, p), page(POLICY, '<script>upgraded()</script>'));
    }
    expect(cspReport(dist)).toEqual([
      `404.html, lessons/one/index.html: inline script "upgraded()" (${scriptHash('upgraded()')}) is not in its script-src`,
    ]);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
