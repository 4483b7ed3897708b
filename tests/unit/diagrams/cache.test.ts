import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { diagramHash, readCachedSvg, writeCachedSvg } from '../../../src/diagrams/cache.ts';
import { pruneUnusedDiagrams, usedDiagramHashes } from '../../../src/diagrams/prune-cache.ts';
import { FIXTURES, scratchCache } from './helpers.ts';

it('keys the cache by source (and renderer version and theme), one file per diagram', () => {
  const dir = scratchCache();
  expect(diagramHash('flowchart LR\n A-->B')).toMatch(/^[0-9a-f]{32}$/);
  expect(diagramHash('flowchart LR\n A-->B')).not.toBe(diagramHash('flowchart LR\n A-->C'));
  writeCachedSvg('abc', '<svg/>', dir);
  expect(readCachedSvg('abc', dir)).toBe('<svg/>');
  expect(readCachedSvg('missing', dir)).toBeUndefined();
  expect(readdirSync(dir)).toEqual(['abc.svg']);
});

it('prunes cache entries that no lesson uses any more', () => {
  const lessons = scratchCache();
  cpSync(FIXTURES, lessons, { recursive: true });
  const used = usedDiagramHashes(lessons);
  expect(used.size).toBe(5); // two-diagrams has 2, the other fixtures 1 each
  const dir = scratchCache();
  for (const h of used) writeCachedSvg(h, '<svg/>', dir);
  writeFileSync(`${dir}/0000stale.svg`, '<svg/>');
  expect(pruneUnusedDiagrams({ lessonsDir: lessons, cacheDir: dir, dryRun: true })).toEqual(['0000stale.svg']);
  expect(pruneUnusedDiagrams({ lessonsDir: lessons, cacheDir: dir })).toEqual(['0000stale.svg']);
  expect(readdirSync(dir).sort()).toEqual([...used].map((h) => `${h}.svg`).sort());
});
