/** Remark plugin: in each lesson, the first use of each glossary term becomes a link to its entry on /glossary/. */
import type { Parent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { GlossaryEntry } from '../schemas/glossary';
import { surfaceForms, termPattern } from '../course/glossary-match';

/** Nodes whose text is never linked: headings, code, existing links, diagrams, components and the sources list. */
const SKIP = new Set([
  'heading',
  'code',
  'inlineCode',
  'link',
  'linkReference',
  'ilDiagram',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'yaml',
]);

/** The glossary anchor for an entry, used by the page and by the links. */
export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}

export interface RemarkGlossaryOptions {
  entries: GlossaryEntry[];
  /** The site's base path, e.g. "/" or "/course/". */
  base: string;
  /** The lesson id of a file, or undefined for a file that is not a lesson (only lessons get links). */
  lessonOf: (path: string) => string | undefined;
}

/** Finds the entry a matched word stands for, trying it as written and without a plural ending. */
function entryFor(word: string, forms: Map<string, GlossaryEntry>): GlossaryEntry | undefined {
  const w = word.toLowerCase();
  return forms.get(w) ?? forms.get(w.replace(/es$/, '')) ?? forms.get(w.replace(/s$/, ''));
}

/** Splits one text node at the first unlinked terms it contains; returns the nodes that replace it. */
function linkText(
  node: Text,
  forms: Map<string, GlossaryEntry>,
  pattern: RegExp,
  used: Set<string>,
  href: (id: string) => string,
): RootContent[] {
  const out: RootContent[] = [];
  const text = node.value;
  const re = new RegExp(pattern.source, 'gi');
  let last = 0;
  for (const m of text.matchAll(re)) {
    const entry = entryFor(m[0], forms);
    if (!entry || used.has(entry.id)) continue;
    used.add(entry.id);
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    out.push({
      type: 'link',
      url: href(entry.id),
      children: [{ type: 'text', value: m[0] }],
      data: { hProperties: { className: ['il-term'] } },
    });
    last = m.index + m[0].length;
  }
  if (!out.length) return [node];
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** Links first uses, in document order, stopping at a "Sources" heading (titles of papers are not teaching text). */
export function remarkGlossary({ entries, base, lessonOf }: RemarkGlossaryOptions) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const href = (id: string) => `${root}glossary/#${glossaryAnchor(id)}`;
  return (tree: Root, file: VFile) => {
    const lesson = file.path ? lessonOf(file.path) : undefined;
    if (!lesson) return;
    const here = entries.filter((e) => !e.linkIn || e.linkIn.includes(lesson));
    if (!here.length) return;
    const forms = new Map(here.flatMap((e) => surfaceForms(e).map((f) => [f.toLowerCase(), e] as const)));
    const pattern = termPattern(here);
    const used = new Set<string>();
    let stopped = false;
    const walk = (parent: Parent) => {
      for (let i = 0; i < parent.children.length && !stopped; i++) {
        const child = parent.children[i]!;
        if (
          child.type === 'heading' &&
          child.children.some((c) => c.type === 'text' && /^sources$/i.test(c.value.trim()))
        ) {
          stopped = true;
          return;
        }
        // An aside's title (`:::caution[Title]`) is rendered aria-hidden, so a link there would be unreachable.
        if (SKIP.has(child.type) || (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) continue;
        if (child.type === 'text') {
          const replaced = linkText(child, forms, pattern, used, href);
          parent.children.splice(i, 1, ...(replaced as Parent['children']));
          i += replaced.length - 1;
        } else if ('children' in child) walk(child as Parent);
      }
    };
    walk(tree);
  };
}
