// In a SCORM package the LMS keeps each learner's results, and one browser may be shared by a whole class: so once
// an LMS session is open, the quiz's store lives in memory for this session (seeded by the bridge with the best
// result the LMS holds). With no LMS the quiz keeps the public site's own browser store.
import { createProgressStore, memoryBackend, type ProgressStore } from '../../engines/store/index';
import { courseStore as browserStore } from '../progress/course-store';

let lmsStore: ProgressStore | undefined;
let inLms = false;

/** Called by the bridge once the LMS has accepted the session: results then live in the LMS, not in this browser. */
export function keepProgressInLms(): void {
  inLms = true;
}

/** The store the quiz uses; stands in for src/components/progress/course-store.ts in the package's bundle. */
export function courseStore(): ProgressStore {
  if (!inLms) return browserStore();
  return (lmsStore ??= createProgressStore({ backend: memoryBackend() }));
}
