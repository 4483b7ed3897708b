import type { ExecResult, ShellSession } from '../sim/api';
import { applyCompletion, formatColumns } from './complete';
import { HistoryCursor } from './history';
import { parseInput, type KeyAction } from './keymap';
import { LineBuffer } from './line';
import { speedOf, type PacingOptions } from './pacing';
import type { Timer } from './playback';
import { appendText, cursorOffset, moveCursor, printPrompt, redrawLine, type LineView } from './render';
import { TimedPlayback } from './timed-playback';
import { Transcript } from './transcript';
import type { Output } from './tty';
import { advanceCells } from './width';

/** What the editor is wired to: a shell session, a terminal, a clock and the page's preferences. */
export interface LineEditorDeps {
  session: ShellSession;
  out: Output;
  /** Current terminal width in cells (it changes when the page is resized). */
  cols(): number;
  timer: Timer;
  /** Real milliseconds (performance.now): how far into a wait Ctrl+C or a change of speed came. */
  now?(): number;
  /** Read at every wait, so a change of prefers-reduced-motion applies at once. */
  pacing(): PacingOptions;
  /** Called once a command's output has finished playing (or was interrupted). */
  onCommandDone?(line: string, result: ExecResult): void;
}

const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

/** Readline for the simulated shell: turns keystrokes into edits, runs lines, plays their output. */
export class LineEditor {
  /** Plain text of everything shown, for the transcript panel and tests. */
  readonly transcript = new Transcript();
  private readonly line = new LineBuffer();
  private readonly history: HistoryCursor;
  private promptWidth = 0;
  private prompt = '';
  private at = 0;
  private lastWasTab = false;
  private playback: TimedPlayback | undefined;
  private queued: KeyAction[] = [];
  /** True while the session reads a secret (login's `Password: `): typed keys are kept but not shown. */
  private secret = false;

  constructor(private readonly deps: LineEditorDeps) {
    this.history = new HistoryCursor(() => deps.session.history());
  }

  /** True while a command's output is still playing; typed keys wait until it ends. */
  get busy(): boolean {
    return this.playback?.active ?? false;
  }

  /** Prints the first prompt. */
  start(): void {
    this.showPrompt();
  }

  /** Handles one `onData` string from the terminal: a key, a sequence or a paste. */
  handleData(data: string): void {
    const actions = parseInput(data);
    if (this.busy && actions.some((a) => a.type === 'interrupt')) {
      // Ctrl+C stops playback and, as in a real tty, throws away keys typed ahead.
      this.queued = [];
      this.playback!.interrupt();
      return;
    }
    this.queued.push(...actions);
    this.drainQueue();
  }

  /** The chosen speed changed: a wait under way continues at the new one. */
  retime(): void {
    this.playback?.retime();
  }

  /** Stops any playback without further output (the element is going away). */
  dispose(): void {
    this.queued = [];
    this.playback?.interrupt();
  }

  private view(): LineView {
    const before = this.line.beforeCursor;
    return { promptWidth: this.promptWidth, before, after: this.line.text.slice(before.length) };
  }

  private redraw(): void {
    const { seq, at } = redrawLine(this.at, this.view(), this.deps.cols());
    this.transcript.setPending(this.prompt + this.line.text);
    this.at = at;
    this.deps.out.write(seq);
  }

  private moveTo(): void {
    const at = cursorOffset(this.view(), this.deps.cols());
    this.deps.out.write(moveCursor(this.at, at, this.deps.cols()));
    this.at = at;
  }

  private showPrompt(): void {
    this.prompt = this.deps.session.prompt();
    this.secret = this.deps.session.echo?.() === false;
    const { seq, promptWidth } = printPrompt(this.prompt);
    this.promptWidth = promptWidth;
    this.at = promptWidth;
    this.line.set('');
    this.history.reset();
    this.transcript.setPending(this.prompt);
    this.deps.out.write(seq);
  }

  /** Leaves the cursor after the line's end and starts a fresh row. */
  private leaveLine(suffix = ''): void {
    const cols = this.deps.cols();
    const end = advanceCells(this.promptWidth, this.line.text, cols);
    // A line that exactly fills its last row already left the cursor on a fresh row.
    const onFreshRow = end > 0 && end % cols === 0 && !suffix;
    this.transcript.commitPending(suffix);
    this.deps.out.write(moveCursor(this.at, end, cols) + suffix + (onFreshRow ? '' : '\r\n'));
  }

  private apply(action: KeyAction): void {
    if (this.secret && this.applySecret(action)) return;
    const tab = action.type === 'tab';
    const wasTab = this.lastWasTab;
    this.lastWasTab = tab;
    const line = this.line;
    switch (action.type) {
      case 'insert':
        if (line.cursor === line.length) {
          line.insert(action.text);
          const { seq, at } = appendText(this.at, action.text, this.deps.cols());
          this.transcript.setPending(this.prompt + line.text);
          this.at = at;
          this.deps.out.write(seq);
        } else {
          line.insert(action.text);
          this.redraw();
        }
        return;
      case 'enter':
        return this.submit(line.text);
      case 'backspace':
        if (line.backspace()) this.redraw();
        return;
      case 'delete':
        if (line.delete()) this.redraw();
        return;
      case 'eof':
        if (line.length === 0) return this.submit('exit');
        if (line.delete()) this.redraw();
        return;
      case 'left':
      case 'right':
        if (line.move(action.type === 'left' ? -1 : 1)) this.moveTo();
        return;
      case 'word-left':
        if (line.wordLeft()) this.moveTo();
        return;
      case 'word-right':
        if (line.wordRight()) this.moveTo();
        return;
      case 'home':
        if (line.home()) this.moveTo();
        return;
      case 'end':
        if (line.end()) this.moveTo();
        return;
      case 'kill-before':
        if (line.killBefore()) this.redraw();
        return;
      case 'kill-after':
        if (line.killAfter()) this.redraw();
        return;
      case 'kill-word-before':
        if (line.killWordBefore()) this.redraw();
        return;
      case 'up':
      case 'down': {
        const text = action.type === 'up' ? this.history.up(line.text) : this.history.down();
        if (text === undefined) return;
        line.set(text);
        return this.redraw();
      }
      case 'tab':
        return this.complete(wasTab);
      case 'interrupt':
        this.leaveLine('^C');
        this.deps.session.interrupt?.(Infinity); // bash sets $? to 130
        return this.showPrompt();
      case 'clear':
        this.deps.out.write(CLEAR_SCREEN + printPrompt(this.prompt).seq);
        this.at = this.promptWidth;
        return this.redraw();
      case 'detach':
        return this.detach();
      case 'escape':
        return;
    }
  }

  /**
   * Keys at a prompt that does not echo (the tty's echo is off): text and erasing change the hidden line, Enter
   * sends it, Ctrl+C and Ctrl+] act as usual; cursor keys, history and completion do nothing. Returns false
   * for the keys the ordinary handling takes.
   */
  private applySecret(action: KeyAction): boolean {
    switch (action.type) {
      case 'insert':
        this.line.insert(action.text);
        return true;
      case 'backspace':
        this.line.backspace();
        return true;
      case 'kill-before':
        this.line.killBefore();
        return true;
      case 'enter': {
        const text = this.line.text;
        this.line.set('');
        this.transcript.commitPending('');
        this.deps.out.write('\r\n');
        this.play('', this.deps.session.execute(text));
        return true;
      }
      case 'interrupt':
      case 'detach':
        this.line.set('');
        return false;
      default:
        return true;
    }
  }

  /**
   * Ctrl+]: the session may take it (virsh console detaches; what was typed went to the guest, which echoed it,
   * so it stays on screen); otherwise nothing happens, as in bash, whose readline binds it to a character search.
   */
  private detach(): void {
    const result = this.deps.session.controlKey?.('\x1d');
    if (!result) return;
    this.leaveLine();
    this.play('', result);
  }

  private complete(repeated: boolean): void {
    const before = this.line.beforeCursor;
    const text = this.line.text;
    const outcome = applyCompletion(text, before.length, this.deps.session.complete(text, before.length), repeated);
    if (outcome.kind === 'insert') {
      this.line.set(outcome.line);
      this.line.move(Array.from(outcome.line.slice(outcome.cursor)).length * -1);
      this.redraw();
    } else if (outcome.kind === 'list') {
      this.leaveLine();
      const listing = formatColumns(outcome.candidates, this.deps.cols());
      this.transcript.append(listing + '\n');
      this.deps.out.println(listing.replace(/\n/g, '\r\n'));
      const { seq } = printPrompt(this.prompt);
      this.deps.out.write(seq);
      this.at = this.promptWidth;
      this.redraw();
    }
  }

  private submit(text: string): void {
    if (text !== this.line.text) {
      this.line.set(text);
      this.redraw();
    }
    this.leaveLine();
    if (text.trim() === '') return this.showPrompt();
    this.play(text, this.deps.session.execute(text));
  }

  /** Plays a line's result, then shows the next prompt. */
  private play(text: string, result: ExecResult): void {
    if (result.clear) this.deps.out.write(CLEAR_SCREEN);
    let endsWithNewline = true;
    const print = (chunk: string): void => {
      if (!chunk) return;
      this.transcript.append(chunk);
      this.deps.out.write(chunk.replace(/\r?\n/g, '\r\n'));
      endsWithNewline = chunk.endsWith('\n');
    };
    const clock = {
      timer: this.deps.timer,
      now: () => this.deps.now?.() ?? 0,
      speed: () => speedOf(this.deps.pacing()),
    };
    this.playback = new TimedPlayback(result.output, clock, print, (interrupted, elapsedMs) => {
      let final = result;
      if (interrupted) {
        // SIGINT to the foreground job at that moment: the engine undoes what came after (status 130).
        final = this.deps.session.interrupt?.(elapsedMs) ?? result;
        print('^C\n');
        if (final !== result) for (const chunk of final.output) print(chunk.text);
      } else if (!endsWithNewline) print('\n');
      this.deps.onCommandDone?.(text, final);
      this.showPrompt();
      this.drainQueue();
    });
    this.playback.start();
  }

  /** Applies queued actions until one starts a command whose output is still playing. */
  private drainQueue(): void {
    while (!this.busy && this.queued.length > 0) this.apply(this.queued.shift()!);
  }
}
