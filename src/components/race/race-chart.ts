import type { RaceTimeline } from '../../engines/sim/api';
import { barSegments, finishPct, fitLabel, laneStatus, type LabelFit } from '../../engines/race/bars';
import { tickLabel, tickStride, type Axis } from '../../engines/race/scale';

interface SegmentView {
  el: HTMLElement;
  text: HTMLElement;
  labelPx: number;
  numberPx: number;
  fit: LabelFit | undefined;
  width: string;
  state: string;
}

interface LaneView {
  timeline: RaceTimeline;
  time?: HTMLElement;
  doing?: HTMLElement;
  place?: HTMLElement;
  segments: SegmentView[];
  finish: HTMLElement;
  now: HTMLElement;
}

const h = (tag: string, className: string, text = ''): HTMLElement =>
  Object.assign(document.createElement(tag), { className, textContent: text });

/**
 * One time axis with a bar per lane (the main chart, or the zoomed inset). It builds its DOM once per pair of
 * timelines; a frame then only changes the styles and texts that moved, so a frame stays far below 1 ms.
 */
export class RaceChart {
  private lanes: LaneView[] = [];
  private axis: Axis = { maxMs: 1, stepMs: 1, ticks: [0] };
  private ticks: HTMLElement[] = [];
  private stride = 0;
  private cursor!: HTMLElement;
  private measured = false;

  /** `heads` adds each lane's name, stage and time as text (the main chart); the inset shows names only. */
  constructor(
    private readonly root: HTMLElement,
    private readonly heads: boolean,
  ) {}

  /**
   * Rebuilds lanes and ticks for new timelines on a new axis; `names` are what each lane is called, and `zoomMs` marks
   * on the axis the stretch that a zoomed inset shows.
   */
  build(timelines: readonly RaceTimeline[], axis: Axis, names: readonly string[], zoomMs?: number): void {
    this.axis = axis;
    const lanes = this.root.querySelector('.il-lanes')!;
    lanes.replaceChildren();
    this.lanes = timelines.map((timeline, i) => {
      const lane = h('div', `il-lane il-lane-${i}`);
      const head = h('p', 'il-lane-head');
      head.append(h('span', 'il-lane-name', names[i]));
      const view: Partial<LaneView> = { timeline };
      if (this.heads) {
        // Commas for screen readers, which would otherwise run "Distro VM on KVM Firmware (UEFI) 75 ms" together.
        view.doing = h('span', 'il-lane-doing');
        head.append(h('span', 'sr-only', ', '));
        view.place = h('span', 'il-place');
        view.time = h('span', 'il-lane-time');
        head.append(view.doing, view.place, h('span', 'sr-only', ', '), view.time);
      }
      const track = h('div', 'il-track');
      track.setAttribute('aria-hidden', 'true');
      view.segments = timeline.stages.map((s) => {
        const el = h('span', 'il-seg');
        el.title = s.label;
        const text = h('span', 'il-seg-text', s.label);
        el.append(text);
        el.style.left = `${(Math.min(s.startMs, axis.maxMs) / axis.maxMs) * 100}%`;
        track.append(el);
        return { el, text, labelPx: 0, numberPx: 0, fit: undefined, width: '', state: '' };
      });
      view.finish = h('span', 'il-finish');
      view.now = h('span', 'il-now-line');
      track.append(view.finish, view.now);
      lane.append(head, track);
      lanes.append(lane);
      return view as LaneView;
    });
    this.measureLabels();
    const axisEl = this.root.querySelector('.il-axis')!;
    this.ticks = axis.ticks.map((ms) => {
      const tick = h('span', 'il-tick', tickLabel(ms, axis));
      tick.style.left = `${(ms / axis.maxMs) * 100}%`;
      return tick;
    });
    this.cursor = h('span', 'il-cursor');
    axisEl.replaceChildren(...this.ticks, this.cursor);
    if (zoomMs) {
      const mark = h('span', 'il-zoom-mark');
      mark.style.width = `${(zoomMs / axis.maxMs) * 100}%`;
      axisEl.prepend(mark);
    }
    this.stride = 0;
  }

  /** Draws every lane at `nowMs` on a chart `widthPx` wide; `places` are 1-based finishing places by lane. */
  render(nowMs: number, widthPx: number, places: ReadonlyArray<number | undefined>): void {
    // Built while not displayed (a collapsed ancestor), labels measured 0 px wide: measure once there is a width.
    if (!this.measured && widthPx > 0) this.measureLabels();
    const stride = tickStride(this.axis, widthPx);
    if (stride !== this.stride) {
      this.stride = stride;
      this.ticks.forEach((t, i) => t.classList.toggle('il-tick-unlabelled', i % stride !== 0));
    }
    const nowPct = `${(Math.min(nowMs, this.axis.maxMs) / this.axis.maxMs) * 100}%`;
    this.cursor.style.left = nowPct;
    this.lanes.forEach((lane, i) => {
      barSegments(lane.timeline, nowMs, this.axis.maxMs).forEach((seg, k) => {
        const view = lane.segments[k]!;
        const width = `${seg.widthPct}%`;
        if (width !== view.width) view.el.style.width = view.width = width;
        if (seg.state !== view.state) view.el.dataset.state = view.state = seg.state;
        const fit = fitLabel((seg.widthPct / 100) * widthPx, view.labelPx, view.numberPx);
        if (fit !== view.fit) {
          view.fit = fit;
          view.text.textContent = fit === 'label' ? seg.label : fit === 'number' ? String(seg.index) : '';
        }
      });
      const finish = finishPct(lane.timeline, nowMs, this.axis.maxMs);
      lane.finish.hidden = finish === undefined;
      if (finish !== undefined) lane.finish.style.left = `${finish}%`;
      const status = laneStatus(lane.timeline, nowMs);
      lane.now.hidden = status.ready || nowMs <= 0 || nowMs > this.axis.maxMs;
      lane.now.style.left = nowPct;
      if (lane.time && lane.time.textContent !== status.time) lane.time.textContent = status.time;
      if (lane.doing && lane.doing.textContent !== status.doing) lane.doing.textContent = status.doing;
      const place = places[i] ? (places[i] === 1 ? 'first' : 'second') : '';
      if (lane.place && lane.place.textContent !== place) lane.place.textContent = place;
    });
  }

  /** Measures each label once, at its natural width, so fitting it later is arithmetic. */
  private measureLabels(): void {
    this.measured = this.root.getClientRects().length > 0;
    for (const lane of this.lanes)
      for (const [k, view] of lane.segments.entries()) {
        view.text.textContent = String(k + 1);
        view.numberPx = view.text.scrollWidth;
        view.text.textContent = lane.timeline.stages[k]!.label;
        view.labelPx = view.text.scrollWidth;
        view.fit = 'label';
      }
  }
}
