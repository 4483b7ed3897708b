import { typedView } from './typed';

/** Numeric: a text box beside the unit; "128 MiB", "0.25 s" or a bare number are all read by the engine. */
export const numericView = typedView;
