import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * The SCORM page's script: the course's quiz element and the LMS bridge (src/components/scorm/scorm-quiz.ts) in one
 * classic script, because a package is opened from an LMS's file store where Astro's absolute /_astro/ URLs do not
 * exist. The lazy controller is folded into the same file.
 */
export async function bundleScormRuntime(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/components/scorm/scorm-quiz.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [
      {
        // The quiz asks for the course's browser store; in a package it gets the LMS-aware one instead.
        name: 'scorm-store',
        setup(b) {
          b.onResolve({ filter: /\/progress\/course-store$/ }, (args) =>
            args.importer.endsWith('scorm-store.ts')
              ? undefined
              : { path: join(root, 'src/components/scorm/scorm-store.ts') },
          );
        },
      },
    ],
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild wrote no SCORM runtime');
  return out.text;
}
