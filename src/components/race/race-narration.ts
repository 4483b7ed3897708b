import type { RaceTimeline } from '../../engines/sim/api';
import { logLines, printedCount, stageAt } from '../../engines/race/clock';
import { formatDuration, formatStamp } from '../../engines/race/format';

/** A lane's stage changed at the time drawn: to a stage id, `ready`, or `idle` (before the start). */
export interface StageChange {
  lane: number;
  id: string;
  /** The first state drawn after a rebuild: shown, never announced. */
  first: boolean;
}

interface LaneText {
  timeline: RaceTimeline;
  name: string;
  lines: ReturnType<typeof logLines>;
  printed: number;
  stageId: string | undefined;
  now: HTMLElement;
  log: HTMLElement;
}

const strong = (text: string): HTMLElement => Object.assign(document.createElement('strong'), { textContent: text });

/**
 * The race in words beside the chart: what each lane is doing now (with the stage's explanation) and its log, which
 * grows line by line under a disclosure. Reports stage changes so the element can announce them.
 */
export class RaceNarration {
  private lanes: LaneText[] = [];

  constructor(private readonly root: HTMLElement) {}

  /** Starts over with new timelines, called `names`. */
  build(timelines: readonly RaceTimeline[], names: readonly string[]): void {
    const nows = [...this.root.querySelectorAll<HTMLElement>('.il-now p')];
    const logs = [...this.root.querySelectorAll<HTMLElement>('.il-log')];
    this.root.querySelectorAll('.il-log-name').forEach((el, i) => (el.textContent = names[i]!));
    this.root.querySelectorAll('.il-log-box').forEach((el, i) => el.setAttribute('aria-label', `${names[i]} log`));
    this.lanes = timelines.map((timeline, i) => {
      logs[i]!.replaceChildren();
      return {
        timeline,
        name: names[i]!,
        lines: logLines(timeline),
        printed: 0,
        stageId: undefined,
        now: nows[i]!,
        log: logs[i]!,
      };
    });
  }

  /** Brings every lane's text up to `nowMs`; returns the lanes whose stage changed. */
  render(nowMs: number): StageChange[] {
    const changes: StageChange[] = [];
    this.lanes.forEach((lane, i) => {
      this.print(lane, nowMs);
      const t = lane.timeline;
      const stage = stageAt(t, nowMs);
      const id = nowMs >= t.readyAtMs ? 'ready' : nowMs <= 0 || !stage ? 'idle' : stage.id;
      if (id === lane.stageId) return;
      changes.push({ lane: i, id, first: lane.stageId === undefined });
      lane.stageId = id;
      if (id === 'ready') lane.now.replaceChildren(strong(`${lane.name}: ready after ${formatDuration(t.readyAtMs)}.`));
      else if (stage && id !== 'idle')
        lane.now.replaceChildren(
          strong(`${lane.name}: ${stage.label}`),
          ` (${formatDuration(stage.startMs)} to ${formatDuration(stage.endMs)}). ${stage.explanation}`,
        );
      else lane.now.replaceChildren(strong(`${lane.name}: not started.`), ' Press Play or Step.');
    });
    return changes;
  }

  private print(lane: LaneText, nowMs: number): void {
    const count = printedCount(lane.lines, nowMs);
    if (count <= lane.printed) return;
    lane.log.append(
      ...lane.lines.slice(lane.printed, count).map((line) => {
        const li = document.createElement('li');
        const stamp = Object.assign(document.createElement('span'), { className: 'il-stamp' });
        stamp.textContent = `${formatStamp(line.atMs)} `;
        li.append(stamp, line.text);
        return li;
      }),
    );
    lane.printed = count;
  }
}
