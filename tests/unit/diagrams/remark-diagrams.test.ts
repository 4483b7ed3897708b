import { cpSync, readdirSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CourseContentError } from '../../../src/course/problem.ts';
import { closeDiagramRenderer, renderInBrowser } from '../../../src/diagrams/renderer.ts';
import type { RenderBatch } from '../../../src/diagrams/renderer.ts';
import { processFixture, scratchCache } from './helpers.ts';

// One browser for the whole file, as in a build; rendered SVGs land in a scratch cache.
const cacheDir = scratchCache();
const batches: number[] = [];
const countingRender: RenderBatch = (sources) => {
  batches.push(sources.length);
  return renderInBrowser(sources);
};
const noBrowser: RenderBatch = () => Promise.reject(new Error('a browser was needed'));
let page: { html: string; imports: string[]; elements: string[] };

beforeAll(async () => {
  page = await processFixture('two-diagrams.mdx', { render: countingRender, cacheDir });
});
afterAll(() => closeDiagramRenderer());

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

describe('a lesson with two diagrams', () => {
  it('renders both in one browser batch and caches one file per diagram', () => {
    expect(batches).toEqual([2]);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.svg'))).toHaveLength(2);
  });

  it('emits static SVG figures, no Mermaid script, and imports the palette CSS and the Enlarge view once', () => {
    expect(page.html.match(/<figure class="il-diagram diagram"/g)).toHaveLength(2);
    expect(page.html).not.toMatch(/<script|mermaid\.initialize|```mermaid/);
    expect(page.html).not.toContain('foreignObject');
    expect(page.imports).toEqual([
      'import "../../../src/diagrams/diagram.css";',
      'import IlDiagramZoom from "../../../src/components/diagram/DiagramZoom.astro";',
    ]);
    expect(page.elements).toEqual(['IlDiagramZoom']);
  });

  it('gives each figure an Enlarge button, hidden until the script finds the diagram shrunk', () => {
    expect(page.html.match(/<il-diagram-zoom><button type="button" [^>]*aria-haspopup="dialog" hidden>/g)).toHaveLength(
      2,
    );
    expect(page.html).toContain('Enlarge<span class="sr-only"> diagram: Two kernels</span>');
  });

  it('gives each diagram an accessible name, description, caption and text description', () => {
    expect(page.html).toMatch(/<svg [^>]*role="img" aria-labelledby="(il-dg-\w+-0)-title" aria-describedby="\1-desc"/);
    expect(page.html).toMatch(
      /<figure class="il-diagram diagram" aria-labelledby="(il-dg-\w+-0)-caption">[\s\S]*<figcaption><span class="il-diagram-title" id="\1-caption">Two kernels<\/span>/,
    );
    expect(page.html).toContain(
      '<details class="il-diagram-text"><summary>Text description</summary><p>A process asks the kernel to open a file. The kernel checks permissions and answers with a file descriptor.</p></details>',
    );
  });

  it('keeps ids unique on the page, with disjoint prefixes per diagram', () => {
    const all = ids(page.html);
    expect(new Set(all).size).toBe(all.length);
    const [first, second] = page.html.split('</figure>');
    const a = new Set(ids(first!));
    expect(ids(second!).filter((id) => a.has(id))).toEqual([]);
    expect(page.html).not.toMatch(/url\(#il-dg_|href="#il-dg_|#il-dg[ {.]/);
  });

  it('leaves no hard-coded colour that would ignore the theme', () => {
    for (const style of page.html.match(/<style>[\s\S]*?<\/style>/g)!) {
      expect(style).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(/i);
    }
  });

  it('is served from the cache without any browser the second time', async () => {
    const again = await processFixture('two-diagrams.mdx', { render: noBrowser, cacheDir });
    expect(again.html).toBe(page.html);
  });

  it('passes html-validate inside a page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const doc = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${page.html}</main></body></html>`;
    const report = await validator.validateString(doc);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});

describe('broken diagrams', () => {
  it('reports a Mermaid syntax error at its line in the lesson file', async () => {
    const error = await processFixture('syntax-error.mdx', { cacheDir: scratchCache() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CourseContentError);
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Isolation Lab: 1 problem in the course content:
        - tests/fixtures/diagrams/syntax-error.mdx › diagram at line 7: expected valid Mermaid syntax on line 12, found "B --> (oops", which Mermaid rejects: Expecting 'AMP', 'COLON', 'PIPE', 'TESTSTR', 'DOWN', 'DEFAULT', 'NUM', 'COMMA', 'NODE_STRING', 'BRKT', 'MINUS', 'MULT', 'UNICODE_TEXT', got 'PS'. Hint: check the line against https://mermaid.js.org/intro/syntax-reference.html; the Mermaid Live Editor (mermaid.live) shows errors as you type."
    `);
  });

  it('rejects a hard-coded colour, which would not follow the dark theme', async () => {
    const error = await processFixture('hard-coded-colour.mdx', { cacheDir: scratchCache() }).catch((e: unknown) => e);
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Isolation Lab: 1 problem in the course content:
        - tests/fixtures/diagrams/hard-coded-colour.mdx › diagram at line 5: expected colours that follow the light and dark themes, found hard-coded colour #f9f. Hint: remove \`style\`/\`classDef\` colour settings from the diagram; the course palette keeps text readable in both themes."
    `);
  });

  it('uses a committed cache entry on a machine with no browser', async () => {
    const copy = scratchCache();
    cpSync(cacheDir, copy, { recursive: true });
    const result = await processFixture('two-diagrams.mdx', { render: noBrowser, cacheDir: copy });
    expect(result.html).toBe(page.html);
  });
});
