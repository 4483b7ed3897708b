import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scriptHash } from '../../../src/security/check-page-scripts';
import { cspHeader } from '../../../src/security/csp';
import { INLINE_SCRIPTS } from '../../../src/security/inline-scripts';

/** The texts of the `<script is:inline>` elements of an .astro file, in order. */
function inlineScripts(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro'))
    .map((f) => join(dir, f));
}

describe('the committed inline-script hashes', () => {
  test.each(INLINE_SCRIPTS.map((s) => [`${s.source} #${s.nth}`, s] as const))('%s matches its source', (_, s) => {
    const text = inlineScripts(s.source)[s.nth - 1];
    expect(text, `${s.source} has no inline script #${s.nth}`).toBeDefined();
    expect(scriptHash(text!)).toBe(s.hash);
  });

  test('every inline script of ours and of Starlight is listed', () => {
    const files = [...astroFiles('src'), ...astroFiles('node_modules/@astrojs/starlight/dist')];
    const all = files.flatMap((f) => inlineScripts(f).map((text, i) => `${f} #${i + 1} ${scriptHash(text)}`));
    const listed = INLINE_SCRIPTS.map((s) => `${s.source} #${s.nth} ${s.hash}`);
    expect(all.sort()).toEqual([...listed].sort());
  });
});

test('deploy/nginx/isolation-lab.conf sends the same policy as a header', () => {
  const conf = readFileSync('deploy/nginx/isolation-lab.conf', 'utf8');
  const header = /add_header Content-Security-Policy "([^"]*)" always;/.exec(conf)?.[1];
  expect(header, 'the Content-Security-Policy header in the nginx config').toBe(cspHeader());
});
