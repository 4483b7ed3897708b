import { lessonState } from '../../engines/progress/index';
import type { ProgressStore } from '../../engines/store/index';
import { courseStore } from './course-store';
import { lessonStatusText } from './text';

/**
 * `<il-lesson-done data-lesson data-quiz>`: the lesson's done state from saved progress, and the learner's own
 * "Mark as done" / "Mark as not done". Opening the page records the visit. Invisible (its space kept) until it has something true to say.
 */
export class LessonDoneElement extends HTMLElement {
  private store: ProgressStore | undefined;
  private unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const id = this.dataset.lesson;
    if (!id) return;
    const store = (this.store = courseStore());
    store.markLessonVisited(id);
    this.unsubscribe = store.subscribe(() => this.render());
    this.button().addEventListener('click', this.toggle);
    this.render();
    this.removeAttribute('data-pending');
    // Live only after the first render, so the page load itself is not announced.
    this.status().setAttribute('role', 'status');
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
    this.button().removeEventListener('click', this.toggle);
  }

  private readonly toggle = () => {
    const id = this.dataset.lesson;
    if (id) this.store?.setLessonMarkedDone(id, !this.store.isLessonMarkedDone(id));
  };

  private render(): void {
    if (!this.store || !this.dataset.lesson) return;
    const quiz = this.dataset.quiz;
    const state = lessonState({ id: this.dataset.lesson, quiz, labs: [] }, this.store.snapshot());
    this.toggleAttribute('data-done', state.done);
    this.status().textContent = lessonStatusText(state);
    // A passed quiz keeps the lesson done whatever the mark says, so the control would do nothing.
    this.button().hidden = state.doneBy === 'quiz';
    this.button().textContent = state.marked ? 'Mark as not done' : 'Mark as done';
  }

  private status = () => this.querySelector('.il-done-status') as HTMLElement;
  private button = () => this.querySelector('.il-done-toggle') as HTMLButtonElement;
}

customElements.define('il-lesson-done', LessonDoneElement);
