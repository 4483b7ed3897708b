import { LazyElement } from '../quiz/lazy-element';
import type { QuickCheckController } from './quick-check-controller';

/** `<il-quick-check>`: loads its controller once the check nears the viewport (the no-JS check until then). */
export class QuickCheckElement extends LazyElement<QuickCheckController> {
  protected async importController() {
    return (await import('./quick-check-controller')).activate;
  }

  protected showFailure(): void {
    const live = this.querySelector('.il-qc-live');
    if (live) live.textContent = 'The quick check could not load: reload the page to try again.';
  }
}

customElements.define('il-quick-check', QuickCheckElement);
