import { describe, expect, it } from 'vitest';
import { barSegments, finishPct, fitLabel, laneStatus } from '../../../src/engines/race/bars';
import { ct, vm } from './fixtures';

describe('bar geometry', () => {
  it('grows the running stage up to now and leaves later stages empty', () => {
    expect(barSegments(vm, 1000, 4000)).toEqual([
      { index: 1, label: 'firmware', leftPct: 0, widthPct: 25, state: 'running' },
      { index: 2, label: 'kernel', leftPct: 37.5, widthPct: 0, state: 'pending' },
    ]);
    expect(barSegments(vm, 2000, 4000).map((s) => [s.widthPct, s.state])).toEqual([
      [37.5, 'done'],
      [12.5, 'running'],
    ]);
    expect(barSegments(vm, 9999, 4000).map((s) => s.widthPct)).toEqual([37.5, 62.5]);
  });

  it('clips segments to a zoomed axis', () => {
    // On a 400 ms inset the VM's firmware fills the whole width, and its kernel is off the axis.
    expect(barSegments(vm, 4000, 400).map((s) => [s.leftPct, s.widthPct])).toEqual([
      [0, 100],
      [100, 0],
    ]);
    expect(barSegments(ct, 300, 400).map((s) => [s.leftPct, s.widthPct])).toEqual([
      [0, 50],
      [50, 25],
    ]);
  });

  it('draws the finish line only once the lane is ready, and only if it is on the axis', () => {
    expect(finishPct(ct, 349, 4000)).toBeUndefined();
    expect(finishPct(ct, 350, 4000)).toBe(8.75);
    expect(finishPct(vm, 4000, 400)).toBeUndefined();
  });

  it('shows a label, else the stage number, else nothing', () => {
    expect(fitLabel(120, 100, 8)).toBe('label');
    expect(fitLabel(107, 100, 8)).toBe('number');
    expect(fitLabel(16, 100, 8)).toBe('number');
    expect(fitLabel(15, 100, 8)).toBe('none');
  });

  it("says each lane's elapsed time and stage, and freezes the time once ready", () => {
    expect(laneStatus(vm, 0)).toEqual({ time: '0 ms', doing: 'not started', ready: false });
    expect(laneStatus(vm, 1600)).toEqual({ time: '1.60 s', doing: 'kernel', ready: false });
    expect(laneStatus(ct, 1600)).toEqual({ time: '350 ms', doing: 'ready', ready: true });
  });
});
