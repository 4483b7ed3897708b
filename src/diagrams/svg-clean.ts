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
