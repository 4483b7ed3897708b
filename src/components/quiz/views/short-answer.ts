import { typedView } from './typed';

/** ShortAnswer: a text box; normalisation and patterns are the engine's. */
export const shortAnswerView = typedView;
