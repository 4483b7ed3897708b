/** Seeded randomness and deterministic digests: every run of the engine is reproducible. */
import { fnv1a, mulberry32 } from '../random';

/** A mulberry32 PRNG: a tiny, well-known 32-bit generator, plenty for jitter and names. */
export interface Rng {
  next(): number;
  int(maxExclusive: number): number;
  hex(chars: number): string;
  pick<T>(items: readonly T[]): T;
  /** The generator's position, so a session can rewind it (Ctrl+C replays a line up to the interrupt). */
  save(): number;
  restore(position: number): void;
}

/** Creates a PRNG from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let gen = mulberry32(seed);
  let calls = 0;
  const next = (): number => {
    calls++;
    return gen();
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    save: () => calls,
    restore: (position) => {
      // mulberry32 keeps its state in a closure: replaying the draws is the one way back, and lines draw few.
      gen = mulberry32(seed);
      for (let i = 0; i < position; i++) gen();
      calls = position;
    },
    int,
    hex: (chars) => Array.from({ length: chars }, () => int(16).toString(16)).join(''),
    pick: (items) => items[int(items.length)] as (typeof items)[number],
  };
}

/**
 * A stable 64-hex "sha256" for a name. Not a real SHA-256 of content (we have no content), but
 * content-addressing's key property holds: same layer name → same digest, on every run.
 */
export function digestOf(name: string): string {
  let out = '';
  for (let i = 0; i < 8; i++)
    out += fnv1a(`${i}:${name}`, i * 0x9e3779b9)
      .toString(16)
      .padStart(8, '0');
  return out;
}

const ADJECTIVES = [
  'admiring',
  'brave',
  'clever',
  'dazzling',
  'eager',
  'focused',
  'gifted',
  'happy',
  'jolly',
  'keen',
  'loving',
  'modest',
  'nifty',
  'optimistic',
  'peaceful',
  'quirky',
  'relaxed',
  'serene',
  'tender',
  'vibrant',
];
const SURNAMES = [
  'hopper',
  'lovelace',
  'turing',
  'torvalds',
  'ritchie',
  'thompson',
  'hamilton',
  'liskov',
  'knuth',
  'babbage',
  'curie',
  'noether',
  'shannon',
  'wozniak',
  'kare',
  'goldberg',
  'allen',
  'easley',
  'jennings',
  'wilson',
];

/** A Docker-style random container name (adjective_surname), drawn from the seeded PRNG. */
export function randomName(rng: Rng): string {
  return `${rng.pick(ADJECTIVES)}_${rng.pick(SURNAMES)}`;
}
