import type { StorageBackend } from './types';

/** A backend held in memory: the fallback when localStorage is missing, and the fake for tests. */
export function memoryBackend(
  initial: Record<string, string> = {},
): StorageBackend & { entries(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    entries: () => Object.fromEntries(data),
  };
}

/** The subset of the Web Storage API the store uses. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Wraps e.g. `() => window.localStorage`. The getter runs on every call, because merely reading
 * `window.localStorage` throws in some privacy modes; the store turns any throw into a notice.
 */
export function webStorageBackend(getStorage: () => WebStorageLike): StorageBackend {
  return {
    get: (key) => getStorage().getItem(key),
    set: (key, value) => getStorage().setItem(key, value),
    remove: (key) => getStorage().removeItem(key),
  };
}
