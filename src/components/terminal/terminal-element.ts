import type { GoalResult, TerminalController } from './terminal-controller';

/** `<il-terminal>`: the only eager terminal code; loads the controller once the terminal nears the viewport. */
export class TerminalElement extends HTMLElement {
  private controller: TerminalController | undefined;
  private io: IntersectionObserver | undefined;

  /** Plain text of everything the terminal has shown, '' before it loads (test hook). */
  get transcriptText(): string {
    return this.controller?.transcriptText ?? '';
  }

  /** Columns and rows shown, undefined before it loads (test hook). */
  get size(): { cols: number; rows: number } | undefined {
    return this.controller?.size;
  }

  /** True once the scenario's goal has been met (test hook). */
  get goalDone(): boolean {
    return this.controller?.goalDone ?? false;
  }

  /** The latest goal check ({ done, parts }), undefined until the first command; a quiz grades from it. */
  get goalResult(): GoalResult | undefined {
    return this.controller?.goalResult;
  }

  /** Moves focus to the first control after the terminal (the Escape key's way out). */
  focusNextControl(): void {
    this.controller?.focusNextControl();
  }

  connectedCallback(): void {
    if (this.dataset.state) return;
    this.dataset.state = 'waiting';
    const screen = this.querySelector<HTMLElement>('.il-screen')!;
    // With JS the recording would spoil the exercise; a placeholder stands in until xterm loads. The recording
    // moves out of the screen (which xterm empties) so that print can still show it in place of the live terminal.
    const recording = screen.querySelector('.il-static');
    recording?.setAttribute('hidden', '');
    if (recording) screen.after(recording);
    screen.querySelector<HTMLElement>('.il-loading')?.removeAttribute('hidden');
    // How to type and leave the terminal: only true of the live terminal, so shown only with JS.
    this.querySelector('.il-keys')?.removeAttribute('hidden');
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        void this.load(screen, io);
      },
      { rootMargin: '200px' },
    );
    io.observe(this);
    this.io = io;
  }

  disconnectedCallback(): void {
    this.io?.disconnect();
    this.io = undefined;
    this.controller?.dispose();
    this.controller = undefined;
    delete this.dataset.state;
  }

  private async load(screen: HTMLElement, io: IntersectionObserver): Promise<void> {
    this.dataset.state = 'loading';
    try {
      const { activate } = await import('./terminal-controller');
      if (this.io !== io) return; // removed from the page meanwhile
      this.controller = activate(this);
      this.dataset.state = 'ready';
    } catch (err) {
      this.dataset.state = 'error';
      const message = document.createElement('p');
      message.className = 'il-error';
      message.textContent = `The terminal could not start (${String(err)}). Reload the page to try again.`;
      screen.replaceChildren(message);
      throw err;
    }
  }
}

customElements.define('il-terminal', TerminalElement);
