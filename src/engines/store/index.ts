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
export { migrateV1toV2, migrateV2toV3, type ProgressV1 } from './migrate';
export * from './types';
