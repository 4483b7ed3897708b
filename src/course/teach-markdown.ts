import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';

// Build-time only: the teacher pack shows authors' Markdown (quiz prompts and feedback, lab summaries, lesson
// frontmatter) rendered the way the quiz pages render it: plain HTML, no syntax highlighting.

let renderer: Promise<MarkdownRenderer> | undefined;
const SINGLE_PARAGRAPH = /^<p>((?:(?!<\/?p>)[\s\S])*)<\/p>$/;

/** Author Markdown as block HTML. */
export async function markdownBlock(text: string): Promise<string> {
  renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
  return (await (await renderer).render(text)).code.trim();
}

/** Author Markdown as phrasing HTML when it is one paragraph (for list items and labels), else as blocks. */
export async function markdownInline(text: string): Promise<string> {
  const html = await markdownBlock(text);
  return SINGLE_PARAGRAPH.exec(html)?.[1] ?? html;
}

/** Plain text escaped for HTML (words the author did not write as Markdown, e.g. a bucket label). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
