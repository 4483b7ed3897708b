import type { ExecResult, ShellSession } from '../../engines/sim/api';
import { checkGoal, createScenarioSession, createSession } from '../../engines/sim/index';
import type { Scenario } from '../../schemas/scenario';
import { Checklist, type GoalPart } from './checklist';
import { setUpHints } from './hints';
import { mountKeyBar } from './key-bar';
import { readTheme, watchTheme } from './theme';
import { mountTimeControl } from './time-control';
import { TranscriptPanel } from './transcript-panel';
import { mountTerminal, type TerminalHandle } from './xterm-view';

/** What Terminal.astro hands the browser in its JSON child. */
export interface TerminalConfig {
  /** Scenario id (exercise id for completion), absent for a free host shell. */
  id?: string;
  seed: number;
  /** The validated scenario, passed back to createScenarioSession. */
  scenario?: Scenario;
}

/** The latest goal check, as the element exposes it. */
export interface GoalResult {
  done: boolean;
  parts: GoalPart[];
}

/** The lazy half of `<il-terminal>`: hints, transcript, checklist, xterm.js and the simulator, wired together. */
export class TerminalController {
  private readonly handle: TerminalHandle;
  private readonly transcript: TranscriptPanel;
  private readonly cleanups: Array<() => void> = [];
  private completed = false;
  private lastGoal: GoalResult | undefined;

  constructor(private readonly el: HTMLElement) {
    const announce = (text: string): void => this.announce(text);
    setUpHints(el, announce);
    this.transcript = new TranscriptPanel(el, announce);
    const config = JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!) as TerminalConfig;
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    let session: ShellSession;
    let check: (() => GoalResult) | undefined;
    if (config.scenario) {
      const scenario = config.scenario;
      const run = createScenarioSession(scenario, { seed: config.seed });
      session = run.session;
      check = () => checkGoal(run.state(), scenario.goal);
    } else {
      session = createSession({ seed: config.seed });
    }
    const screen = el.querySelector<HTMLElement>('.il-screen')!;
    screen.replaceChildren();
    const checklist = new Checklist(el.querySelector('.il-goal'));
    const time = mountTimeControl(el, {
      reducedMotion: () => motion.matches,
      announce,
      onChange: () => this.handle.retime(),
    });
    this.handle = mountTerminal(screen, {
      session,
      theme: readTheme(el),
      reducedMotion: () => motion.matches,
      speed: () => time.speed(),
      describedBy: el.querySelector('.il-keys')?.id,
      onEscape: () => this.focusNextControl(),
      onTranscript: (text) => this.transcript.set(text),
      onCommandDone: (_line: string, _result: ExecResult) => {
        if (!check) return;
        const result = check();
        this.lastGoal = result;
        el.dispatchEvent(new CustomEvent('il-goal-change', { bubbles: true, detail: result }));
        const message = checklist.update(result.parts, result.done);
        if (message) this.announce(message);
        if (result.done && !this.completed) this.complete(config.id);
      },
    });
    const onMotion = (): void => this.handle.setReducedMotion(motion.matches);
    motion.addEventListener('change', onMotion);
    this.cleanups.push(
      () => time.dispose(),
      () => motion.removeEventListener('change', onMotion),
      watchTheme(() => this.handle.setTheme(readTheme(el))),
      mountKeyBar(screen, { send: (data) => this.handle.input(data), escape: () => this.focusNextControl() }),
    );
  }

  /** Plain text of everything the terminal has shown. */
  get transcriptText(): string {
    return this.transcript.value;
  }

  /** Columns and rows the terminal shows now. */
  get size(): { cols: number; rows: number } {
    return this.handle.size();
  }

  /** True once the scenario's goal has been met. */
  get goalDone(): boolean {
    return this.completed;
  }

  /** The latest goal check, undefined until the first command. */
  get goalResult(): GoalResult | undefined {
    return this.lastGoal;
  }

  /** Moves focus to the first control after the terminal (the Escape key's way out). */
  focusNextControl(): void {
    const next = [...this.el.querySelectorAll<HTMLElement>('.il-after button, .il-after summary')].find(
      (el) => !el.closest('[hidden]') && el.getClientRects().length > 0,
    );
    next?.focus();
  }

  /** Stops watching theme and motion settings and disposes of the xterm terminal. */
  dispose(): void {
    this.cleanups.forEach((f) => f());
    this.cleanups.length = 0;
    this.handle.dispose();
  }

  private complete(id: string | undefined): void {
    this.completed = true;
    this.el.dataset.done = 'true';
    this.el.dispatchEvent(new CustomEvent('il-exercise-complete', { bubbles: true, detail: { id } }));
    // Loaded only now, and shared with the quiz: the store is not part of the terminal's eager JS.
    if (id) void import('../progress/course-store').then((m) => m.courseStore().markExerciseDone(id));
  }

  private announce(text: string): void {
    const live = this.el.querySelector('.il-live');
    if (!live) return;
    // Clear first so repeating the same message is announced again.
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = text));
  }
}

/** Starts the live terminal inside `el` (throws if it cannot); the element delegates its API to the result. */
export function activate(el: HTMLElement): TerminalController {
  return new TerminalController(el);
}
