/**
 * Plays a command's output in simulated time made real: each chunk waits its simulated delay divided by the speed
 * (1 = real time, 10 = fast-forward, Infinity = at once). It knows how much simulated time it has played, so Ctrl+C
 * can tell the engine when the job was interrupted, and a change of speed applies to the wait under way.
 */
import type { OutputChunk } from '../sim/api';
import type { Timer } from './playback';

/** setTimeout keeps delays up to 2^31-1 ms; longer waits (sleep infinity) are taken in pieces. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a playback needs from its page: a timer, a real clock, and the speed chosen now. */
export interface PlaybackClock {
  timer: Timer;
  /** Real milliseconds (performance.now in the page). */
  now(): number;
  /** Simulated ms per real ms; Infinity plays everything at once. */
  speed(): number;
}

/** One command's output being played; `finish` gets whether it was interrupted and the simulated ms played. */
export class TimedPlayback {
  private index = 0;
  private running = false;
  private handle: unknown;
  /** Simulated ms played before the current wait, and how much of the current wait is already behind us. */
  private playedMs = 0;
  private waitedMs = 0;
  /** When the current timer was set (real ms), and at what speed. */
  private setAt = 0;
  private setSpeed = 1;
  private pieceMs = 0;

  constructor(
    private readonly chunks: readonly OutputChunk[],
    private readonly clock: PlaybackClock,
    private readonly print: (text: string) => void,
    private readonly finish: (interrupted: boolean, elapsedMs: number) => void,
  ) {}

  /** True between `start` and the end (or an interrupt). */
  get active(): boolean {
    return this.running;
  }

  /** Simulated milliseconds played so far, including the part of the current wait already waited. */
  elapsed(): number {
    if (!this.running || this.handle === undefined) return this.playedMs + this.waitedMs;
    const sinceSet = Math.max(0, this.clock.now() - this.setAt) * this.setSpeed;
    return this.playedMs + Math.min(this.currentDelay(), this.waitedMs + Math.min(sinceSet, this.pieceMs));
  }

  start(): void {
    this.running = true;
    this.next();
  }

  /** Ctrl+C: stops now; what was not printed never is. */
  interrupt(): void {
    if (!this.running) return;
    const at = this.elapsed();
    this.clearTimer();
    this.running = false;
    this.finish(true, at);
  }

  /** The speed changed: the wait under way continues at the new speed from where it is. */
  retime(): void {
    if (!this.running || this.handle === undefined) return;
    this.waitedMs = this.elapsed() - this.playedMs;
    this.clearTimer();
    this.next();
  }

  private currentDelay(): number {
    return this.chunks[this.index]?.delayMs ?? 0;
  }

  private clearTimer(): void {
    if (this.handle !== undefined) this.clock.timer.clear(this.handle);
    this.handle = undefined;
  }

  private next(): void {
    while (this.running && this.index < this.chunks.length) {
      const remaining = this.currentDelay() - this.waitedMs;
      const speed = this.clock.speed();
      if (remaining > 0.5 && speed !== Infinity) {
        const realMs = Math.min(MAX_TIMER_MS, remaining / Math.max(speed, 1e-9));
        this.setAt = this.clock.now();
        this.setSpeed = speed;
        this.pieceMs = realMs * speed;
        this.handle = this.clock.timer.set(() => {
          // The timer is trusted to have waited its piece (a test's fake timer has no real clock).
          this.handle = undefined;
          this.waitedMs += this.pieceMs;
          this.next();
        }, realMs);
        return;
      }
      const chunk = this.chunks[this.index]!;
      this.playedMs += chunk.delayMs;
      this.waitedMs = 0;
      this.index += 1;
      this.print(chunk.text);
    }
    if (this.running) {
      this.running = false;
      this.finish(false, this.playedMs);
    }
  }
}
