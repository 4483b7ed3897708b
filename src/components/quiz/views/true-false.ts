import { choiceView } from './choice';

/** TrueFalse: two radios valued "true" and "false"; the answer is a boolean. */
export const trueFalseView = choiceView(
  (ids) => ids[0] === 'true',
  (answer) => (typeof answer === 'boolean' ? [String(answer)] : []),
);
