import { describe, expect, it } from 'vitest';
import {
  magnification,
  mainAxis,
  mainScaleText,
  niceAxis,
  tickLabel,
  tickStride,
  zoomAxis,
  zoomScaleText,
} from '../../../src/engines/race/scale';
import { planRace } from '../../../src/engines/sim/index';
import { ct, vm } from './fixtures';

describe('race axes', () => {
  it('rounds an axis up to a 1-2-5 step with at most six intervals', () => {
    expect(niceAxis(10_322)).toEqual({
      maxMs: 12_000,
      stepMs: 2000,
      ticks: [0, 2000, 4000, 6000, 8000, 10_000, 12_000],
    });
    expect(niceAxis(131)).toMatchObject({ maxMs: 150, stepMs: 50 });
    expect(niceAxis(298)).toMatchObject({ maxMs: 300, stepMs: 50 });
    expect(niceAxis(300)).toMatchObject({ maxMs: 300, stepMs: 50 });
    expect(niceAxis(607)).toMatchObject({ maxMs: 800, stepMs: 200 });
    expect(niceAxis(0).maxMs).toBeGreaterThan(0);
  });

  it('puts the slower lane on the main axis and zooms only when the faster one would be a sliver', () => {
    const main = mainAxis([vm, ct]);
    expect(main.maxMs).toBe(4000);
    // 350 ms of 4 s is 8.75 %: under a fifth, so an inset up to 400 ms (ten times wider).
    const zoom = zoomAxis([vm, ct], main)!;
    expect(zoom.maxMs).toBe(400);
    expect(magnification(main, zoom)).toBe(10);
    const slow = { ...ct, readyAtMs: 800 }; // a fifth of 4 s exactly: readable without an inset
    expect(zoomAxis([vm, slow], main)).toBeUndefined();
    expect(zoomAxis([vm, vm], main)).toBeUndefined();
  });

  it('states the scale of the lessons’ two races in words', () => {
    const pair = [planRace('kvm-distro', 1), planRace('microvm', 1)];
    const main = mainAxis(pair);
    const zoom = zoomAxis(pair, main)!;
    expect(mainScaleText(main)).toBe('Linear time axis: 0 to 12 s.');
    expect(zoomScaleText(main, zoom, 'microVM')).toBe(
      "Zoomed in: the first 150 ms, drawn 80× wider, so the microVM's stages can be seen.",
    );
    const other = [planRace('kvm-distro', 1), planRace('container-cached', 1)];
    expect(zoomAxis(other, mainAxis(other))!.maxMs).toBe(300);
  });

  it('labels ticks in the axis unit and thins them out when narrow', () => {
    const s = niceAxis(10_322);
    expect(s.ticks.map((t) => tickLabel(t, s))).toEqual(['0', '2 s', '4 s', '6 s', '8 s', '10 s', '12 s']);
    const ms = niceAxis(298);
    expect(tickLabel(250, ms)).toBe('250 ms');
    expect(tickLabel(2500, niceAxis(3000))).toBe('2.5 s');
    expect(tickStride(ms, 700)).toBe(1); // 116 px a tick
    expect(tickStride(ms, 280)).toBe(2); // 46 px a tick: every other label
    expect(tickStride(ms, 100)).toBe(4);
  });
});
