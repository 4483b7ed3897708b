import { lessonState, quizState } from '../../engines/progress/index';
import type { Progress } from '../../engines/store/index';
import { courseStore } from './course-store';
import { doneText } from './text';

/**
 * `<il-sidebar-progress>`: fills the course progress bar and ticks the done lessons in the static sidebar it sits
 * above. The lessons to count are the sidebar's own `a[data-lesson]` links (see src/course/sidebar.ts).
 */
export class SidebarProgressElement extends HTMLElement {
  private unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const store = courseStore();
    this.unsubscribe = store.subscribe((p) => this.render(p));
    this.render(store.snapshot());
    (this.querySelector('.il-sidebar-bar') as HTMLElement).hidden = false;
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
  }

  private render(progress: Progress): void {
    const sidebar = this.closest('#starlight__sidebar') ?? document;
    const lessons = [...sidebar.querySelectorAll<HTMLAnchorElement>('a[data-lesson]')];
    let done = 0;
    for (const link of lessons) {
      const state = lessonState({ id: link.dataset.lesson ?? '', quiz: link.dataset.quiz, labs: [] }, progress);
      if (state.done) done++;
      tick(link, state.done);
    }
    const exam = sidebar.querySelector<HTMLAnchorElement>('a[data-exam]');
    if (exam) tick(exam, quizState(exam.dataset.exam ?? '', progress).passed, 'passed');
    const bar = this.querySelector('progress') as HTMLProgressElement;
    bar.max = lessons.length;
    bar.value = done;
    (this.querySelector('.il-sidebar-count') as HTMLElement).textContent = doneText(done, lessons.length);
  }
}

/** Adds or removes the tick after a sidebar link's label; "done" is read out as part of the link's name. */
function tick(link: HTMLAnchorElement, on: boolean, word = 'done'): void {
  link.classList.toggle('il-done', on);
  const existing = link.querySelector('.il-tick');
  if (!on) return existing?.remove();
  if (existing) return;
  const mark = document.createElement('span');
  mark.className = 'il-tick';
  mark.innerHTML = `<span aria-hidden="true">✓</span><span class="sr-only"> (${word})</span>`;
  link.append(mark);
}

customElements.define('il-sidebar-progress', SidebarProgressElement);
