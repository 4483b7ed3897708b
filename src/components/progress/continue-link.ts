import { summarizeCourse } from '../../engines/progress/index';
import { courseStore } from './course-store';
import { links, readOutline, type OutlineData } from './outline-data';
import { courseText } from './text';

/**
 * `<il-continue>`: turns the static "Start the course" link into "Continue where you left off: <lesson>" (or the
 * final exam once every lesson is done) as soon as anything is saved, and says how far the learner has come.
 */
export class ContinueElement extends HTMLElement {
  private unsubscribe: (() => void) | undefined;
  /** The server-rendered link, restored if saved progress is cleared (e.g. from another tab). */
  private start: { href: string; text: string } | undefined;
  private data: OutlineData | undefined;

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('.il-continue-main');
    this.start ??= link ? { href: link.href, text: link.textContent ?? '' } : undefined;
    this.data ??= readOutline(this);
    const store = courseStore();
    this.unsubscribe = store.subscribe(() => this.render());
    this.render();
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
  }

  private render(): void {
    const main = this.querySelector<HTMLAnchorElement>('.il-continue-main');
    const status = this.querySelector('.il-continue-status') as HTMLElement;
    if (!main || !this.start || !this.data) return;
    const { outline, base } = this.data;
    const summary = summarizeCourse(outline, courseStore().snapshot());
    status.hidden = !summary.started;
    const to = links(base);
    const next = summary.next;
    if (!summary.started) {
      main.href = this.start.href;
      main.textContent = this.start.text;
    } else if (next?.kind === 'lesson') {
      main.href = to.lesson(next.lesson.id);
      main.textContent = `Continue where you left off: ${next.lesson.title}`;
    } else if (next?.kind === 'exam') {
      main.href = to.quiz(next.quiz);
      main.textContent = summary.exam?.passed ? 'Review the final exam' : 'Every lesson done: take the final exam';
    }
    const text = courseText(summary);
    status.textContent = `${text.done}, ${text.left}.`;
  }
}

customElements.define('il-continue', ContinueElement);
