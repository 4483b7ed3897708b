/** Gives every id in one diagram's SVG a per-diagram prefix, so several diagrams on a page never collide. */
import { RENDER_ID } from './theme.ts';

/** Builds the per-diagram prefix from the diagram's content hash and its position on the page. */
export function diagramPrefix(hash: string, index: number): string {
  return `il-dg-${hash.slice(0, 8)}-${index}`;
}

/**
 * Renames ids and every reference to them: `url(#…)`, `href="#…"`, `aria-*="…"` id lists and
 * `#id` selectors in `<style>`. Mermaid's own render id becomes the prefix itself.
 */
export function prefixIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const rename = (id: string) =>
    !ids.has(id) ? id : id.startsWith(RENDER_ID) ? prefix + id.slice(RENDER_ID.length) : `${prefix}-${id}`;
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${rename(id)}"`)
    .replace(/url\((['"]?)#([^)'"]+)\1\)/g, (_, q: string, id: string) => `url(${q}#${rename(id)}${q})`)
    .replace(/(\s(?:xlink:)?href=")#([^"]+)"/g, (_, a: string, id: string) => `${a}#${rename(id)}"`)
    .replace(
      /(\saria-(?:labelledby|describedby|controls|owns)=")([^"]*)"/g,
      (_, a: string, list: string) => `${a}${list.split(/\s+/).map(rename).join(' ')}"`,
    )
    .replace(
      /(<style[^>]*>)([\s\S]*?)(<\/style>)/g,
      (_, open: string, css: string, close: string) =>
        open + css.replace(/#(-?[A-Za-z_][\w-]*)/g, (m, id: string) => (ids.has(id) ? `#${rename(id)}` : m)) + close,
    );
}
