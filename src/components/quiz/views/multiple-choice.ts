import { choiceView } from './choice';

/** MultipleChoice: checkboxes; the answer is the checked option ids. */
export const multipleChoiceView = choiceView(
  (ids) => ids,
  (answer) => (Array.isArray(answer) ? answer : []),
);
