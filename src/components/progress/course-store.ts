// The course's one progress store in the browser: quizzes, terminal exercises and (later) lessons share it.
import { createProgressStore, PROGRESS_KEY, webStorageBackend, type ProgressStore } from '../../engines/store/index';

let store: ProgressStore | undefined;

/** The course's one progress store on this page, kept in step with other tabs through `storage` events. */
export function courseStore(): ProgressStore {
  if (store) return store;
  const created = createProgressStore({ backend: webStorageBackend(() => localStorage) });
  addEventListener('storage', (event) => {
    // key null: another tab cleared the site's storage.
    if (event.key === PROGRESS_KEY || event.key === null)
      created.applyExternalChange(event.key ? event.newValue : null);
  });
  return (store = created);
}
