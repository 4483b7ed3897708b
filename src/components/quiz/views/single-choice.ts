import { choiceView } from './choice';

/** SingleChoice: radios; the answer is the chosen option id. */
export const singleChoiceView = choiceView(
  (ids) => ids[0],
  (answer) => (typeof answer === 'string' ? [answer] : []),
);
