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
export {
  countProgress,
  countsText,
  decodeImport,
  encodeExport,
  exportFileName,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  MAX_IMPORT_BYTES,
  type ImportRefusal,
  type ImportResult,
  type ProgressCounts,
  type ProgressFile,
} from './transfer';
