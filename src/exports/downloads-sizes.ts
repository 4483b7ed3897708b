import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSize } from '../engines/exports/plan';

/** The downloads page, relative to dist/. */
export const DOWNLOADS_PAGE = 'teach/downloads/index.html';

const SIZE = /(<span data-export-size="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/**
 * Writes each file's size into the built downloads page. The page is rendered before the exports exist (they reuse
 * the built quiz pages), so it holds a placeholder per file that this replaces once the files are written.
 */
export function patchDownloadSizes(dist: string, files: ReadonlyArray<{ file: string; bytes: number }>): void {
  const path = join(dist, DOWNLOADS_PAGE);
  if (!existsSync(path)) return;
  const sizes = new Map(files.map((f) => [f.file, formatSize(f.bytes)]));
  const html = readFileSync(path, 'utf8').replace(SIZE, (m, open: string, file: string, close: string) => {
    const size = sizes.get(file);
    return size ? `${open}${size}${close}` : m;
  });
  writeFileSync(path, html);
}
