import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { remarkGlossary } from '../../../src/glossary/remark-glossary';
import type { GlossaryEntry } from '../../../src/schemas/glossary';

const entry = (id: string, term: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  term,
  aka: [],
  definition: 'A definition long enough for the schema.',
  lessons: ['l1'],
  ...more,
});

const ENTRIES = [
  entry('kernel', 'kernel'),
  entry('guest-kernel', 'guest kernel'),
  entry('process', 'process'),
  entry('pid', 'PID', { aka: ['process ID'] }),
  entry('layer', 'layer', { linkIn: ['images'] }),
];

/** Renders Markdown as lesson `lesson` (or as a file outside lessons) and returns the HTML. */
async function render(md: string, lesson: string | null = 'l1', base = '/'): Promise<string> {
  const file = new VFile({ path: lesson ? `/site/lessons/${lesson}.md` : '/site/src/pages/x.md', value: md });
  const out = await unified()
    .use(remarkParse)
    .use(remarkGlossary, {
      entries: ENTRIES,
      base,
      lessonOf: (p: string) => (p.includes('/lessons/') ? (lesson ?? undefined) : undefined),
    })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

const link = (id: string, text: string, base = '/') =>
  `<a href="${base}glossary/#term-${id}" class="il-term">${text}</a>`;

describe('glossary links in a lesson', () => {
  test('only the first use of each term links, and a plural counts as a use', async () => {
    const html = await render('Each processes list has a kernel. The kernel runs a process.');
    expect(html).toBe(
      `<p>Each ${link('process', 'processes')} list has a ${link('kernel', 'kernel')}. The kernel runs a process.</p>`,
    );
  });

  test('the longest form wins: "guest kernel" is its own term, and "process ID" is a form of PID', async () => {
    const html = await render('The guest kernel gives each process ID. Then the kernel.');
    expect(html).toContain(link('guest-kernel', 'guest kernel'));
    expect(html).toContain(link('pid', 'process ID'));
    expect(html).toContain(link('kernel', 'kernel'));
    expect(html).not.toContain(link('process', 'process'));
  });

  test('headings, code, existing links and the sources section are left alone; the next prose use links', async () => {
    const md = [
      '# The kernel',
      '',
      '`kernel` and [kernel](https://kernel.org)',
      '',
      '```',
      'kernel',
      '```',
      '',
      'A kernel.',
      '',
      '## Sources',
      '',
      'A process.',
    ].join('\n');
    const html = await render(md);
    expect(html.match(/il-term/g)).toHaveLength(1);
    expect(html).toContain(`<p>A ${link('kernel', 'kernel')}.</p>`);
    expect(html).toContain('<p>A process.</p>');
  });

  test('an aside title (a directive label, rendered aria-hidden) gets no link; the aside body does', async () => {
    const markLabel = () => (tree: Root) => {
      tree.children[0]!.data = { directiveLabel: true } as Root['data'];
    };
    const file = new VFile({ path: '/site/lessons/l1.md', value: 'Title with kernel\n\nBody with kernel' });
    const html = String(
      await unified()
        .use(remarkParse)
        .use(markLabel)
        .use(remarkGlossary, { entries: ENTRIES, base: '/', lessonOf: () => 'l1' })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(file),
    );
    expect(html).toBe(`<p>Title with kernel</p>\n<p>Body with ${link('kernel', 'kernel')}</p>`);
  });

  test('a word inside another word is not a use (kernels yes, kernelspace and pid_max no)', async () => {
    expect(await render('kernelspace and pid_max and kernel/core')).not.toContain('il-term');
    expect(await render('two kernels')).toContain(link('kernel', 'kernels'));
  });

  test('an entry limited with linkIn links only in those lessons', async () => {
    expect(await render('A layer.', 'images')).toContain(link('layer', 'layer'));
    expect(await render('A layer.', 'l1')).not.toContain('il-term');
  });

  test('links carry the base path, and pages that are not lessons get none', async () => {
    expect(await render('A kernel.', 'l1', '/course/')).toContain(link('kernel', 'kernel', '/course/'));
    expect(await render('A kernel.', null)).not.toContain('il-term');
  });
});
