/**
 * Deletes cached diagrams no lesson uses any more.
 * CLI: `node src/diagrams/prune-cache.ts [--dry-run]` (Node >= 22.18 runs TypeScript directly).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { DEFAULT_CACHE_DIR, diagramHash, pruneDiagramCache } from './cache.ts';

/** Cache hashes of every ```mermaid fence in the lessons under `dir`, parsed as the build parses them. */
export function usedDiagramHashes(dir: string): Set<string> {
  const hashes = new Set<string>();
  const parser = unified().use(remarkParse).use(remarkMdx);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    if (!text.includes('```mermaid')) continue;
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
    visit(parser.parse(body), 'code', (node) => {
      if (node.lang === 'mermaid') hashes.add(diagramHash(node.value));
    });
  }
  return hashes;
}

/** Removes stale cache files (or, with `dryRun`, only lists them). */
export function pruneUnusedDiagrams({
  lessonsDir = 'lessons',
  cacheDir = DEFAULT_CACHE_DIR,
  dryRun = false,
} = {}): string[] {
  const used = usedDiagramHashes(lessonsDir);
  if (!dryRun) return pruneDiagramCache(used, cacheDir);
  return readdirSync(cacheDir).filter((n) => n.endsWith('.svg') && !used.has(n.slice(0, -4)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dryRun = process.argv.includes('--dry-run');
  const stale = pruneUnusedDiagrams({ dryRun });
  console.log(
    `${dryRun ? 'Would delete' : 'Deleted'} ${stale.length} stale diagram(s)${stale.length ? ':\n  ' + stale.join('\n  ') : '.'}`,
  );
}
