import { describe, expect, it } from 'vitest';
import { logLines, nextBoundary, printedCount, raceEndMs, readyOrder, stageAt } from '../../../src/engines/race/clock';
import { formatDuration, formatMiB, formatStamp, keepUnits } from '../../../src/engines/race/format';
import { stageRows, summaryRows } from '../../../src/engines/race/profiles';
import { planRace } from '../../../src/engines/sim/index';
import { ct, vm } from './fixtures';

describe('race clock', () => {
  it('finds the stage running at a time and none once ready', () => {
    expect(stageAt(vm, 0)?.id).toBe('firmware');
    expect(stageAt(vm, 1500)?.id).toBe('kernel');
    expect(stageAt(vm, 4000)).toBeUndefined();
  });

  it('steps to the nearest boundary in either pane, then to the end', () => {
    expect(nextBoundary([vm, ct], 0)).toBe(200);
    expect(nextBoundary([vm, ct], 200)).toBe(350);
    expect(nextBoundary([vm, ct], 350)).toBe(1500);
    expect(nextBoundary([vm, ct], 4000)).toBe(4000);
  });

  it('prints log lines in time order as the clock passes them', () => {
    const lines = logLines(vm);
    expect(lines.map((l) => l.atMs)).toEqual([100, 1400, 1600]);
    expect(printedCount(lines, 99)).toBe(0);
    expect(printedCount(lines, 1400)).toBe(2);
  });

  it('orders the ready panes fastest first', () => {
    expect(readyOrder([vm, ct], 100)).toEqual([]);
    expect(readyOrder([vm, ct], 400)).toEqual([1]);
    expect(readyOrder([vm, ct], 5000)).toEqual([1, 0]);
    expect(raceEndMs([vm, ct])).toBe(4000);
  });

  it('formats stamps, durations and sizes', () => {
    expect(formatStamp(1234.6)).toBe('00:01.235');
    expect(formatStamp(64_000)).toBe('01:04.000');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1250)).toBe('1.25 s');
    expect(formatDuration(64_000)).toBe('1 min 4.0 s');
    expect(formatMiB(512)).toBe('512 MiB');
    expect(formatMiB(2048)).toBe('2.0 GiB');
    expect(formatMiB(5.8)).toBe('5.8 MiB');
    expect(keepUnits('ready in 298 ms, than the VM (10.3 s); 2 sons')).toBe(
      'ready in 298\u00a0ms, than the VM (10.3\u00a0s); 2 sons',
    );
  });
});

describe('race summary', () => {
  it('states guest RAM as a ceiling filled on touch, and monitor memory in its source unit, bounds marked', () => {
    const rows = summaryRows([planRace('kvm-distro', 1), planRace('microvm', 1), planRace('container-cached', 1)]);
    const row = (label: RegExp) => rows.find((r) => label.test(r.label))?.values;
    expect(rows.map((r) => r.label).join(' ')).not.toMatch(/reserved/i);
    expect(row(/Guest RAM.*touches/)).toEqual(['up to 2.0 GiB', 'up to 128 MiB', 'none: no guest']);
    expect(row(/Monitor or shim/)).toEqual(['131 MB', '≤ 5 MiB', '5.2 MB']);
    expect(row(/Kernels started/)).toEqual(['1', '1', '0']);
  });
});

describe('stage rows', () => {
  it('numbers the stages as the bar does, with start and duration', () => {
    expect(stageRows(vm)).toEqual([
      { index: 1, label: 'firmware', starts: '0 ms', takes: '1.50 s' },
      { index: 2, label: 'kernel', starts: '1.50 s', takes: '2.50 s' },
    ]);
  });
});
