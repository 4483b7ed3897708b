import { describe, expect, it } from 'vitest';
import { seededRandom, virtualClock } from '../../../scripts/real-kernel/snapshot.mjs';

interface Clock {
  now: number;
  tick: () => number;
  skip: (ms: number) => void;
  date: () => number;
}
const clockAt = virtualClock as (epochSeconds: number) => Clock;
const random = seededRandom as (seed?: number) => () => number;

describe('the snapshot’s virtual clock', () => {
  it('moves a fixed step per read, and by a halted guest’s idle time when told to, never by itself', async () => {
    const a = clockAt(1767225600);
    const b = clockAt(1767225600);
    const reads = [a.tick(), a.tick()];
    await new Promise((resolve) => setTimeout(resolve, 20));
    reads.push(a.tick());
    expect(reads).toEqual([b.tick(), b.tick(), b.tick()]);
    const [r0, r1, r2] = reads as [number, number, number];
    expect(r1 - r0).toBeCloseTo(r2 - r1, 9);
    const before = a.now;
    a.skip(10);
    a.skip(-5);
    expect(a.now).toBeCloseTo(before + 10, 9);
  });

  it('gives the CMOS clock the build’s epoch (SOURCE_DATE_EPOCH), not the host’s time', () => {
    const clock = clockAt(1767225600);
    expect(new Date(clock.date()).toISOString()).toMatch(/^2026-01-01T00:00:01/);
  });
});

describe('the snapshot’s random numbers', () => {
  it('are the same sequence every build, and not a constant', () => {
    const a = random();
    const b = random();
    const seqA = Array.from({ length: 100 }, a);
    expect(seqA).toEqual(Array.from({ length: 100 }, b));
    expect(new Set(seqA).size).toBe(100);
    expect(seqA.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)).toBe(true);
  });
});
