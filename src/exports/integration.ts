import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatSize } from '../engines/exports/plan';
import { writeExports } from './write-exports';

/**
 * Writes the LMS exports into dist/exports/ at the end of every build (after Starlight's own build:done work, so
 * list it last), from the same quiz sources and built quiz pages the site serves.
 */
export function lmsExports(): AstroIntegration {
  let base = '/';
  return {
    name: 'isolation-lab:lms-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeExports({ root: process.cwd(), dist: fileURLToPath(dir), base });
        const total = written.reduce((sum, f) => sum + f.bytes, 0);
        logger.info(`${written.length} files in exports/ (${formatSize(total)})`);
      },
    },
  };
}
