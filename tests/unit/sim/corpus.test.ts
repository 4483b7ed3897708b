/// <reference types="vite/client" />
/**
 * Runs every fidelity-corpus group in `./corpus/` (issue 10, part 5): each row either matches what
 * the real tool prints in substance or gives the honest "not simulated" answer. Each row gets a
 * fresh session (seed 7) so rows never depend on one another.
 */
import { describe, expect, test } from 'vitest';
import { NOT_SIMULATED } from '../../../src/engines/sim/commands/honesty';
import type { CorpusGroup, CorpusRow } from './corpus/types';
import { fresh, run } from './helpers';

const groups = Object.values(import.meta.glob<{ default: CorpusGroup }>('./corpus/*.corpus.ts', { eager: true })).map(
  (m) => m.default,
);

function check(row: CorpusRow): void {
  const s = fresh();
  for (const line of row.setup ?? []) run(s, line);
  const { text, code } = run(s, row.line);
  const where = `"${row.line}" printed:\n${text}`;
  if (row.notSimulated) {
    expect(text, where).toContain(NOT_SIMULATED);
    expect(code, where).toBe(126);
  } else {
    expect(text, where).not.toContain(NOT_SIMULATED);
    expect(code, where).toBe(row.exit ?? 0);
  }
  for (const e of row.expect) {
    if (typeof e === 'string') expect(text, where).toContain(e);
    else expect(text, where).toMatch(e);
  }
  for (const n of row.not ?? []) {
    if (typeof n === 'string') expect(text, where).not.toContain(n);
    else expect(text, where).not.toMatch(n);
  }
  expect(text, where).not.toMatch(/undefined|NaN|\[object Object\]/);
}

describe.each(groups.map((g) => [g.group, g] as const))('corpus: %s', (_name, g) => {
  test('names its source', () => expect(g.source.length).toBeGreaterThan(10));
  test.each(g.rows.map((r, i) => [i + 1, r.line, r] as const))('row %i: %s', (_i, _line, row) => check(row));
});
