import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { formatSize } from '../engines/exports/plan';
import { precacheOptions } from './precache';

/**
 * Writes dist/sw.js at the end of every build: a service worker that precaches the whole course (pages, scripts,
 * styles, diagrams, the search index) so that after one visit every lesson, lab, quiz and search works offline.
 * List it after Starlight (whose build:done writes the search index) and after the LMS exports.
 */
export function offlineCourse(): AstroIntegration {
  let base = '/';
  return {
    name: 'isolation-lab:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          ...precacheOptions(base),
          globDirectory: dist,
          swDest: join(dist, 'sw.js'),
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`sw.js precaches ${count} files (${formatSize(size)})`);
      },
    },
  };
}
