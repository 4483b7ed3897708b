import { selectRowsView } from './select-rows';

/** Matching: a `<select>` of rights (distractors included) per left; the answer maps pair id → right id. */
export const matchingView = selectRowsView('choices');
