/** Small helpers for writing XML by hand: escaping, and HTML from the Markdown renderer made well-formed XHTML. */

/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const VOID = /<(br|hr|img|input|wbr)\b([^>]*?)\/?>/g;
const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&amp;',
  lt: '&lt;',
  gt: '&gt;',
  quot: '&quot;',
  apos: '&apos;',
};

/**
 * HTML as the course's Markdown renderer writes it → XHTML that an XML parser accepts: void elements closed, named
 * character references other than XML's own spelled out. The renderer emits no other HTML-only syntax.
 */
export function toXhtml(html: string): string {
  return html
    .replace(VOID, (_m, name: string, attrs: string) => `<${name}${attrs.trimEnd()}/>`)
    .replace(/&([a-zA-Z]+);/g, (m, name: string) => NAMED[name] ?? m);
}

/** Turns Markdown into HTML: a block (paragraphs) and, where the text is one paragraph, its inline content. */
export interface HtmlRenderer {
  (markdown: string): string;
  inline(markdown: string): string | undefined;
}

/** Block XHTML for `markdown`. */
export const blockXhtml = (render: HtmlRenderer, markdown: string): string => toXhtml(render(markdown));

/** Inline XHTML for `markdown`, or its escaped plain text when it has several blocks. */
export const inlineXhtml = (render: HtmlRenderer, markdown: string): string => {
  const inline = render.inline(markdown);
  return inline === undefined ? escapeXml(markdown) : toXhtml(inline);
};

/** A QTI identifier from a course id, which is already lowercase-kebab: prefixed so it never starts with a digit. */
export const qtiId = (prefix: string, id: string): string => `${prefix}${id}`;
