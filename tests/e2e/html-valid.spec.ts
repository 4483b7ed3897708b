import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './site-pages';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

for (const path of builtPages()) {
  test(`built HTML validates: ${path}`, async () => {
    const file = path.endsWith('.html') ? path : `${path}index.html`;
    const html = readFileSync(join('dist', file), 'utf8');
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`));
    expect(messages).toEqual([]);
  });
}
