import { summarizeCourse, type CourseSummary, type LessonSummary } from '../../engines/progress/index';
import type { ProgressStore } from '../../engines/store/index';
import { formatMinutes } from '../../course/syllabus';
import { courseStore } from './course-store';
import { links, readOutline, type OutlineData } from './outline-data';
import { courseText, labsText, lessonShortText, quizText } from './text';

/** Sets the text of the `[data-f="<field>"]` inside `root`, if there is one. */
function fill(root: ParentNode, field: string, text: string): void {
  const node = root.querySelector(`[data-f="${field}"]`);
  if (node) node.textContent = text;
}

/** `<il-progress-report>`: fills the server-rendered "My progress" page from saved progress, and keeps it current. */
export class ProgressReportElement extends HTMLElement {
  private unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const store = courseStore();
    const data = readOutline(this);
    this.unsubscribe = store.subscribe(() => this.render(store, data));
    this.render(store, data);
    this.removeAttribute('data-pending');
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
  }

  private render(store: ProgressStore, { outline, base }: OutlineData): void {
    const summary = summarizeCourse(outline, store.snapshot());
    const text = courseText(summary);
    fill(this, 'done', `${text.done} (${summary.percent}%)`);
    fill(this, 'left', text.left);
    (this.querySelector('.il-report-summary progress') as HTMLProgressElement).value = summary.done;
    this.renderNext(summary, base);
    for (const m of summary.modules) {
      const section = this.querySelector(`[data-module="${m.id}"]`);
      if (!section) continue;
      const left = m.minutesLeft === 0 ? 'nothing left' : `${formatMinutes(m.minutesLeft)} left`;
      fill(section, 'module', `${m.done} of ${m.lessons.length} lessons done, ${left}.`);
      for (const l of m.lessons) this.renderLesson(l);
    }
    if (summary.exam) fill(this, 'exam', `${quizText(summary.exam)}.`);
    this.renderLabs(summary, base);
    (this.querySelector('.il-report-notices') as HTMLElement).replaceChildren(
      ...store.notices().map((n) => Object.assign(document.createElement('p'), { textContent: n.message })),
    );
  }

  private renderNext(summary: CourseSummary, base: string): void {
    const link = this.querySelector('[data-f="next"]') as HTMLAnchorElement;
    const next = summary.next;
    (link.parentElement as HTMLElement).hidden = !next;
    if (next?.kind === 'lesson') {
      link.href = links(base).lesson(next.lesson.id);
      const verb = summary.started ? 'Continue with' : 'Start with';
      link.textContent = `${verb} lesson ${next.lesson.number}: ${next.lesson.title}`;
    } else if (next) {
      link.href = links(base).quiz(next.quiz);
      link.textContent = 'Every lesson is done: take the final exam';
    }
  }

  private renderLesson(l: LessonSummary): void {
    const item = this.querySelector(`li[data-lesson="${l.id}"]`);
    if (!item) return;
    item.toggleAttribute('data-done', l.done);
    fill(item, 'status', lessonShortText(l));
    if (l.quiz) fill(item, 'quiz', quizText(l.quiz));
    fill(item, 'labs', labsText(l.labs));
  }

  private renderLabs(summary: CourseSummary, base: string): void {
    const list = this.querySelector('[data-f="labs-list"]') as HTMLElement;
    (this.querySelector('[data-f="labs-none"]') as HTMLElement).hidden = summary.finishedLabs.length > 0;
    list.hidden = summary.finishedLabs.length === 0;
    const titles = new Map(summary.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.title])));
    const date = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
    list.replaceChildren(
      ...summary.finishedLabs.map((lab) => {
        const li = document.createElement('li');
        li.append(`${lab.title}, finished ${date(lab.doneAt)}`);
        if (lab.lessonId) {
          const a = document.createElement('a');
          a.href = links(base).lesson(lab.lessonId);
          a.textContent = titles.get(lab.lessonId) ?? lab.lessonId;
          li.append(' (in ', a, ')');
        }
        return li;
      }),
    );
  }
}

customElements.define('il-progress-report', ProgressReportElement);
