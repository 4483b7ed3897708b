/** Wraps a diagram's SVG in accessible markup: a named image, a visible caption and a text description. */

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Attributes on the root <svg> that Mermaid sets and we replace: its ARIA wiring (we point it at our own
// <title>/<desc>), `role="graphics-document document"`, which validators reject in HTML, and its size
// (an inline `max-width` style, which we turn into width/height attributes that CSS scales down).
const ROOT_ATTRS =
  /\s(?:role|aria-roledescription|aria-labelledby|aria-describedby|aria-label|style|width|height)="[^"]*"/g;

function sizeAttrs(tag: string): string {
  const box = /\sviewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(tag);
  return box ? ` width="${Math.ceil(Number(box[1]))}" height="${Math.ceil(Number(box[2]))}"` : '';
}

/** Makes the root `<svg>` an image named by its `<title>` and described by its `<desc>`, both ours. */
export function labelSvg(svg: string, prefix: string, title: string, description: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg.trimStart());
  if (!open) throw new Error('Internal diagram error: renderer output does not start with <svg>.');
  const rest = svg
    .trimStart()
    .slice(open[0].length)
    .replace(/^(?:\s*<(title|desc)\b[^>]*>[\s\S]*?<\/\1>)+/, '');
  const tag = open[0]
    .replace(ROOT_ATTRS, '')
    .replace(
      />$/,
      `${sizeAttrs(open[0])} role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc">`,
    );
  return (
    tag +
    `<title id="${prefix}-title">${escapeHtml(title)}</title>` +
    `<desc id="${prefix}-desc">${escapeHtml(description)}</desc>` +
    rest
  );
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.replace(/\s*\n\s*/g, ' ').trim())}</p>`)
    .join('');
}

// Hidden until its script sees the diagram drawn smaller than its natural size; without JavaScript the
// figure is the plain, scaled picture and no button that does nothing is shown.
function enlargeControl(title: string): string {
  return (
    `<il-diagram-zoom><button type="button" class="il-button il-diagram-button il-diagram-enlarge" aria-haspopup="dialog" hidden>` +
    `Enlarge<span class="sr-only"> diagram: ${escapeHtml(title)}</span></button></il-diagram-zoom>`
  );
}

/**
 * The complete `<figure>`: the SVG, then a `<figcaption>` with the visible title, the Enlarge control and the
 * description in a keyboard-usable `<details>` (a figcaption must come first or last, so the details live inside it).
 */
export function buildFigure(svg: string, prefix: string, title: string, description: string): string {
  return (
    `<figure class="il-diagram diagram" aria-labelledby="${prefix}-caption">` +
    labelSvg(svg, prefix, title, description) +
    `<figcaption><span class="il-diagram-title" id="${prefix}-caption">${escapeHtml(title)}</span>` +
    enlargeControl(title) +
    `<details class="il-diagram-text"><summary>Text description</summary>${paragraphs(description)}</details>` +
    `</figcaption></figure>`
  );
}
