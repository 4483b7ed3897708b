/** Small hand-made timelines for the race engine's tests: a 4 s "VM" and a 350 ms "container". */
import type { RaceTimeline } from '../../../src/engines/sim/api';

/** A timeline from [id, start, end, line times] stages; each stage's label is its id. */
export function timeline(
  profile: RaceTimeline['profile'],
  stages: Array<[string, number, number, number[]]>,
  readyAtMs: number,
): RaceTimeline {
  return {
    profile,
    title: profile,
    stages: stages.map(([id, startMs, endMs, at]) => ({
      id,
      label: id,
      explanation: `${id} explained`,
      startMs,
      endMs,
      lines: at.map((a) => ({ atMs: a, text: `${id}@${a}` })),
    })),
    readyAtMs,
    guestRamMiB: 2048,
    overhead: { amount: 131, unit: 'MB', atMost: false },
    diskUsedMiB: 20,
    kernelsStarted: 1,
    sources: [],
  };
}

/** A 4 s VM lane: firmware then kernel. */
export const vm = timeline(
  'kvm-distro',
  [
    ['firmware', 0, 1500, [100, 1400]],
    ['kernel', 1500, 4000, [1600]],
  ],
  4000,
);
/** A 350 ms container lane: namespaces then exec. */
export const ct = timeline(
  'container-cached',
  [
    ['namespaces', 0, 200, [10]],
    ['exec', 200, 350, [340]],
  ],
  350,
);
