/** The course-wide progress store: pure core, injected storage, no zod, no DOM. */
export {
  createProgressStore,
  PROGRESS_KEY,
  MAX_ATTEMPTS,
  type AttemptInput,
  type ProgressStore,
} from './progress-store';
export { memoryBackend, webStorageBackend, type WebStorageLike } from './backends';
export { decodeProgress } from './decode';
export { migrateV1toV2, migrateV2toV3, migrateV3toV4, type ProgressV1 } from './migrate';
export { MAX_NAME_LENGTH } from './guards';
export * from './types';
// Export and import (transfer.ts) are imported from their own module by the My progress page only, so the runtime
// every lesson loads does not carry them.
