import { answerKey, gradeQuestion, shuffleOptions, type Question } from '../../engines/quiz/index';
import type { ProgressStore } from '../../engines/store/index';
import { $ } from '../quiz/dom';
import { courseStore } from '../quiz/progress';
import { lockQuestion, resetQuestion, setUpHints } from '../quiz/question-dom';
import { showResult, verdict } from '../quiz/result';
import { views, type QuestionView } from '../quiz/views/index';

// The quiz's own views, engine, feedback and store: a quick check is one practice question answered where it stands.
// Its last answer is kept apart from quiz scores (store.recordCheck), so it changes no quiz result and no exam.

/** The lazy half of `<il-quick-check>`: checks the answer, shows the feedback, offers "Try again", remembers the result. */
export class QuickCheckController {
  private readonly quizId: string;
  private readonly q: Question;
  private readonly fs: HTMLElement;
  private readonly view: QuestionView;
  private readonly explanation: HTMLElement;
  private readonly store: ProgressStore;

  constructor(private readonly el: HTMLElement) {
    const data = JSON.parse($(el, 'script.il-quiz-data')?.textContent ?? '{}') as { quiz: string; question: Question };
    this.quizId = data.quiz;
    this.q = data.question;
    this.fs = $(el, 'fieldset.ilq-q') as HTMLElement;
    this.view = views[this.q.type];
    this.explanation = $(this.fs, '.ilq-expl') as HTMLElement;
    const announce = (text: string) => this.announce(text);
    $(this.fs, 'details.ilq-reveal')?.remove();
    this.view.setup?.(this.fs, announce);
    setUpHints(this.fs, announce);
    this.showButtons('check');
    this.fs.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      if (button?.matches('.ilq-check')) this.check();
      else if (button?.matches('.ilq-again')) this.again();
    });
    this.fs.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.target as HTMLElement).matches('.ilq-typed input')) this.check();
    });
    this.store = courseStore();
    const last = this.store.lastCheck(this.quizId, this.q.id);
    if (last) {
      this.view.fill?.(this.fs, last.answer);
      this.show(last.answer);
    }
  }

  /** Grades the answer given, shows the feedback and keeps it; nothing chosen yet only says so. */
  private check(): void {
    const answer = this.view.read(this.fs);
    if (answer === undefined) {
      const box = $(this.fs, '.ilq-result') as HTMLElement;
      box.textContent = 'Choose an answer first, then check it.';
      box.hidden = false;
      this.announce(box.textContent);
      return;
    }
    const grade = this.show(answer);
    this.store.recordCheck(this.quizId, this.q.id, { answer, correct: grade.correct });
    this.announce(`Quick check: ${verdict(grade)[1]}. The feedback follows the Try again button.`);
    ($(this.fs, '.ilq-again') as HTMLElement).focus();
  }

  /** Shows the result of `answer` (just given, or the last one saved) with the question locked. */
  private show(answer: unknown) {
    const grade = gradeQuestion(this.q, answer);
    showResult(this.fs, this.view, grade, answer, answerKey(this.q), this.explanation);
    lockQuestion(this.fs);
    this.showButtons('again');
    return grade;
  }

  /** Clears the answer and the feedback for another go; the saved result stays until the next check. */
  private again(): void {
    resetQuestion(this.fs);
    this.view.arrange?.(this.fs, shuffleOptions(this.q, 1)); // the order the page was built with
    this.showButtons('check');
    $<HTMLElement>(this.fs, 'input, select, .ilq-move button')?.focus();
    this.announce('Quick check cleared: answer it again.');
  }

  /** Shows Check or Try again; locking the question disabled every button in it, Try again included. */
  private showButtons(which: 'check' | 'again'): void {
    ($(this.fs, '.ilq-q-actions') as HTMLElement).hidden = false;
    ($(this.fs, '.ilq-check') as HTMLElement).hidden = which !== 'check';
    const again = $(this.fs, '.ilq-again') as HTMLButtonElement;
    again.hidden = which !== 'again';
    again.disabled = false;
  }

  private announce(text: string): void {
    const live = $(this.el, '.il-qc-live') as HTMLElement;
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }
}

/** Wires up a server-rendered `<il-quick-check>`. */
export function activate(el: HTMLElement): QuickCheckController {
  return new QuickCheckController(el);
}
