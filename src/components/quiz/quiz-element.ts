import { LazyElement } from './lazy-element';
import type { QuizController } from './quiz-controller';

/** `<il-quiz>`: the only eager quiz code; loads the controller once the quiz nears the viewport (no-JS quiz until then). */
export class QuizElement extends LazyElement<QuizController> {
  protected async importController() {
    return (await import('./quiz-controller')).activate;
  }

  protected showFailure(): void {
    const status = this.querySelector('.ilq-status');
    if (status) status.textContent = 'The quiz could not load: reload the page to try again.';
  }
}

customElements.define('il-quiz', QuizElement);
