import {
  answerKey,
  gradeQuestion,
  gradeQuiz,
  missedIds,
  modeRules,
  startAttempt,
  type Attempt,
  type Question,
  type QuestionType,
  type Quiz,
  type QuizGrade,
} from '../../engines/quiz/index';
import type { ProgressStore } from '../../engines/store/index';
import { submitWhenReady } from './confirm';
import { $, $$ } from './dom';
import { courseStore, loadRun, newSeed, saveRun, type Run } from './progress';
import { lockQuestion, resetQuestion, setUpHints } from './question-dom';
import { points, showResult, verdict } from './result';
import { showBest, showNotices, showReview } from './summary';
import { views, type QuestionView } from './views/index';

interface Slot {
  q: Question;
  fs: HTMLElement;
  view: QuestionView;
  explanation: HTMLElement;
}

// Grading, shuffling and drawing are the engine's; this class only reads controls, shows results in words
// and records them in the store.

/** The lazy half of `<il-quiz>`: runs attempts over the server-rendered questions. */
export class QuizController {
  private readonly quiz: Quiz;
  private readonly store: ProgressStore;
  private slots = new Map<string, Slot>();
  private run: Run = { seed: 0 };
  private attempt: Attempt | undefined;
  private last: { grade: QuizGrade; answers: Record<string, unknown>; scope: string[] } | undefined;
  private unsubscribe: (() => void) | undefined;
  /** A bank quiz (the exam) keeps the questions an attempt has not drawn out of the document, in this template. */
  private readonly bank: HTMLTemplateElement | null;

  constructor(private readonly el: HTMLElement) {
    const quiz = (JSON.parse($(el, 'script.il-quiz-data')?.textContent ?? '{}') as { quiz: Quiz }).quiz;
    this.quiz = quiz;
    this.bank = $(el, 'template.ilq-bank') as HTMLTemplateElement | null;
    for (const fs of $$(el, 'fieldset.ilq-q')) this.addSlot(fs);
    el.addEventListener('click', (e) => this.onClick(e));
    el.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement;
      if (e.key === 'Enter' && t.matches('.ilq-typed input'))
        ($(t.closest('fieldset')!, '.ilq-check') as HTMLElement).click();
    });
    this.store = courseStore();
    this.resume();
    showNotices(el, this.store);
    const saved = loadRun(quiz.id);
    const start = $(el, '.ilq-start-button') as HTMLButtonElement | null;
    if (start && !saved) {
      // A drawn quiz (the exam) waits for the learner: its rules are on screen, its bank arrives meanwhile, and no
      // question pops in while the page is still being read.
      const bank = this.fillBank();
      bank.catch(() => undefined); // reported when the learner asks to start
      start.disabled = false;
      start.addEventListener('click', () => void this.startDrawn(start, bank), { once: true });
      this.ready = Promise.resolve();
    } else this.ready = this.fillBank().then(() => this.begin(saved ?? { seed: newSeed() }));
  }

  /** The learner started a drawn quiz: its first attempt, once the bank is in, focused on the first question. */
  private async startDrawn(start: HTMLButtonElement, bank: Promise<void>): Promise<void> {
    start.disabled = true;
    try {
      await bank;
    } catch {
      ($(this.el, '.ilq-status') as HTMLElement).textContent =
        'The questions could not load: reload the page to try again.';
      return;
    }
    this.restart({ seed: newSeed() });
  }

  /** Settles once the first attempt's questions are on the page (after the bank file has arrived, for the exam). */
  readonly ready: Promise<void>;

  /** The bank file's questions not yet on the page, by id, as markup (parsed when an attempt first draws one). */
  private fetched = new Map<string, string>();

  /** Fetches the bank file of a drawn quiz (`data-src` on its template); a bank already in the page is kept. */
  private async fillBank(): Promise<void> {
    const src = this.bank?.dataset.src;
    if (!src) return;
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    const { questions } = (await response.json()) as { questions: Record<string, string> };
    this.fetched = new Map(Object.entries(questions));
  }

  /** Wires one server-rendered question to its view; a bank's questions are wired when first drawn. */
  private addSlot(fs: HTMLElement): Slot | undefined {
    const q = this.quiz.questions.find((x) => x.id === fs.dataset.id);
    const view = views[fs.dataset.type as QuestionType];
    const explanation = $(fs, '.ilq-expl');
    if (!q || !view || !explanation) return undefined;
    const announce = (text: string) => this.announce(text);
    $(fs, 'details.ilq-reveal')?.remove();
    view.setup?.(fs, announce);
    setUpHints(fs, announce);
    const slot = { q, fs, view, explanation };
    this.slots.set(q.id, slot);
    return slot;
  }

  /** The question's slot, taking it out of the bank the first time an attempt draws it. */
  private slot(id: string): Slot | undefined {
    const known = this.slots.get(id);
    if (known || !this.bank) return known;
    let fs = this.bank.content.querySelector<HTMLElement>(`fieldset.ilq-q[data-id="${CSS.escape(id)}"]`);
    const markup = this.fetched.get(id);
    if (!fs && markup !== undefined) {
      this.fetched.delete(id);
      const parse = document.createElement('template');
      parse.innerHTML = markup;
      fs = parse.content.querySelector<HTMLElement>('fieldset.ilq-q');
    }
    return fs ? this.addSlot(fs) : undefined;
  }

  /** Follows the progress store again (other tabs' results) after `pause()`, and shows the best result now. */
  resume(): void {
    const { el, store, quiz } = this;
    this.unsubscribe?.();
    this.unsubscribe = store.subscribe(() => showBest(el, store, quiz));
    showBest(el, store, quiz);
  }

  /** Stops following the progress store (the element left the page). */
  pause(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private onClick(event: Event): void {
    const button = (event.target as Element).closest('button');
    if (!button || button.closest('il-terminal')) return;
    if (button.matches('.ilq-check')) this.check(button.closest('fieldset') as HTMLElement);
    else if (button.matches('.ilq-submit'))
      submitWhenReady({
        root: this.el,
        questions: this.attempt?.questions ?? [],
        read: (id) => this.read(id),
        fieldset: (id) => this.slots.get(id)?.fs,
        submit: () => this.submit(),
      });
    else if (button.matches('.ilq-retry') && this.last) {
      const missed = missedIds(this.last.grade);
      const kept = Object.fromEntries(Object.entries(this.last.answers).filter(([id]) => !missed.includes(id)));
      this.restart({ seed: newSeed(), only: missed, kept, scope: this.last.scope });
    } else if (button.matches('.ilq-new')) this.restart({ seed: newSeed() });
  }

  /** Shows the questions of a new attempt, in its order, with empty answers. */
  private begin(run: Run): void {
    const quiz = this.quiz;
    this.run = run;
    saveRun(quiz.id, run);
    const attempt = startAttempt(quiz, { seed: run.seed, onlyIds: run.only });
    this.attempt = attempt;
    const list = $(this.el, '.ilq-questions') as HTMLElement;
    for (const { fs } of this.slots.values()) {
      fs.hidden = true;
      resetQuestion(fs);
      if (this.bank) this.bank.content.append(fs); // back to the bank: the page holds only this attempt's questions
    }
    attempt.questions.forEach((q, i) => {
      const slot = this.slot(q.id);
      if (!slot) return;
      // Move a question only when out of place: moving restarts an embedded terminal.
      if (list.children[i] !== slot.fs) list.insertBefore(slot.fs, list.children[i] ?? null);
      slot.view.arrange?.(slot.fs, attempt.order[q.id] ?? []);
      ($(slot.fs, '.ilq-q-num') as HTMLElement).textContent = `Question ${i + 1} of ${attempt.questions.length}`;
      ($(slot.fs, '.ilq-q-actions') as HTMLElement).hidden = !modeRules[quiz.mode].checkEachAnswer;
      slot.fs.hidden = false;
    });
    list.classList.remove('ilq-drawing');
    const start = $(this.el, '.ilq-start');
    const n = attempt.questions.length;
    if (start) start.textContent = `This attempt: ${n} question${n === 1 ? '' : 's'}.`;
    ($(this.el, '.ilq-review') as HTMLElement).hidden = true;
    ($(this.el, '.ilq-actions') as HTMLElement).hidden = false;
  }

  private restart(run: Run): void {
    this.begin(run);
    const n = this.attempt?.questions.length ?? 0;
    this.announce(`New attempt: ${n} question${n === 1 ? '' : 's'}.`);
    $<HTMLElement>(this.el, '.ilq-q:not([hidden]) :is(input, select, button)')?.focus();
  }

  /** Practice mode: grades one question now, with feedback in words, announced politely. */
  private check(fs: HTMLElement): void {
    const slot = this.slots.get(fs.dataset.id ?? '');
    if (!slot) return;
    const answer = slot.view.read(fs);
    const grade = gradeQuestion(slot.q, answer);
    showResult(fs, slot.view, grade, answer, answerKey(slot.q), slot.explanation);
    this.announce(
      `${$(fs, '.ilq-q-num')?.textContent}: ${verdict(grade)[1]} (${points(grade)}). Feedback is shown below it.`,
    );
  }

  private read(id: string): unknown {
    const slot = this.slots.get(id);
    return slot?.view.read(slot.fs);
  }

  /** Grades the attempt (a retry together with the answers it keeps), shows the review and records the result. */
  private submit(): void {
    const quiz = this.quiz;
    const attempt = this.attempt as Attempt;
    const answers: Record<string, unknown> = { ...this.run.kept };
    for (const q of attempt.questions) {
      const answer = this.read(q.id);
      if (answer !== undefined) answers[q.id] = answer;
    }
    const scope = this.run.scope ?? attempt.questions.map((q) => q.id);
    const questions = scope.map((id) => this.quiz.questions.find((q) => q.id === id)).filter((q): q is Question => !!q);
    const grade = gradeQuiz({ passMark: quiz.passMark, questions }, answers);
    for (const g of grade.perQuestion) {
      const slot = this.slots.get(g.questionId);
      if (!slot || slot.fs.hidden) continue;
      showResult(slot.fs, slot.view, g, answers[g.questionId], answerKey(slot.q), slot.explanation);
      lockQuestion(slot.fs);
    }
    this.last = { grade, answers, scope };
    saveRun(quiz.id, undefined);
    const { score, maxScore, percent, passed } = grade;
    this.store.recordAttempt(quiz.id, { score, maxScore, percent, passed, answers });
    showNotices(this.el, this.store);
    showReview(this.el, grade, quiz.passMark, !!this.run.kept);
  }

  private announce(text: string): void {
    const live = $(this.el, '.ilq-live') as HTMLElement;
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }
}

/** Wires up a server-rendered `<il-quiz>`: removes the no-JS answer reveals and starts an attempt. */
export function activate(el: HTMLElement): QuizController {
  return new QuizController(el);
}
