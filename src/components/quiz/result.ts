import { describePoints, type QuestionGrade } from '../../engines/quiz/index';
import { $, el, tag } from './dom';
import type { QuestionView } from './views/index';

/** "1 of 1 point", "0.7 of 2 points". */
export const points = (g: QuestionGrade) => describePoints(g.score, g.maxScore);

/** The verdict in words, so that no one depends on colour: Correct, Partly correct, Incorrect, Not answered. */
export function verdict(g: QuestionGrade): [kind: 'ok' | 'part' | 'bad', text: string] {
  if (g.correct) return ['ok', 'Correct'];
  if (g.score > 0) return ['part', 'Partly correct'];
  return ['bad', g.answered ? 'Incorrect' : 'Not answered'];
}

function line(label: string, text: string): HTMLElement {
  const p = el('p');
  p.append(el('strong', '', `${label}: `), text);
  return p;
}

/**
 * Fills a question's result block: the verdict and points, "Your answer", "Right answer", feedback
 * on each option, item or goal part, and the explanation (the server-rendered node, moved in).
 */
export function showResult(
  fs: HTMLElement,
  view: QuestionView,
  grade: QuestionGrade,
  answer: unknown,
  key: unknown,
  explanation: HTMLElement,
): void {
  const box = $(fs, '.ilq-result') as HTMLElement;
  for (const t of fs.querySelectorAll('.ilq-tags')) t.remove();
  const [kind, text] = verdict(grade);
  const head = el('p', 'ilq-verdict');
  head.append(tag(kind, text), ` (${points(grade)})`);
  box.replaceChildren(head, line('Your answer', grade.answered ? view.describe(fs, answer) : 'none given'));
  // A right answer repeats the learner's own; only a wrong or partial one needs the key beside it.
  if (!grade.correct) box.append(line('Right answer', view.describe(fs, key)));
  if (view.mark) view.mark(fs, grade, key);
  else if (grade.answered) {
    const list = el('ul', 'ilq-parts');
    for (const part of grade.parts) {
      const li = el('li');
      // A lab's goal parts are met or not; a typed answer's one part is already judged by the verdict above.
      if (part.id.startsWith('goal-'))
        li.append(tag(part.correct ? 'ok' : 'bad', part.correct ? 'Met' : 'Not met'), ' ');
      li.append(part.feedback);
      list.append(li);
    }
    box.append(list);
  }
  box.append(explanation);
  box.hidden = false;
}
