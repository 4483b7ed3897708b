import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPageScripts } from './check-page-scripts';
import { moveCspMetaFirst } from './meta-first';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Moves each built page's policy `<meta>` to the top of its `<head>` (see meta-first.ts). List it right after
 * Starlight, before any integration that reads the pages' final bytes (exports, a service worker's precache).
 */
export function cspMetaFirst(): AstroIntegration {
  return {
    name: 'isolation-lab:csp-meta-first',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const moved = moveCspMetaFirst(html);
          if (moved !== html) writeFileSync(file, moved);
        }
      },
    },
  };
}

/**
 * Lists, for a built site, every script its pages' own policies would block, one line per problem with the pages
 * that have it. Empty when every page is clean.
 */
export function cspReport(dist: string): string[] {
  const byMessage = new Map<string, string[]>();
  for (const file of htmlFiles(dist)) {
    const page = relative(dist, file).split('\\').join('/');
    for (const { message } of checkPageScripts(readFileSync(file, 'utf8'))) {
      byMessage.set(message, [...(byMessage.get(message) ?? []), page]);
    }
  }
  return [...byMessage].map(([message, pages]) => {
    const where = pages.length > 3 ? `${pages.slice(0, 3).join(', ')} and ${pages.length - 3} more` : pages.join(', ');
    return `${where}: ${message}`;
  });
}

/**
 * Fails the build when a built page carries a script its Content-Security-Policy would block: the browser would
 * refuse it silently, so a Starlight upgrade that changes one of its inline scripts must stop the build instead.
 * List it last, so that it sees the pages as they will be served.
 */
export function cspCheck(): AstroIntegration {
  return {
    name: 'isolation-lab:csp-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const problems = cspReport(fileURLToPath(dir));
        if (problems.length === 0) {
          logger.info('every script on every page is allowed by its Content-Security-Policy');
          return;
        }
        throw new Error(
          `${problems.length} script problem(s) under the Content-Security-Policy:\n` +
            problems.map((p) => `  - ${p}`).join('\n') +
            '\nIf an inline script is expected (say, after a Starlight upgrade), read it, then put its hash in ' +
            'src/security/inline-scripts.ts and in the Content-Security-Policy header of deploy/nginx/isolation-lab.conf.',
        );
      },
    },
  };
}
