// The course's one progress store in the browser: quizzes, terminal exercises and (later) lessons share it.
import { createProgressStore, PROGRESS_KEY, webStorageBackend, type ProgressStore } from '../../engines/store/index';

let store: ProgressStore | undefined;

/**
 * The browser's localStorage; when the browser blocks it, the page's theme guard (overrides/ThemeProvider.astro) puts
 * a forgetful stand-in there for Starlight, and progress must still be reported as not saved.
 */
function browserStorage(): Storage {
  const ls = localStorage;
  if ((ls as unknown as Record<symbol, unknown>)[Symbol.for('isolation-lab.forgetful-storage')])
    throw new DOMException('Storage is blocked in this browser.', 'SecurityError');
  return ls;
}

/** The course's one progress store on this page, kept in step with other tabs through `storage` events. */
export function courseStore(): ProgressStore {
  if (store) return store;
  const created = createProgressStore({ backend: webStorageBackend(browserStorage) });
  addEventListener('storage', (event) => {
    // key null: another tab cleared the site's storage.
    if (event.key === PROGRESS_KEY || event.key === null)
      created.applyExternalChange(event.key ? event.newValue : null);
  });
  return (store = created);
}
