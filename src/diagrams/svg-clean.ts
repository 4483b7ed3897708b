/**
 * Drops attributes Mermaid leaves on SVG shapes that the W3C Nu HTML checker rejects: `name` on a sequence diagram's
 * actor boxes and lines, and `data-type` on its participant groups, which the HTML round trip (hast) turns into
 * RDFa's `datatype` on SVG. Browsers ignore both and no style reads them. Applied to cached and fresh output alike,
 * so no diagram needs rendering again.
 */
export function dropForeignAttributes(svg: string): string {
  return svg.replace(/<(rect|line|g|text|path|polygon)\b[^>]*>/g, (tag) =>
    tag.replace(/\s(?:name|datatype|data-type)="[^"]*"/g, ''),
  );
}

// Mermaid's output carries parts that draw nothing: every arrowhead kind defined whether used or not (twelve
// <marker>s per flowchart), a <rect> with no size behind each label, and one <tspan> per word where the words share
// one style. A lesson with two diagrams spent ~100 of its elements on them, and elements cost layout on a phone.
const SIZED = /\s(?:width|height)=/;
const INNER_TSPANS = /(<tspan ([^>]*\bclass="text-inner-tspan"[^>]*)>)([^<]*)<\/tspan><tspan \2>([^<]*)<\/tspan>/g;
// The one tspan of a row whose only attributes restate the normal style the text inherits anyway (no style of the
// course or of Mermaid's makes diagram text bold or italic; a **bold** label keeps its tspan).
const PLAIN_INNER = /<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">([^<]*)<\/tspan>/g;
// A label of one row: its text sits in one positioning tspan, whose place the <text> can carry itself.
const ONE_ROW =
  /<text\b([^>]*)><tspan class="text-outer-tspan row" x="([^"]*)" y="([^"]*)" dy="([^"]*)"( text-anchor="[^"]*")?>([^<]*)<\/tspan><\/text>/g;
const MARKER = /<marker\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g;
const FILTER = /<filter\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/filter>/g;

/** Unwraps every `<g>` with no attributes (a group that neither moves, styles nor names its children). */
function unwrapBareGroups(svg: string): string {
  const tags = /<g\b[^>]*>|<\/g>/g;
  const drop = new Set<number>(); // start offsets of the tags to remove
  const open: Array<{ at: number; bare: boolean }> = [];
  for (const m of svg.matchAll(tags)) {
    if (m[0] === '</g>') {
      const g = open.pop();
      if (g?.bare) drop.add(g.at).add(m.index);
    } else if (!m[0].endsWith('/>')) open.push({ at: m.index, bare: m[0] === '<g>' });
  }
  return svg.replace(tags, (tag, at: number) => (drop.has(at) ? '' : tag));
}

/** `<text>` taking the place (x, y, dy) and anchor of its only row's tspan, which it then no longer needs. */
function oneRowText(
  _m: string,
  attrs: string,
  x: string,
  y: string,
  dy: string,
  anchor: string | undefined,
  text: string,
): string {
  // The row's own anchor applies to its text (an absolutely placed tspan starts a new text chunk).
  const own = attrs.replace(anchor ? /\s(?:x|y|dy|text-anchor)="[^"]*"/g : /\s(?:x|y|dy)="[^"]*"/g, '');
  return `<text${own} x="${x}" y="${y}" dy="${dy}"${anchor ?? ''}>${text}</text>`;
}

/**
 * Removes what a diagram draws nothing with: rects without a size (no style here gives one a size), arrowhead
 * markers and shadow filters no shape refers to (and the defs they leave empty), groups without attributes (their children kept in place), and word-by-word tspans of
 * one style (joined into one, same text, and unwrapped when that style is the normal one the text inherits), and the
 * row tspan of a one-row label (its text and place moved to the <text>). What shows is unchanged.
 */
export function slimSvg(svg: string): string {
  let out = unwrapBareGroups(svg).replace(/<rect\b([^>]*)><\/rect>/g, (rect, attrs: string) =>
    SIZED.test(attrs) ? rect : '',
  );
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(INNER_TSPANS, (_m, open: string, _attrs, a: string, b: string) => `${open}${a}${b}</tspan>`);
  }
  out = out.replace(PLAIN_INNER, '$1').replace(ONE_ROW, oneRowText);
  const used = (id: string) => out.includes(`#${id})`) || out.includes(`#${id}"`);
  return out
    .replace(MARKER, (marker, id: string) => (used(id) ? marker : ''))
    .replace(FILTER, (filter, id: string) => (used(id) ? filter : ''))
    .replace(/<defs><\/defs>/g, '');
}
