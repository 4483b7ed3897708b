/** Committed cache of rendered diagrams: one `<hash>.svg` per diagram, so unchanged diagrams need no browser. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MERMAID_VERSION } from './mermaid-version.ts';
import { MERMAID_CONFIG } from './theme.ts';

/** Where cached SVGs live (committed to git). */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('./cache/', import.meta.url));

// Bump when the renderer changes how it turns source into raw SVG (not for post-processing changes,
// which run on every build).
const RENDERER_REVISION = 1;

/** Cache key: the diagram source, Mermaid's version, the theme/config, and the renderer revision. */
export function diagramHash(source: string): string {
  return createHash('sha256')
    .update(JSON.stringify([source, MERMAID_VERSION, MERMAID_CONFIG, RENDERER_REVISION]))
    .digest('hex')
    .slice(0, 32);
}

/** Reads a cached raw SVG, or `undefined` when this diagram has not been rendered yet. */
export function readCachedSvg(hash: string, dir = DEFAULT_CACHE_DIR): string | undefined {
  try {
    return readFileSync(join(dir, `${hash}.svg`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Stores a raw SVG; written to a temp file and renamed, so a parallel build never reads half a file. */
export function writeCachedSvg(hash: string, svg: string, dir = DEFAULT_CACHE_DIR): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${hash}.${process.pid}.tmp`);
  writeFileSync(tmp, svg);
  renameSync(tmp, join(dir, `${hash}.svg`));
}

/** Deletes cached SVGs whose hash is not in `keep`; returns the deleted file names. */
export function pruneDiagramCache(keep: Set<string>, dir = DEFAULT_CACHE_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => n.endsWith('.svg') && !keep.has(n.slice(0, -'.svg'.length)));
  for (const n of stale) unlinkSync(join(dir, n));
  return stale;
}
