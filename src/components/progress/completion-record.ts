import { completionRecord, type CompletionRecord, type RecordModule } from '../../engines/progress/index';
import { courseStore } from './course-store';
import { readOutline } from './outline-data';
import { doneText, scoreText } from './text';

const dateText = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'long' });
const el = (tag: string, text = '') => Object.assign(document.createElement(tag), { textContent: text });

/** Sets the text of `[data-f="<field>"]` inside `root`. */
function fill(root: ParentNode, field: string, text: string): HTMLElement {
  const node = root.querySelector(`[data-f="${field}"]`) as HTMLElement;
  node.textContent = text;
  return node;
}

/** One module as the record prints it: its quiz average, then each lesson with its state and best quiz score. */
function moduleBlock(m: RecordModule): HTMLElement {
  const block = el('div');
  const average = m.quizAverage === undefined ? 'no quiz' : `quiz average ${m.quizAverage} %`;
  const heading = el('p');
  heading.append(el('strong', `Module ${m.number}: ${m.title}`), ` (${average})`);
  block.append(heading);
  const list = el('ul');
  for (const l of m.lessons) {
    const quiz = !l.hasQuiz ? '' : l.best ? `, quiz best ${scoreText(l.best)}` : ', quiz not taken';
    list.append(el('li', `${l.title}: ${l.done ? 'done' : 'not done'}${quiz}`));
  }
  block.append(list);
  return block;
}

/**
 * `<il-completion-record>`: shows what is missing until the final exam is passed, then the record. The name typed
 * here only reaches the store when the learner ticks "Remember my name".
 */
export class CompletionRecordElement extends HTMLElement {
  connectedCallback(): void {
    const store = courseStore();
    const { outline } = readOutline(this);
    const passMark = Number(this.dataset.passMark ?? 80);
    const name = this.querySelector('#il-record-name') as HTMLInputElement;
    const keep = this.querySelector('#il-record-keep') as HTMLInputElement;
    const saved = store.snapshot().learner?.name;
    name.value = saved ?? '';
    keep.checked = saved !== undefined;
    const remember = () => store.setLearnerName(keep.checked ? name.value : undefined);
    name.addEventListener('input', () => {
      this.renderName(name.value);
      if (keep.checked) remember();
    });
    keep.addEventListener('change', remember);
    this.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-act="print"]')?.addEventListener('click', () => print());
    const render = () => this.render(completionRecord(outline, store.snapshot(), passMark), name.value);
    store.subscribe(render);
    render();
    this.hidden = false;
    document.querySelector('.il-record-nojs')?.remove();
  }

  private renderName(value: string): void {
    const node = fill(this, 'name', value.trim() || '\u00a0');
    node.toggleAttribute('data-blank', !value.trim());
  }

  private render(r: CompletionRecord, name: string): void {
    const missing = this.querySelector('.il-record-missing') as HTMLElement;
    const ready = this.querySelector('.il-record-ready') as HTMLElement;
    missing.hidden = r.complete;
    ready.hidden = !r.complete;
    (this.querySelector('[data-f="missing"]') as HTMLElement).replaceChildren(...r.missing.map((m) => el('li', m)));
    if (!r.complete || !r.exam?.best || !r.exam.passedAt) return;
    this.renderName(name);
    fill(this, 'date', dateText(r.exam.passedAt));
    fill(
      this,
      'exam',
      `${scoreText(r.exam.best)}, best of ${r.exam.attempts} attempt${r.exam.attempts === 1 ? '' : 's'}`,
    );
    fill(this, 'lessons', doneText(r.lessonsDone, r.lessonsTotal));
    fill(this, 'labs', `${r.labsFinished.length} of ${r.labsTotal}`);
    (this.querySelector('[data-f="modules"]') as HTMLElement).replaceChildren(...r.modules.map(moduleBlock));
    fill(this, 'labs-none', 'None.').hidden = r.labsFinished.length > 0;
    (this.querySelector('[data-f="labs-list"]') as HTMLElement).replaceChildren(
      ...r.labsFinished.map((l) => el('li', `${l.title} (${dateText(l.doneAt)})`)),
    );
    fill(this, 'printed', dateText(new Date().toISOString()));
  }
}

customElements.define('il-completion-record', CompletionRecordElement);
