import { selectRowsView } from './select-rows';

/** Categorize: a `<select>` of buckets per item; the answer maps item id → bucket id. */
export const categorizeView = selectRowsView('rows');
