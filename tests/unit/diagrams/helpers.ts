// Runs lesson fixtures through the diagram plugin the way the site does, without Astro.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkDiagrams, type RemarkDiagramsOptions } from '../../../src/diagrams/remark-diagrams.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/diagrams');

/** A fresh, empty cache directory. */
export const scratchCache = () => mkdtempSync(join(tmpdir(), 'il-dg-cache-'));

/** Processes a fixture (path relative to the project root, as the build reports it) to HTML; returns ESM imports and JSX elements too. */
export async function processFixture(name: string, options: RemarkDiagramsOptions = {}) {
  const path = join(FIXTURES, name);
  const value = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (m) =>
    '\n'.repeat(m.split('\n').length - 1),
  );
  const imports: string[] = [];
  const elements: string[] = [];
  const file = new VFile({ path, value, cwd: ROOT });
  const out = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkDiagrams, options)
    .use(() => (tree: any) => {
      // rehype-stringify cannot print ESM; keep it aside for assertions.
      imports.push(...tree.children.filter((n: any) => n.type === 'mdxjsEsm').map((n: any) => n.value));
      elements.push(...tree.children.filter((n: any) => n.type === 'mdxJsxFlowElement').map((n: any) => n.name));
      tree.children = tree.children.filter((n: any) => n.type !== 'mdxjsEsm' && n.type !== 'mdxJsxFlowElement');
    })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return { html: String(out), imports, elements };
}
