/** The "Transcript" disclosure: a live <pre> of what the terminal showed, and a Copy button. */
export class TranscriptPanel {
  private text = '';
  private frame = 0;
  private readonly pre: HTMLPreElement | null;

  constructor(root: HTMLElement, announce: (text: string) => void) {
    const panel = root.querySelector<HTMLDetailsElement>('.il-transcript');
    this.pre = panel?.querySelector('pre') ?? null;
    const copy = panel?.querySelector<HTMLButtonElement>('.il-copy');
    if (panel) panel.hidden = false;
    copy?.addEventListener('click', () => {
      navigator.clipboard.writeText(this.text).then(
        () => announce('Transcript copied.'),
        () => {
          // Without clipboard permission, select the text so Ctrl+C copies it.
          const range = document.createRange();
          range.selectNodeContents(this.pre!);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          announce('Could not copy automatically; the transcript is selected, press Ctrl+C.');
        },
      );
    });
  }

  /** Latest transcript text; the DOM is updated at most once a frame. */
  set(text: string): void {
    this.text = text;
    if (this.frame || !this.pre) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.pre!.textContent = this.text || '(nothing typed yet)';
    });
  }

  /** The current transcript text (not waiting for the next frame). */
  get value(): string {
    return this.text;
  }
}
