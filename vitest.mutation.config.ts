// The Vitest config Stryker runs (stryker.config.mjs). Same as vitest.config.ts minus the fuzz test: it replays
// 10,000+ random lines (about 20 s) and covers nearly every mutant, so each surviving mutant would pay for it,
// and it asserts output hygiene (no `undefined`), not behaviour. `npm run test:unit` still runs it. Each file gets its
// own module graph again (as Vitest's default), so Stryker sees which test runs which mutant.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({ test: { exclude: ['tests/unit/sim/fuzz.test.ts', 'node_modules/**'], isolate: true } }),
);
