/** Remark plugin: a ```mermaid fence becomes an inline SVG figure at build time; no Mermaid JS reaches the page. */
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { renderDiagrams, type RenderOptions } from './render-diagrams.ts';

const CSS_FILE = fileURLToPath(new URL('./diagram.css', import.meta.url));
// The Enlarge view's script ships in this component; only lessons with diagrams render it.
const ZOOM_COMPONENT = fileURLToPath(new URL('../components/diagram/DiagramZoom.astro', import.meta.url));
const ZOOM_NAME = 'IlDiagramZoom';

/** Drops source positions from a parsed fragment: they point into the SVG text, not into the lesson. */
function stripPositions(node: { position?: unknown; children?: unknown[] }): void {
  delete node.position;
  for (const child of node.children ?? []) stripPositions(child as { position?: unknown; children?: unknown[] });
}

function figureNode(html: string) {
  const figure = fromHtml(html, { fragment: true }).children[0] as Element;
  stripPositions(figure);
  // A custom node type that remark-rehype turns into exactly this element, in .md and in .mdx alike;
  // Expressive Code never sees it because it is no longer a `code` node.
  return { type: 'ilDiagram', data: { hName: 'figure', hProperties: figure.properties, hChildren: figure.children } };
}

// The palette and the Enlarge script are imported by the lesson itself, so only pages with diagrams load
// them (MDX only: .md cannot import).
function esmImport(file: VFile, target: string, name?: string) {
  let spec = relative(dirname(file.path), target).split('\\').join('/');
  if (!spec.startsWith('.')) spec = './' + spec;
  const value = `import ${name ? `${name} from ` : ''}${JSON.stringify(spec)};`;
  const specifiers = name ? [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }] : [];
  const estree = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers,
        attributes: [],
        source: { type: 'Literal', value: spec, raw: JSON.stringify(spec) },
      },
    ],
  };
  return { type: 'mdxjsEsm', value, data: { estree } };
}

/** Options for tests: a fake renderer and a scratch cache directory. */
export type RemarkDiagramsOptions = RenderOptions;

/** Replaces ```mermaid fences with figures; unchanged diagrams come from the committed cache without a browser. */
export function remarkDiagrams(options: RemarkDiagramsOptions = {}) {
  return async (tree: Root, file: VFile) => {
    const found: { node: Code; parent: Parent; index: number }[] = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang === 'mermaid' && parent && index !== undefined) found.push({ node, parent, index });
    });
    if (!found.length) return;
    const name = file.path ? relative(file.cwd, file.path).split('\\').join('/') : '(unnamed file)';
    const figures = await renderDiagrams(
      name,
      found.map(({ node }) => ({ source: node.value, line: node.position?.start.line ?? 0 })),
      options,
    );
    found.forEach(({ node, parent }, i) => {
      parent.children[parent.children.indexOf(node)] = figureNode(figures[i]!) as unknown as Code;
    });
    if (file.path?.endsWith('.mdx')) {
      const imports = [esmImport(file, CSS_FILE), esmImport(file, ZOOM_COMPONENT, ZOOM_NAME)];
      const element = { type: 'mdxJsxFlowElement', name: ZOOM_NAME, attributes: [], children: [] };
      tree.children.unshift(...(imports as unknown as Root['children']));
      tree.children.push(element as unknown as Root['children'][number]);
    }
  };
}

export default remarkDiagrams;
