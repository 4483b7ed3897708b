import type { ExecResult, ShellSession } from '../../engines/sim/api';
import type { Scenario } from '../../schemas/scenario';
import { Checklist, type GoalPart } from './checklist';
import { setUpHints } from './hints';
import { readTheme, watchTheme } from './theme';
import { TranscriptPanel } from './transcript-panel';
import type { TerminalHandle } from './xterm-view';

/** What Terminal.astro hands the browser in its JSON child. */
export interface TerminalConfig {
  /** Scenario id (exercise id for completion), absent for a free host shell. */
  id?: string;
  seed: number;
  /** The validated scenario, passed back to createScenarioSession. */
  scenario?: Scenario;
}

type GoalCheck = () => { done: boolean; parts: GoalPart[] };

/**
 * `<il-terminal>`: loads xterm.js and the simulator only when the terminal nears the viewport,
 * then keeps the goal checklist, hints and transcript in step with what the learner runs.
 * Fires `il-exercise-complete` (bubbling, detail `{ id }`) once when a scenario's goal is met.
 */
export class TerminalElement extends HTMLElement {
  private handle: TerminalHandle | undefined;
  private transcript: TranscriptPanel | undefined;
  private cleanups: Array<() => void> = [];
  private completed = false;
  private lastGoal: { done: boolean; parts: GoalPart[] } | undefined;

  /** Plain text of everything the terminal has shown (test hook). */
  get transcriptText(): string {
    return this.transcript?.value ?? '';
  }

  /** True once the scenario's goal has been met (test hook). */
  get goalDone(): boolean {
    return this.completed;
  }

  /** The latest goal check ({ done, parts }), undefined until the first command; a quiz grades from it. */
  get goalResult(): { done: boolean; parts: GoalPart[] } | undefined {
    return this.lastGoal;
  }

  connectedCallback(): void {
    if (this.dataset.state) return;
    this.dataset.state = 'waiting';
    const announce = (text: string): void => this.announce(text);
    setUpHints(this, announce);
    this.transcript = new TranscriptPanel(this, announce);
    const screen = this.querySelector<HTMLElement>('.il-screen')!;
    // With JS the recording would spoil the exercise; a placeholder stands in until xterm loads.
    screen.querySelector('.il-static')?.setAttribute('hidden', '');
    screen.querySelector<HTMLElement>('.il-loading')?.removeAttribute('hidden');
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        void this.load(screen);
      },
      { rootMargin: '200px' },
    );
    io.observe(this);
    this.cleanups.push(() => io.disconnect());
  }

  disconnectedCallback(): void {
    this.cleanups.forEach((f) => f());
    this.cleanups = [];
    this.handle?.dispose();
    this.handle = undefined;
    delete this.dataset.state;
  }

  /** Moves focus to the first control after the terminal (the Escape key's way out). */
  focusNextControl(): void {
    const next = [...this.querySelectorAll<HTMLElement>('.il-after button, .il-after summary')].find(
      (el) => !el.closest('[hidden]') && el.getClientRects().length > 0,
    );
    next?.focus();
  }

  private announce(text: string): void {
    const live = this.querySelector('.il-live');
    if (!live) return;
    // Clear first so repeating the same message is announced again.
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }

  private async load(screen: HTMLElement): Promise<void> {
    this.dataset.state = 'loading';
    const config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as TerminalConfig;
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    try {
      const [view, sim] = await Promise.all([import('./xterm-view'), import('../../engines/sim/index')]);
      let session: ShellSession;
      let check: GoalCheck | undefined;
      if (config.scenario) {
        const scenario = config.scenario;
        const run = sim.createScenarioSession(scenario, { seed: config.seed });
        session = run.session;
        check = () => sim.checkGoal(run.state(), scenario.goal);
      } else {
        session = sim.createSession({ seed: config.seed });
      }
      screen.replaceChildren();
      const checklist = new Checklist(this.querySelector('.il-goal'));
      this.handle = view.mountTerminal(screen, {
        session,
        theme: readTheme(this),
        reducedMotion: () => motion.matches,
        describedBy: this.querySelector('.il-keys')?.id,
        onEscape: () => this.focusNextControl(),
        onTranscript: (text) => this.transcript?.set(text),
        onCommandDone: (_line: string, _result: ExecResult) => {
          if (!check) return;
          const result = check();
          this.lastGoal = result;
          this.dispatchEvent(new CustomEvent('il-goal-change', { bubbles: true, detail: result }));
          const message = checklist.update(result.parts, result.done);
          if (message) this.announce(message);
          if (result.done && !this.completed) {
            this.completed = true;
            this.dataset.done = 'true';
            this.dispatchEvent(new CustomEvent('il-exercise-complete', { bubbles: true, detail: { id: config.id } }));
            // Loaded only now, and shared with the quiz: the store is not part of the terminal's eager JS.
            const done = config.id;
            if (done) void import('../progress/course-store').then((m) => m.courseStore().markExerciseDone(done));
          }
        },
      });
      const onMotion = (): void => this.handle?.setReducedMotion(motion.matches);
      motion.addEventListener('change', onMotion);
      this.cleanups.push(
        () => motion.removeEventListener('change', onMotion),
        watchTheme(() => this.handle?.setTheme(readTheme(this))),
      );
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
