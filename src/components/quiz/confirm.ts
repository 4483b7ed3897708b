import { confirmSubmitText, openQuestions, type Question } from '../../engines/quiz/index';
import { $ } from './dom';

/** What the "submit anyway?" step needs from the quiz. */
export interface SubmitStep {
  root: HTMLElement;
  /** The questions shown in this attempt. */
  questions: readonly Question[];
  /** A question's answer as its view reads it now. */
  read(id: string): unknown;
  /** A question's fieldset. */
  fieldset(id: string): HTMLElement | undefined;
  submit(): void;
}

/**
 * Submits at once when every question shown is answered; otherwise asks first, saying how many are open, in the
 * quiz's modal `<dialog>`: focus stays inside it, Esc goes back, and screen readers hear the question as its name.
 * Focus starts on "Go back", the choice that loses nothing, which leads to the first question still open.
 */
export function submitWhenReady(step: SubmitStep): void {
  const answers = Object.fromEntries(step.questions.map((q) => [q.id, step.read(q.id)]));
  const open = openQuestions(step.questions, answers);
  const text = confirmSubmitText(open);
  if (!text) return step.submit();
  const dialog = $(step.root, 'dialog.ilq-confirm') as HTMLDialogElement;
  ($(dialog, '.ilq-confirm-text') as HTMLElement).textContent = text;
  dialog.onclick = (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    dialog.close();
    if (button.matches('.ilq-confirm-submit')) return step.submit();
    const first = step.questions.find((q) => open.unanswered.includes(q.id) || open.partial.includes(q.id));
    const fs = first && step.fieldset(first.id);
    $<HTMLElement>(fs ?? step.root, 'input, select, button, textarea')?.focus();
  };
  dialog.showModal();
  ($(dialog, '.ilq-confirm-back') as HTMLElement).focus();
}
