// `npm run export`: writes the LMS exports into dist/exports/ from the quiz sources and the built quiz pages, as the
// build's last step does (src/exports/integration.ts). The TypeScript sources are bundled once with esbuild into
// node_modules/.cache, because Node does not resolve their extensionless imports by itself.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const outfile = join(root, 'node_modules/.cache/isolation-lab/write-exports.mjs');
mkdirSync(join(outfile, '..'), { recursive: true });
await build({
  entryPoints: [join(root, 'src/exports/write-exports.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const { writeExports } = await import(pathToFileURL(outfile).href);
const base = process.env.BASE_PATH ?? '/';
try {
  const written = await writeExports({ root, dist: join(root, 'dist'), base: base.endsWith('/') ? base : `${base}/` });
  const total = written.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`${written.length} files written to dist/exports/ (${(total / 1e6).toFixed(2)} MB)`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
