import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** Bundles the runtime entry points as a lesson page would, minified. */
async function bundleRuntime() {
  const result = await build({
    stdin: {
      contents: "export * from './src/engines/quiz/index';\nexport * from './src/engines/store/index';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]?.contents ?? new Uint8Array(), inputs: Object.keys(result.metafile.inputs) };
}

describe('quiz runtime budget', () => {
  test('grading, shuffling and the store pull in no library (no zod, no yaml)', async () => {
    const { inputs } = await bundleRuntime();
    expect(inputs.filter((i) => i.includes('node_modules') || i.includes('schemas/'))).toEqual([]);
  });

  // The lesson page's whole quiz runtime must stay ≤ 12 KB gzip; the engine takes at most 8 of them.
  test('the engine and store fit in 8 KB gzipped', async () => {
    const { code } = await bundleRuntime();
    expect(gzipSync(code).length).toBeLessThan(8 * 1024);
  });
});
