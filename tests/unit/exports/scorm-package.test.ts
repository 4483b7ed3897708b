import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { scormManifest } from '../../../src/engines/exports/scorm/manifest';
import { quizMarkup, scormPage } from '../../../src/engines/exports/scorm/page';
import { quizzes } from './helpers';

/** xmllint's complaints about `xml` as plain XML (no schema: the ADL schemas are not published under a free notice). */
async function wellFormed(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'imsmanifest.xml', contents: xml }, normalization: 'format' });
  return result.errors.map((e) => e.rawMessage);
}

describe('SCORM manifests', () => {
  const final = quizzes.find((q) => q.final)!;

  it('1.2: well-formed, one SCO launching index.html, the pass mark as adlcp:masteryscore', async () => {
    const xml = scormManifest(final, '1.2');
    expect(await wellFormed(xml)).toEqual([]);
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).toContain(`<adlcp:masteryscore>${final.passMark}</adlcp:masteryscore>`);
  });

  it('2004 4th edition: well-formed, scormType sco, the pass mark as the primary objective’s minimum measure', async () => {
    const xml = scormManifest(final, '2004');
    expect(await wellFormed(xml)).toEqual([]);
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco" href="index.html"');
    expect(xml).toContain(`<imsss:minNormalizedMeasure>${final.passMark / 100}</imsss:minNormalizedMeasure>`);
  });
});

describe('the SCORM page', () => {
  const built = `<html><body><main><il-quiz class="il-quiz" data-quiz="q"><p class="il-quiz-about">10 questions, pass mark 80 %</p><fieldset class="ilq-q"></fieldset><script type="application/json" class="il-quiz-data">{"quiz":"all"}</script></il-quiz></main></body></html>`;

  it('takes the quiz markup from the built page, with the packaged questions’ data and count', () => {
    const markup = quizMarkup(built, '{"quiz":"some"}', 9);
    expect(markup).toMatch(/^<il-quiz class="il-quiz" data-quiz="q">/);
    expect(markup).toMatch(/<\/il-quiz>$/);
    expect(markup).toContain('<script type="application/json" class="il-quiz-data">{"quiz":"some"}</script>');
    expect(markup).toContain('9 questions, pass mark');
    expect(() => quizMarkup('<html></html>', '{}', 1)).toThrow(/exactly one <il-quiz>/);
  });

  it('puts a drawn quiz’s bank file into the page (a package has no server to fetch it from)', () => {
    const fetching = built.replace(
      '<fieldset class="ilq-q"></fieldset>',
      '<template class="ilq-bank" data-src="/quizzes/q/bank.json"></template>',
    );
    const markup = quizMarkup(fetching, '{"quiz":"some"}', 9, '<fieldset class="ilq-q" data-id="a"></fieldset>');
    expect(markup).toContain('<template class="ilq-bank"><fieldset class="ilq-q" data-id="a"></fieldset></template>');
    expect(markup).not.toContain('data-src');
    expect(() => quizMarkup(fetching, '{}', 9)).toThrow(/fetches its question bank from a file/);
    expect(() => quizMarkup(built, '{}', 9, '<fieldset></fieldset>')).toThrow(/found none/);
  });

  it('is self-contained: every style and script inline, none able to close its element early', () => {
    const html = scormPage({
      quiz: { title: 'A & B' },
      markup: '<il-quiz></il-quiz>',
      styles: [{ css: 'a{}' }, { css: 'b{}', media: 'print' }],
      script: 'var s = "</script><script>alert(1)";',
      config: { version: '1.2', quizId: 'q' },
      leftOut: 1,
    });
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    expect(html.match(/<\/script>/g)).toHaveLength(3); // the theme, the config and the runtime
    expect(html).toContain('<style media="print">b{}</style>');
    expect(html).toContain('<title>A &#38; B</title>');
    expect(html).toContain('1 lab question of this quiz is not in this package');
  });
});
