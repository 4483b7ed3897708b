import { describeScore, formatPercent, type Quiz, type QuizGrade } from '../../engines/quiz/index';
import type { ProgressStore } from '../../engines/store/index';
import { $, el, tag } from './dom';

const percent = (n: number) => formatPercent(n, 100);

/** The review's summary: passed or not in words, "7 of 10 points (70 %)" against the pass mark; focus moves to it. */
export function showReview(root: HTMLElement, grade: QuizGrade, passMark: number, kept: boolean): void {
  const review = $(root, '.ilq-review') as HTMLElement;
  ($(review, '.ilq-score') as HTMLElement).replaceChildren(
    grade.passed ? tag('ok', 'Passed') : tag('bad', 'Not passed'),
    ` You scored ${describeScore(grade.score, grade.maxScore, passMark)}; the pass mark is ${percent(passMark)}.`,
    kept ? ' Your earlier right answers are counted.' : '',
  );
  ($(review, '.ilq-retry') as HTMLElement).hidden = grade.perQuestion.every((g) => g.correct);
  ($(root, '.ilq-actions') as HTMLElement).hidden = true;
  review.hidden = false;
  review.focus();
}

/** "Your best: 9 of 10 points (90 %) — passed", from the store, so it survives reloads and follows other tabs. */
export function showBest(root: HTMLElement, store: ProgressStore, quiz: Quiz): void {
  const best = store.bestScore(quiz.id);
  const out = $(root, '.ilq-best') as HTMLElement;
  out.hidden = !best;
  if (best)
    out.textContent = `Your best: ${describeScore(best.score, best.maxScore, quiz.passMark)} — ${
      store.isQuizPassed(quiz.id) ? 'passed' : `not passed yet (pass mark ${percent(quiz.passMark)})`
    }`;
}

/** The store's notices (damaged data reset, storage unavailable) as a visible status message. */
export function showNotices(root: HTMLElement, store: ProgressStore | undefined): void {
  ($(root, '.ilq-status') as HTMLElement).replaceChildren(
    ...(store?.notices() ?? []).map((n) => el('p', 'ilq-notice', n.message)),
  );
}
