import { describe, expect, it } from 'vitest';
import { ratioText, verdictText } from '../../../src/engines/race/verdict';
import { planRace } from '../../../src/engines/sim/index';
import { ct, vm } from './fixtures';

describe('race verdict', () => {
  it('names the winner and how many times sooner, from the simulated times', () => {
    const vmLane = planRace('kvm-distro', 1);
    expect(verdictText([vmLane, planRace('container-cached', 1)])).toBe(
      'Cached container ready in 298 ms, 35× sooner than the distro VM (10.3 s).',
    );
    expect(verdictText([vmLane, planRace('microvm', 1)])).toBe(
      'MicroVM ready in 131 ms, 79× sooner than the distro VM (10.3 s).',
    );
    // Lane order does not matter; the ratio follows the times.
    expect(verdictText([ct, vm])).toBe('Cached container ready in 350 ms, 11× sooner than the distro VM (4.00 s).');
    expect(verdictText([vm, { ...ct, readyAtMs: 1000 }])).toContain('4.0× sooner');
  });

  it('keeps one decimal below ten and calls equal times a tie', () => {
    expect(ratioText(607, 298)).toBe('2.0×');
    expect(ratioText(10_322, 298)).toBe('35×');
    expect(verdictText([vm, vm])).toBe('A tie: both ready in 4.00 s.');
    expect(verdictText([vm, { ...vm, readyAtMs: 3000 }])).toBe(
      'Distro VM ready in 3.00 s, 1.3× sooner than the other distro VM (4.00 s).',
    );
  });
});
