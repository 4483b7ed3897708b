import { expect, test } from '@playwright/test';
import { checkLinks, formatBrokenLinks } from '../../scripts/check-links';

// No browser: every href and src on every built page that points into the site resolves to a file in dist/, and
// every #fragment to an id on its page (tests/unit/links shows the check failing on broken ones).
test('no broken internal link or fragment in dist/', () => {
  expect(formatBrokenLinks(checkLinks('dist', process.env.BASE_PATH ?? '/'))).toEqual([]);
});
