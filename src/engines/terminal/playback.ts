import type { PlaybackStep } from './pacing';

/** Injected timer, so tests run playback synchronously. */
export interface Timer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The timer of the page (or of Node), for production use. */
export const realTimer: Timer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Plays steps one after another on a timer; can be cut short (Ctrl+C). */
export class Playback {
  private handle: unknown;
  private index = 0;
  private running = false;

  constructor(
    private readonly steps: readonly PlaybackStep[],
    private readonly timer: Timer,
    private readonly print: (text: string) => void,
    private readonly finish: (interrupted: boolean) => void,
  ) {}

  /** True between `start` and the last step (or an interrupt). */
  get active(): boolean {
    return this.running;
  }

  /** Starts playing; steps with no wait are printed at once, without yielding to the timer. */
  start(): void {
    this.running = true;
    this.next();
  }

  /** Stops now: the remaining steps are never printed. */
  interrupt(): void {
    if (!this.running) return;
    this.timer.clear(this.handle);
    this.running = false;
    this.finish(true);
  }

  private next(waited = false): void {
    while (this.running && this.index < this.steps.length) {
      const step = this.steps[this.index]!;
      if (step.waitMs > 0 && !waited) {
        this.handle = this.timer.set(() => this.next(true), step.waitMs);
        return;
      }
      waited = false;
      this.index += 1;
      this.print(step.text);
    }
    if (this.running) {
      this.running = false;
      this.finish(false);
    }
  }
}
