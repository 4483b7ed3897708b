import { describe, expect, test } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../../../scripts/check-links';

const FIXTURE = 'tests/fixtures/links/dist';

describe('checkLinks', () => {
  test('finds every broken link and fragment in a built folder, and nothing else', () => {
    expect(formatBrokenLinks(checkLinks(FIXTURE))).toEqual([
      'index.html: /_astro/gone.css → no such file',
      'index.html: /_astro/missing.js → no such file',
      'index.html: /lessons/one/#no-such-heading → no id "no-such-heading" on lessons/one/index.html',
      'index.html: /lessons/two/ → no such file',
      'index.html: /folder → a folder: the link needs its trailing slash',
      'index.html: #nowhere → no id "nowhere" on index.html',
      'index.html: ../outside.png → no such file',
    ]);
  });

  test('under a base path, a link that leaves it is broken and the rest resolve the same', () => {
    const broken = formatBrokenLinks(checkLinks(FIXTURE, '/course/'));
    expect(broken).toContain('index.html: /lessons/one/ → outside the base path /course/');
    expect(broken).toContain('index.html: ../outside.png → outside the base path /course/');
    expect(broken).not.toContain('lessons/one/index.html: ../../ → outside the base path /course/');
  });
});
