import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  autoPlan,
  factorText,
  fixedPlan,
  phaseAt,
  slowMotionFor,
  speedText,
} from '../../../src/engines/race/speed';
import { planRace } from '../../../src/engines/sim/index';
import { ct, vm } from './fixtures';

const nouns = ['distro VM', 'microVM'];

describe('slow motion', () => {
  it('picks per lane the smallest factor that keeps it on screen for 2.5 s', () => {
    expect(slowMotionFor(131)).toBe(20); // 2.6 s on screen
    expect(slowMotionFor(298)).toBe(10);
    expect(slowMotionFor(607)).toBe(5);
    expect(slowMotionFor(2500)).toBe(1);
    expect(slowMotionFor(10_322)).toBe(1);
    expect(slowMotionFor(10)).toBe(50); // capped
  });

  it('plays the fastest lane slowed until it is ready, then the next lane at its own factor', () => {
    const pair = [planRace('kvm-distro', 1), planRace('microvm', 1)];
    expect(autoPlan(pair)).toEqual([
      { untilMs: 131, factor: 20, lane: 1 },
      { untilMs: Infinity, factor: 1 },
    ]);
    expect(autoPlan([ct, { ...ct, readyAtMs: 1000 }])).toEqual([
      { untilMs: 350, factor: 10, lane: 0 },
      { untilMs: Infinity, factor: 5 },
    ]);
    // Two lanes that want the same factor make one phase.
    expect(autoPlan([vm, vm])).toEqual([{ untilMs: Infinity, factor: 1 }]);
  });

  it('advances the clock across a change of factor and stops at the end', () => {
    const plan = [
      { untilMs: 131, factor: 20, lane: 1 },
      { untilMs: Infinity, factor: 1 },
    ];
    expect(advanceClock(0, 1000, plan, 10_322)).toBe(50);
    // The last 5 ms at 20× take 100 ms of screen time; the other 100 ms run at real time.
    expect(advanceClock(126, 200, plan, 10_322)).toBe(231);
    expect(advanceClock(10_300, 100, plan, 10_322)).toBe(10_322);
    expect(advanceClock(0, 16, fixedPlan(1), 4000)).toBe(16);
    expect(advanceClock(0, 16, fixedPlan(2), 4000)).toBe(8);
  });

  it('states the factor in force, and the change to come', () => {
    const plan = autoPlan([planRace('kvm-distro', 1), planRace('microvm', 1)]);
    expect(phaseAt(plan, 130).factor).toBe(20);
    expect(phaseAt(plan, 131).factor).toBe(1);
    expect(speedText(plan, 0, nouns)).toBe(
      'Slowed 20×: 1 s on screen = 50 ms, until the microVM is ready; then real time.',
    );
    expect(speedText(plan, 5000, nouns)).toBe('Real time: 1 s on screen = 1 s.');
    expect(speedText(fixedPlan(5), 0, nouns)).toBe('Slowed 5×: 1 s on screen = 200 ms.');
    expect(
      speedText(
        [
          { untilMs: 350, factor: 10, lane: 0 },
          { untilMs: Infinity, factor: 5 },
        ],
        0,
        ['a', 'b'],
      ),
    ).toBe('Slowed 10×: 1 s on screen = 100 ms, until the a is ready; then slowed 5×.');
    expect(factorText(50)).toBe('Slowed 50×: 1 s on screen = 20 ms');
  });
});
