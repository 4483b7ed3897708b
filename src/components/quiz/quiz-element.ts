import type { QuizController } from './quiz-controller';

/** `<il-quiz>`: the only eager quiz code; loads the controller once the quiz nears the viewport (no-JS quiz until then). */
export class QuizElement extends HTMLElement {
  private controller: QuizController | undefined;
  private io: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.controller) {
      this.controller.resume(); // moved on the page after loading
      return;
    }
    if (this.dataset.state) return;
    this.dataset.state = 'waiting';
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        void this.load(io);
      },
      { rootMargin: '400px' },
    );
    io.observe(this);
    this.io = io;
  }

  disconnectedCallback(): void {
    this.io?.disconnect();
    this.io = undefined;
    this.controller?.pause();
    if (!this.controller) delete this.dataset.state;
  }

  private async load(io: IntersectionObserver): Promise<void> {
    this.dataset.state = 'loading';
    try {
      const { activate } = await import('./quiz-controller');
      if (this.io !== io) return; // removed from the page meanwhile
      this.controller = activate(this);
      this.dataset.state = 'ready';
      this.dataset.ready = 'true';
    } catch (err) {
      this.dataset.state = 'error';
      const status = this.querySelector('.ilq-status');
      if (status) status.textContent = 'The quiz could not load: reload the page to try again.';
      throw err;
    }
  }
}

customElements.define('il-quiz', QuizElement);
