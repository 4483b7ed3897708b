import { bootMilestones, type BootMilestone } from '../../engines/real-vm/boot-log';
import type { BootMode } from '../../engines/real-vm/download';
import { checkRealGoal, type RealGoalResult } from '../../engines/real-vm/goals';
import { extractReply, parseProbe, probeCommand } from '../../engines/real-vm/probe';
import type { RealLab } from '../../schemas/real-lab';
import type { FileTable, VmHandle } from './vm-controller';
import { Checklist } from '../terminal/checklist';

interface Config {
  base: string;
  files: FileTable;
  lab?: RealLab;
}

/**
 * `<il-real-vm>`: the eager part of the real-kernel VM. Nothing is downloaded until a start button is pressed; then
 * the controller (vm-controller.ts) loads. The VM pauses when off screen or in a hidden tab, and is destroyed on
 * pagehide.
 */
export class RealVmElement extends HTMLElement {
  private vm: VmHandle | undefined;
  private visible = true;
  private requestId = 0;
  private checklist: Checklist | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private cleanups: Array<() => void> = [];
  /** ms from the click to the shell prompt (test hook and shown on the page). */
  readyMs: number | undefined;
  /** The latest goal check (test hook). */
  goalResult: RealGoalResult | undefined;
  /** Boot milestones read from the guest's dmesg once ready (test hook). */
  milestones: BootMilestone[] = [];

  /** Everything the serial console has shown (test hook). */
  get consoleText(): string {
    return this.vm?.console ?? '';
  }

  /** Types into the console (test hook; the same path as the keyboard). */
  type(data: string): void {
    this.vm?.type(data);
  }

  private get config(): Config {
    return JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as Config;
  }

  connectedCallback(): void {
    if (this.dataset.state) return;
    this.dataset.state = 'idle';
    this.querySelectorAll<HTMLButtonElement>('.il-vm-start').forEach((b) => {
      b.hidden = false;
      b.addEventListener('click', () => void this.start(b.dataset.mode as BootMode));
    });
    this.querySelector<HTMLElement>('.il-vm-nojs')?.setAttribute('hidden', '');
    this.querySelector<HTMLButtonElement>('.il-vm-check')?.addEventListener(
      'click',
      () => void this.check().catch(() => this.say('The VM did not answer the check. Is it paused?')),
    );
  }

  disconnectedCallback(): void {
    this.stop();
  }

  private stop(): void {
    this.cleanups.forEach((c) => c());
    this.cleanups = [];
    this.vm?.destroy();
    this.vm = undefined;
  }

  private async start(mode: BootMode): Promise<void> {
    if (this.dataset.state !== 'idle') return;
    this.dataset.state = 'loading';
    this.querySelectorAll<HTMLButtonElement>('.il-vm-start').forEach((b) => (b.disabled = true));
    const bar = this.querySelector<HTMLProgressElement>('.il-vm-progress progress')!;
    const label = this.querySelector<HTMLElement>('.il-vm-progress-text')!;
    this.querySelector<HTMLElement>('.il-vm-progress')!.hidden = false;
    const screen = this.querySelector<HTMLElement>('.il-vm-screen')!;
    screen.hidden = false;
    try {
      const { startVm } = await import('./vm-controller');
      const { base, files } = this.config;
      this.vm = await startVm(
        this,
        screen,
        { base, files, mode, describedBy: `${this.id}-keys` },
        {
          progress: (fraction, text) => {
            bar.value = fraction;
            label.textContent = text;
          },
          ready: (ms) => this.ready(ms, mode),
          escape: () => this.querySelector<HTMLElement>('.il-vm-after button, .il-vm-after summary')?.focus(),
          line: () => this.scheduleCheck(),
        },
      );
      this.watchVisibility();
    } catch (err) {
      this.dataset.state = 'error';
      label.textContent = `The VM could not start (${String(err)}). Reload the page to try again.`;
      label.classList.add('il-error');
      throw err;
    }
  }

  private ready(ms: number, mode: BootMode): void {
    this.readyMs = ms;
    this.dataset.state = 'ready';
    const how = mode === 'resume' ? 'resumed from the snapshot' : 'booted';
    this.querySelector<HTMLElement>('.il-vm-progress-text')!.textContent =
      `Shell ready: ${how} in ${(ms / 1000).toFixed(1)} s. Type into the terminal; Esc leaves it.`;
    this.querySelector<HTMLElement>('.il-vm-after')!.hidden = false;
    this.vm?.focus();
    if (this.querySelector('.il-vm-timeline')) void this.readBootLog().catch(() => undefined);
  }

  /** Runs on: on screen and in a visible tab. Off either, the emulator stops and frees the CPU. */
  private watchVisibility(): void {
    const apply = (): void => {
      const on = this.visible && document.visibilityState === 'visible';
      if (on) this.vm?.resume();
      else this.vm?.pause();
      this.dataset.running = String(on);
    };
    const io = new IntersectionObserver((entries) => {
      this.visible = entries.some((e) => e.isIntersecting);
      apply();
    });
    io.observe(this);
    document.addEventListener('visibilitychange', apply);
    const leave = (): void => this.stop();
    addEventListener('pagehide', leave);
    this.cleanups.push(
      () => io.disconnect(),
      () => document.removeEventListener('visibilitychange', apply),
      () => removeEventListener('pagehide', leave),
    );
  }

  private scheduleCheck(): void {
    if (!this.config.lab) return;
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(
      () => void this.check().catch(() => this.say('The VM did not answer the check.')),
      800,
    );
  }

  /** Asks the guest for its state on ttyS1 and marks each goal part. */
  async check(): Promise<RealGoalResult | undefined> {
    const lab = this.config.lab;
    if (!lab || !this.vm) return undefined;
    const id = ++this.requestId;
    const reply = await this.vm.ask(probeCommand(id), (out) => extractReply(out, id));
    if (id !== this.requestId) return this.goalResult; // a newer check is under way
    const result = checkRealGoal(parseProbe(reply), lab.goal);
    this.goalResult = result;
    this.checklist ??= new Checklist(this.querySelector<HTMLUListElement>('.il-goal'));
    this.checklist.update(result.parts, result.done);
    this.say(
      result.done
        ? 'Lab complete: every part of the goal is met on the real kernel.'
        : `${result.parts.filter((p) => p.met).length} of ${result.parts.length} goal parts met.`,
    );
    if (result.done) this.dataset.goal = 'done';
    return result;
  }

  /** Tells screen readers what the last check found (the goal list shows it on screen). */
  private say(text: string): void {
    this.querySelector('.il-live')!.textContent = text;
  }

  /** Reads the kernel's own log (dmesg) on ttyS1 and fills the boot timeline. */
  private async readBootLog(): Promise<void> {
    if (!this.vm) return;
    const id = ++this.requestId;
    const log = await this.vm.ask(`echo "@@BEGIN ${id}@@"; dmesg; echo "@@END ${id}@@"\n`, (out) =>
      extractReply(out, id),
    );
    this.milestones = bootMilestones(log);
    const body = this.querySelector<HTMLElement>('.il-vm-timeline tbody')!;
    body.replaceChildren(
      ...this.milestones.map((m) => {
        const row = document.createElement('tr');
        const cells = [m.label, `${m.seconds.toFixed(3)} s`, m.line.slice(0, 90)];
        cells.forEach((text, i) => {
          const cell = document.createElement(i === 0 ? 'th' : 'td');
          if (i === 0) cell.setAttribute('scope', 'row');
          if (i === 2) cell.className = 'il-vm-logline';
          cell.textContent = text;
          row.append(cell);
        });
        return row;
      }),
    );
    this.querySelector<HTMLElement>('.il-vm-timeline')!.hidden = false;
  }
}

if (!customElements.get('il-real-vm')) customElements.define('il-real-vm', RealVmElement);
