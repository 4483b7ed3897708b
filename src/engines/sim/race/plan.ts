/** Entry point of the boot race: one precomputed, seed-deterministic timeline per profile. */
import type { RaceProfile, RaceTimeline } from '../api';
import { createRng } from '../rng';
import { planContainer } from './container';
import { planKvm } from './kvm';
import { planMicrovm } from './microvm';

/** Plans the timeline of `profile`; the same seed always gives the same timeline. */
export function planRace(profile: RaceProfile, seed: number): RaceTimeline {
  const rng = createRng(seed ^ (profile.length * 0x5bd1e995));
  switch (profile) {
    case 'kvm-distro':
      return planKvm(rng);
    case 'microvm':
      return planMicrovm(rng);
    case 'container-cached':
      return planContainer(rng, false);
    case 'container-pull':
      return planContainer(rng, true);
  }
}
