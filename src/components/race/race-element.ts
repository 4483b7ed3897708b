import type { RaceProfile, RaceTimeline } from '../../engines/sim/api';
import {
  advanceClock,
  formatDuration,
  formatStamp,
  logLines,
  nextBoundary,
  PROFILE_LABELS,
  printedCount,
  raceEndMs,
  readyOrder,
  stageAt,
  summaryRows,
} from './race-clock';

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

interface Pane {
  select: HTMLSelectElement;
  stage: HTMLElement;
  log: HTMLOListElement;
  printed: number;
  stageId: string | undefined;
}

/**
 * `<il-race>`: two panes racing boot/start timelines on one simulated clock. The timelines come
 * precomputed in JSON, so no simulator code is shipped; each animation frame does a few DOM appends.
 */
export class RaceElement extends HTMLElement {
  private config!: RaceConfig;
  private panes: Pane[] = [];
  private nowMs = 0;
  private playing = false;
  private frame = 0;
  private last = 0;
  private readyAnnounced = new Set<number>();

  /** Snapshot of the race (test hook). */
  get state(): RaceState {
    const timelines = this.timelines();
    return {
      nowMs: this.nowMs,
      playing: this.playing,
      finished: this.nowMs >= raceEndMs(timelines),
      profiles: timelines.map((t) => t.profile),
      readyOrder: readyOrder(timelines, this.nowMs).map((i) => timelines[i]!.profile),
    };
  }

  connectedCallback(): void {
    if (this.config) return;
    this.config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as RaceConfig;
    this.querySelector('.il-race-static')?.setAttribute('hidden', '');
    this.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));
    this.panes = [...this.querySelectorAll<HTMLElement>('[data-js-only] .il-pane')].map((el) => ({
      select: el.querySelector('select')!,
      stage: el.querySelector('.il-stage')!,
      log: el.querySelector('.il-log')!,
      printed: 0,
      stageId: undefined,
    }));
    this.panes.forEach((p) => p.select.addEventListener('change', () => this.reset()));
    this.button('play').addEventListener('click', () => (this.playing ? this.pause() : this.play()));
    this.button('step').addEventListener('click', () => this.step());
    this.button('replay').addEventListener('click', () => {
      this.reset();
      this.play();
    });
    this.reset();
  }

  disconnectedCallback(): void {
    this.pause();
  }

  private button(name: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
  }

  private timelines(): RaceTimeline[] {
    return this.panes.map((p) => this.config.timelines[p.select.value as RaceProfile]);
  }

  private speed(): number {
    return Number(this.querySelector<HTMLSelectElement>('.il-speed')!.value) || 1;
  }

  private announce(text: string): void {
    const live = this.querySelector('.il-live');
    if (live) live.textContent = text;
  }

  private play(): void {
    if (this.state.finished) this.reset();
    this.playing = true;
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
    this.nowMs = nextBoundary(this.timelines(), this.nowMs);
    this.render();
    const t = this.timelines();
    this.announce(
      this.panes
        .map((_, i) => `${PROFILE_LABELS[t[i]!.profile]}: ${stageAt(t[i]!, this.nowMs)?.label ?? 'ready'}`)
        .join('. '),
    );
  }

  private reset(): void {
    this.pause();
    this.nowMs = 0;
    this.readyAnnounced.clear();
    for (const pane of this.panes) {
      pane.log.replaceChildren();
      pane.printed = 0;
      pane.stageId = undefined;
    }
    this.querySelector<HTMLElement>('.il-race-summary')!.hidden = true;
    this.render();
  }

  private tick(now: number): void {
    // Cap the frame's interval so a backgrounded tab does not jump the race to its end.
    const real = Math.min(100, now - this.last);
    this.last = now;
    this.nowMs = advanceClock(this.nowMs, real, this.speed(), raceEndMs(this.timelines()));
    this.render();
    if (this.state.finished) this.pause();
    else if (this.playing) this.frame = requestAnimationFrame((t) => this.tick(t));
  }

  private render(): void {
    const timelines = this.timelines();
    this.querySelector('.il-clock')!.textContent = `Simulated clock: ${formatDuration(this.nowMs)}`;
    this.panes.forEach((pane, i) => this.renderPane(pane, timelines[i]!, i));
    if (this.state.finished) this.showSummary(timelines);
  }

  private renderPane(pane: Pane, t: RaceTimeline, index: number): void {
    const lines = logLines(t);
    const count = printedCount(lines, this.nowMs);
    if (count > pane.printed) {
      const items = lines.slice(pane.printed, count).map((line) => {
        const li = document.createElement('li');
        const stamp = document.createElement('span');
        stamp.className = 'il-stamp';
        stamp.textContent = formatStamp(line.atMs) + ' ';
        li.append(stamp, line.text);
        return li;
      });
      pane.log.append(...items);
      pane.printed = count;
      pane.log.parentElement!.scrollTop = pane.log.parentElement!.scrollHeight;
    }
    const stage = stageAt(t, this.nowMs);
    const id = stage?.id ?? (this.nowMs >= t.readyAtMs ? 'ready' : 'idle');
    if (id === pane.stageId) return;
    pane.stageId = id;
    if (stage) pane.stage.replaceChildren(strong(stage.label), ` — ${stage.explanation}`);
    else if (id === 'ready') pane.stage.replaceChildren(strong(`Ready after ${formatDuration(t.readyAtMs)}`));
    else pane.stage.replaceChildren('Not started. Press Play or Step.');
    if (id === 'ready' && !this.readyAnnounced.has(index)) {
      this.readyAnnounced.add(index);
      this.announce(`${PROFILE_LABELS[t.profile]} is ready after ${formatDuration(t.readyAtMs)}.`);
    }
  }

  private showSummary(timelines: RaceTimeline[]): void {
    const table = this.querySelector<HTMLTableElement>('.il-race-summary')!;
    if (!table.hidden) return;
    const head = table.tHead!.rows[0]!;
    timelines.forEach((t, i) => (head.cells[i + 1]!.textContent = PROFILE_LABELS[t.profile]));
    const body = table.tBodies[0]!;
    body.replaceChildren(
      ...summaryRows(timelines).map((row) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = row.label;
        tr.append(th, ...row.values.map((v) => Object.assign(document.createElement('td'), { textContent: v })));
        return tr;
      }),
    );
    table.hidden = false;
  }
}

function strong(text: string): HTMLElement {
  return Object.assign(document.createElement('strong'), { textContent: text });
}

customElements.define('il-race', RaceElement);
