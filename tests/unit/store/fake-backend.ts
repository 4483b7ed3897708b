import { memoryBackend } from '../../../src/engines/store/backends';
import type { StorageBackend } from '../../../src/engines/store/types';

/** An Error named like the browser's DOMException for a full localStorage. */
export function quotaError(): Error {
  const err = new Error('The quota has been exceeded.');
  err.name = 'QuotaExceededError';
  return err;
}

/** A memory backend whose get/set can be made to throw, like localStorage in private modes or when full. */
export function fakeBackend(initial: Record<string, string> = {}) {
  const inner = memoryBackend(initial);
  const faults: { get?: Error; set?: (key: string) => Error | undefined } = {};
  const backend: StorageBackend = {
    get(key) {
      if (faults.get) throw faults.get;
      return inner.get(key);
    },
    set(key, value) {
      const err = faults.set?.(key);
      if (err) throw err;
      inner.set(key, value);
    },
    remove: (key) => inner.remove(key),
  };
  return { backend, faults, entries: inner.entries };
}

/** A clock that starts at 2025-01-01T00:00:00Z and moves one minute per call. */
export function fakeClock(): () => number {
  let t = Date.UTC(2025, 0, 1);
  return () => (t += 60_000) - 60_000;
}
