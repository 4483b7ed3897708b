/** What the race calls each profile, and the tables it shows about a finished race. */
import type { RaceProfile, RaceTimeline } from '../sim/api';
import { formatDuration, formatMiB } from './format';

/** The profiles a lane can race, with the names the lane picker shows. */
export const PROFILE_LABELS: Readonly<Record<RaceProfile, string>> = {
  'kvm-distro': 'Distro VM on KVM',
  microvm: 'MicroVM (Firecracker-like)',
  'container-cached': 'Container, image cached',
  'container-pull': 'Container, needs a pull',
};

/** Short names for running prose ("the microVM is ready…"), lower case as they appear mid-sentence. */
export const PROFILE_NOUNS: Readonly<Record<RaceProfile, string>> = {
  'kvm-distro': 'distro VM',
  microvm: 'microVM',
  'container-cached': 'cached container',
  'container-pull': 'container with a pull',
};

/** Rows of the end-of-race summary table: label and formatted value per timeline. */
export function summaryRows(timelines: readonly RaceTimeline[]): Array<{ label: string; values: string[] }> {
  return [
    { label: 'Time to ready', values: timelines.map((t) => formatDuration(t.readyAtMs)) },
    {
      label: 'Guest RAM (allocated as the guest touches it)',
      values: timelines.map((t) => (t.guestRamMiB === null ? 'none: no guest' : `up to ${formatMiB(t.guestRamMiB)}`)),
    },
    {
      label: 'Monitor or shim beside it',
      values: timelines.map((t) => `${t.overhead.atMost ? '≤ ' : ''}${t.overhead.amount} ${t.overhead.unit}`),
    },
    { label: 'Disk used', values: timelines.map((t) => formatMiB(t.diskUsedMiB)) },
    { label: 'Kernels started', values: timelines.map((t) => String(t.kernelsStarted)) },
  ];
}

/** One row per stage of a lane, numbered as the bar's segments are: when it starts and how long it takes. */
export function stageRows(t: RaceTimeline): Array<{ index: number; label: string; starts: string; takes: string }> {
  return t.stages.map((s, i) => ({
    index: i + 1,
    label: s.label,
    starts: formatDuration(s.startMs),
    takes: formatDuration(s.endMs - s.startMs),
  }));
}
