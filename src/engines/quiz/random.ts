/** Seeded randomness: the same seed always gives the same draw and the same order. */
import { fnv1a, mulberry32 } from '../random';

export { mulberry32 };

/** Derives a seed for one use (e.g. one question's options) from an attempt seed, with FNV-1a. */
export function deriveSeed(seed: number, salt: string): number {
  return fnv1a(salt, seed);
}

/** A shuffled copy of `items` (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
