/** What a lazy element's controller may do when the element leaves the page and comes back. */
export interface Controller {
  resume?(): void;
  pause?(): void;
  /** Settles when the controller has finished starting (a quiz whose questions arrive in a file of their own). */
  ready?: Promise<void>;
}

/**
 * A custom element that stays its server-rendered, no-JavaScript self until it nears the viewport, then loads its
 * controller once (`<il-quiz>`, `<il-quick-check>`): the only eager code each of them ships.
 */
export abstract class LazyElement<C extends object> extends HTMLElement {
  private controller: (C & Controller) | undefined;
  private io: IntersectionObserver | undefined;

  /** Imports the controller's module and returns the function that starts it on this element. */
  protected abstract importController(): Promise<(el: HTMLElement) => C>;
  /** Tells the learner that the controller could not load. */
  protected abstract showFailure(): void;

  connectedCallback(): void {
    if (this.controller) {
      this.controller.resume?.(); // moved on the page after loading
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
    this.controller?.pause?.();
    if (!this.controller) delete this.dataset.state;
  }

  private async load(io: IntersectionObserver): Promise<void> {
    this.dataset.state = 'loading';
    try {
      const activate = await this.importController();
      if (this.io !== io) return; // removed from the page meanwhile
      this.controller = activate(this) as C & Controller;
      await this.controller.ready;
      this.dataset.state = 'ready';
      this.dataset.ready = 'true';
    } catch (err) {
      this.dataset.state = 'error';
      this.showFailure();
      throw err;
    }
  }
}
