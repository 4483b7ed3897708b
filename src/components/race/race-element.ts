import type { RaceProfile, RaceTimeline } from '../../engines/sim/api';
import { nextBoundary, raceEndMs, readyOrder, stageAt } from '../../engines/race/clock';
import { formatDuration, keepUnits } from '../../engines/race/format';
import { PROFILE_LABELS, PROFILE_NOUNS, stageRows, summaryRows } from '../../engines/race/profiles';
import { mainAxis, mainScaleText, zoomAxis, zoomScaleText } from '../../engines/race/scale';
import { advanceClock, autoPlan, fixedPlan, speedText, type SpeedPhase } from '../../engines/race/speed';
import { verdictText } from '../../engines/race/verdict';
import { RaceChart } from './race-chart';
import { RaceNarration, type StageChange } from './race-narration';
import { fillTable, stageTable } from './race-tables';

/** What Race.astro hands the browser: every profile's timeline, precomputed at build time. */
export interface RaceConfig {
  timelines: Record<RaceProfile, RaceTimeline>;
}

/** What tests (and curious readers of the DOM) can ask the race. */
export interface RaceState {
  nowMs: number;
  playing: boolean;
  finished: boolean;
  profiles: RaceProfile[];
  /** Profiles that are ready, fastest first. */
  readyOrder: RaceProfile[];
}

/** Stage changes are announced at most this often while the race plays (ms of real time); finishes always are. */
const ANNOUNCE_GAP_MS = 4000;

/**
 * `<il-race>`: two lanes racing boot/start timelines on one simulated clock, drawn as bars on one time axis (and a
 * zoomed inset when one lane is a sliver). The timelines come precomputed; all arithmetic is in src/engines/race.
 */
export class RaceElement extends HTMLElement {
  private config!: RaceConfig;
  private selects: HTMLSelectElement[] = [];
  private main!: RaceChart;
  private zoom!: RaceChart;
  private widthPx = 0;
  private nowMs = 0;
  private playing = false;
  private frame = 0;
  private last = 0;
  private plan: SpeedPhase[] = [];
  private narration!: RaceNarration;
  private lastAnnounced = -Infinity;
  /** Set by Play and Step: only a race the learner ran announces its result (not one shown finished on load). */
  private interactive = false;
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** Snapshot of the race (test hook). */
  get state(): RaceState {
    const timelines = this.timelines();
    return {
      nowMs: this.nowMs,
      playing: this.playing,
      finished: this.finished(),
      profiles: timelines.map((t) => t.profile),
      readyOrder: readyOrder(timelines, this.nowMs).map((i) => timelines[i]!.profile),
    };
  }

  connectedCallback(): void {
    if (this.config) return;
    this.config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as RaceConfig;
    this.shelveRecording();
    this.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));
    this.selects = [...this.querySelectorAll<HTMLSelectElement>('[data-js-only] select[data-lane]')];
    this.main = new RaceChart(this.live('.il-chart-main'), true);
    this.zoom = new RaceChart(this.live('.il-chart-zoom'), false);
    this.narration = new RaceNarration(this.querySelector<HTMLElement>('[data-js-only]')!);
    this.selects.forEach((s) => s.addEventListener('change', () => this.reset()));
    this.live('.il-speed').addEventListener('change', () => this.choosePlan());
    this.live('.il-stage-details').addEventListener('toggle', () => this.fillStageTables());
    this.button('play').addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    this.button('step').addEventListener('click', () => this.step());
    this.button('replay').addEventListener('click', () => {
      this.reset(false);
      this.play();
    });
    new ResizeObserver(([entry]) => {
      this.widthPx = entry!.contentRect.width;
      this.render();
    }).observe(this.live('.il-chart-main .il-lanes'));
    this.widthPx = this.live('.il-chart-main .il-lanes').clientWidth;
    this.reset();
  }

  /**
   * The recorded race (Race.astro's text and tables for readers without JavaScript) is what paper shows (race.css),
   * never the screen once the live race runs: it leaves the page until a print asks for it, so a screen does not
   * style and lay out its hundred elements.
   */
  private shelveRecording(): void {
    const recording = this.querySelector<HTMLElement>('.il-race-static');
    if (!recording) return;
    recording.hidden = true;
    const mark = document.createComment('race recording, brought back to print');
    recording.replaceWith(mark);
    const print = matchMedia('print');
    const bringBack = () => {
      if (!mark.isConnected) return;
      mark.replaceWith(recording);
      window.removeEventListener('beforeprint', bringBack);
      print.removeEventListener('change', onPrint);
    };
    const onPrint = () => print.matches && bringBack();
    window.addEventListener('beforeprint', bringBack);
    print.addEventListener('change', onPrint);
  }

  disconnectedCallback(): void {
    this.pause();
  }

  /** An element of the live view (the static recording beside it has look-alike parts). */
  private live<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(`[data-js-only] ${selector}`)!;
  }

  private button(name: string): HTMLButtonElement {
    return this.live<HTMLButtonElement>(`[data-action="${name}"]`);
  }

  private timelines(): RaceTimeline[] {
    return this.selects.map((s) => this.config.timelines[s.value as RaceProfile]);
  }

  private finished(): boolean {
    return this.nowMs >= raceEndMs(this.timelines());
  }

  private choosePlan(): void {
    const chosen = this.live<HTMLSelectElement>('.il-speed').value;
    this.plan = chosen === 'auto' ? autoPlan(this.timelines()) : fixedPlan(Number(chosen));
    this.render();
  }

  private announce(text: string): void {
    this.live('.il-live').textContent = text;
    this.lastAnnounced = performance.now();
  }

  private play(): void {
    if (this.finished()) this.reset(false);
    this.playing = true;
    this.interactive = true;
    this.button('play').textContent = 'Pause';
    this.last = performance.now();
    this.frame = requestAnimationFrame((t) => this.tick(t));
  }

  private pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.button('play').textContent = 'Play';
  }

  private step(): void {
    this.pause();
    if (this.finished()) this.reset(false);
    this.interactive = true;
    this.nowMs = nextBoundary(this.timelines(), this.nowMs);
    this.render();
    if (!this.finished()) this.announce(this.stagesText());
  }

  /** Back to the start with the lanes' current profiles; with reduced motion (and `settle`), straight to the finish. */
  private reset(settle = true): void {
    this.pause();
    const timelines = this.timelines();
    const names = timelines.map((t) => PROFILE_LABELS[t.profile]);
    const main = mainAxis(timelines);
    const zoom = zoomAxis(timelines, main);
    this.live('.il-chart-main .il-scale').textContent = mainScaleText(main);
    this.main.build(timelines, main, names, zoom?.maxMs);
    const inset = this.live('.il-chart-zoom');
    inset.hidden = !zoom;
    if (zoom) {
      const fastest = timelines.reduce((a, b) => (b.readyAtMs < a.readyAtMs ? b : a));
      this.live('.il-chart-zoom .il-scale').textContent = zoomScaleText(main, zoom, PROFILE_NOUNS[fastest.profile]);
      this.zoom.build(timelines, zoom, names);
    }
    this.narration.build(timelines, names);
    this.live('.il-stage-tables').replaceChildren();
    this.fillStageTables();
    this.live('.il-result').hidden = true;
    this.live('.il-now').hidden = false;
    this.interactive = false;
    this.nowMs = settle && this.reducedMotion ? raceEndMs(timelines) : 0;
    this.choosePlan();
  }

  /**
   * The stage tables sit in a closed disclosure: they are built when it opens (about 80 elements a page need not
   * style at load), and again when the racers change while it is open.
   */
  private fillStageTables(): void {
    const details = this.live<HTMLDetailsElement>('.il-stage-details');
    const tables = this.live('.il-stage-tables');
    if (!details.open || tables.childElementCount > 0) return;
    const timelines = this.timelines();
    tables.replaceChildren(...timelines.map((t) => stageTable(stageRows(t), PROFILE_LABELS[t.profile])));
  }

  private tick(now: number): void {
    // Cap the frame's interval so a backgrounded tab does not jump the race to its end.
    const real = Math.min(100, now - this.last);
    this.last = now;
    this.nowMs = advanceClock(this.nowMs, real, this.plan, raceEndMs(this.timelines()));
    this.render();
    if (this.finished()) this.pause();
    else if (this.playing) this.frame = requestAnimationFrame((t) => this.tick(t));
  }

  private render(): void {
    if (!this.main) return;
    const timelines = this.timelines();
    const nouns = timelines.map((t) => PROFILE_NOUNS[t.profile]);
    const order = readyOrder(timelines, this.nowMs);
    const places = timelines.map((_, i) => (order.includes(i) ? order.indexOf(i) + 1 : undefined));
    setText(this.live('.il-clock'), `Simulated time: ${formatDuration(this.nowMs)}`);
    setText(this.live('.il-speed-text'), speedText(this.plan, this.nowMs, nouns));
    this.main.render(this.nowMs, this.widthPx, places);
    if (!this.live('.il-chart-zoom').hidden) this.zoom.render(this.nowMs, this.widthPx, places);
    this.narrate(this.narration.render(this.nowMs));
    if (this.finished() && this.live('.il-result').hidden) this.showResult(timelines);
  }

  /** Announces, sparingly, what the learner would see change: a lane's finish always, stage changes at most every few s. */
  private narrate(changes: readonly StageChange[]): void {
    if (!this.playing || changes.every((c) => c.first)) return;
    const ready = changes.find((c) => c.id === 'ready');
    if (ready && !this.finished()) {
      const t = this.timelines()[ready.lane]!;
      this.announce(`${PROFILE_LABELS[t.profile]} is ready after ${formatDuration(t.readyAtMs)}.`);
    } else if (!ready && performance.now() - this.lastAnnounced >= ANNOUNCE_GAP_MS) this.announce(this.stagesText());
  }

  private stagesText(): string {
    return this.timelines()
      .map((t) => `${PROFILE_LABELS[t.profile]}: ${stageAt(t, this.nowMs)?.label ?? 'ready'}`)
      .join('. ');
  }

  private showResult(timelines: RaceTimeline[]): void {
    const verdict = verdictText([timelines[0]!, timelines[1]!]);
    this.live('.il-verdict').textContent = keepUnits(verdict);
    fillTable(
      this.live<HTMLTableElement>('.il-race-summary'),
      timelines.map((t) => PROFILE_LABELS[t.profile]),
      summaryRows(timelines),
    );
    this.live('.il-result').hidden = false;
    // The result says all the "now" lines would: hide them rather than repeat it.
    this.live('.il-now').hidden = true;
    if (this.interactive) this.announce(verdict);
  }
}

function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

customElements.define('il-race', RaceElement);
