import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './site-pages';

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  // Starlight's code blocks (Expressive Code) wrap each line of a <code> in a <div> and draw the copy button's
  // icon with an empty <div>; allow exactly those two and keep every other content-model rule, including the
  // one that catches Mermaid's <p>-in-<span> labels.
  elements: [
    'html5',
    { code: { permittedContent: ['@phrasing', 'div'] }, button: { permittedContent: ['@phrasing', 'div'] } },
  ],
});

for (const path of builtPages()) {
  test(`built HTML validates: ${path}`, async () => {
    const file = path.endsWith('.html') ? path : `${path}index.html`;
    const html = readFileSync(join('dist', file), 'utf8');
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`));
    expect(messages).toEqual([]);
    // The W3C Nu checker (not html-validate) rejects these on SVG shapes; Mermaid writes them (src/diagrams/svg-clean.ts).
    expect(html).not.toMatch(/<(?:rect|line|g|text|path|polygon)\b[^>]*\s(?:name|datatype)="/);
  });
}
