/**
 * The one module that touches xterm.js. `ShellAddon` connects a line editor to a terminal the way
 * xterm's own addons do (load it, it activates; dispose it, it lets go); `mountTerminal` builds the
 * terminal for the il-terminal element and is what that element imports lazily.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Unicode11Addon } from '@xterm/addon-unicode11';
import {
  Terminal,
  type IDisposable,
  type ITerminalAddon,
  type ITerminalInitOnlyOptions,
  type ITerminalOptions,
  type ITheme,
} from '@xterm/xterm';
import type { ExecResult, ShellSession } from '../../engines/sim/api';
import { LineEditor } from '../../engines/terminal/line-editor';
import { realTimer } from '../../engines/terminal/playback';

/** What the page gives the terminal. */
export interface MountOptions {
  session: ShellSession;
  theme: ITheme;
  reducedMotion(): boolean;
  /** Simulated ms per real ms chosen now (1 real time, 10 fast-forward, Infinity at once). */
  speed(): number;
  /** Accessible description of the input (the visible instructions' id). */
  describedBy?: string;
  onCommandDone(line: string, result: ExecResult): void;
  /** Escape pressed: the page moves focus out of the terminal. */
  onEscape(): void;
  /** The transcript changed (after every key and output chunk). */
  onTranscript(text: string): void;
}

/** A mounted terminal, as the element sees it. */
export interface TerminalHandle {
  readonly editor: LineEditor;
  setTheme(theme: ITheme): void;
  setReducedMotion(reduced: boolean): void;
  /** The chosen speed changed: a wait under way continues at the new one. */
  retime(): void;
  /** Feeds bytes to the terminal as typed keys (the on-screen key bar). */
  input(data: string): void;
  /** Columns and rows shown now. */
  size(): { cols: number; rows: number };
  focus(): void;
  dispose(): void;
}

const ROWS = 20;

/** What both terminals share: size, font, colours (readable at WCAG contrast) and the screen-reader mode. */
function lookOf(host: HTMLElement, theme: ITheme, reducedMotion: boolean): ITerminalOptions & ITerminalInitOnlyOptions {
  return {
    rows: ROWS,
    screenReaderMode: true,
    cursorBlink: !reducedMotion,
    theme,
    minimumContrastRatio: 4.5,
    fontFamily: getComputedStyle(host).fontFamily || 'monospace',
    fontSize: 14,
  };
}

/**
 * Tab stays in the terminal (completion, or the guest's own); Escape hands focus back to the page (WCAG 2.1.2), and
 * Shift+Tab is left to the browser so it moves focus backwards as everywhere else.
 */
function leaveWithEscape(term: Terminal, onEscape: () => void): void {
  term.attachCustomKeyEventHandler((ev) => {
    if (ev.key === 'Tab' && ev.shiftKey) return false;
    if (ev.key === 'Escape') {
      if (ev.type === 'keydown') onEscape();
      return false;
    }
    return true;
  });
}

/** Fits the columns to the host's width (ROWS rows always), now and whenever the host is resized. */
function fitColumns(term: Terminal, fit: FitAddon, host: HTMLElement): ResizeObserver {
  const resize = (): void => {
    const cols = fit.proposeDimensions()?.cols;
    if (cols && cols > 0 && cols !== term.cols) term.resize(cols, ROWS);
  };
  resize();
  const observer = new ResizeObserver(() => resize());
  observer.observe(host);
  return observer;
}

/** Runs a simulated shell inside an xterm.js terminal: keys in, paced output out. */
export class ShellAddon implements ITerminalAddon {
  editor: LineEditor | undefined;
  private subscriptions: IDisposable[] = [];

  constructor(private readonly opts: MountOptions) {}

  activate(term: Terminal): void {
    const { opts } = this;
    const out = {
      write: (text: string) => {
        term.write(text);
        opts.onTranscript(editor.transcript.text);
      },
      println: (text: string) => out.write(text + '\r\n'),
    };
    const editor = new LineEditor({
      session: opts.session,
      out,
      cols: () => term.cols,
      timer: realTimer,
      now: () => performance.now(),
      pacing: () => ({ speed: opts.speed() }),
      onCommandDone: (line, result) => opts.onCommandDone(line, result),
    });
    this.editor = editor;
    leaveWithEscape(term, opts.onEscape);
    this.subscriptions.push(term.onData((data) => editor.handleData(data)));
    editor.start();
  }

  dispose(): void {
    this.editor?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.subscriptions = [];
  }
}

/** Opens a terminal in `host`, as wide as the host and ROWS rows high, running the session. */
export function mountTerminal(host: HTMLElement, opts: MountOptions): TerminalHandle {
  let reduced = opts.reducedMotion();
  const term = new Terminal({
    ...lookOf(host, opts.theme, reduced),
    scrollback: 1000,
    // `term.unicode` is a proposed API in xterm.js: needed to switch to the Unicode 11 widths below.
    allowProposedApi: true,
  });
  const fit = new FitAddon();
  const shell = new ShellAddon({ ...opts, reducedMotion: () => reduced });
  term.loadAddon(fit);
  // Unicode 11 widths for emoji and CJK, the same tables the line editor measures with (engines/terminal/width.ts).
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  term.open(host);
  if (opts.describedBy) term.textarea?.setAttribute('aria-describedby', opts.describedBy);
  const observer = fitColumns(term, fit, host);
  term.loadAddon(shell);
  return {
    editor: shell.editor!,
    setTheme: (theme) => {
      term.options.theme = theme;
    },
    setReducedMotion: (value) => {
      reduced = value;
      term.options.cursorBlink = !value;
    },
    retime: () => shell.editor?.retime(),
    input: (data) => term.input(data),
    size: () => ({ cols: term.cols, rows: term.rows }),
    focus: () => term.focus(),
    dispose: () => {
      observer.disconnect();
      term.dispose();
    },
  };
}

/** What the real-kernel VM gives its terminal: bytes typed go to the guest's serial port. */
export interface SerialMountOptions {
  theme: ITheme;
  reducedMotion(): boolean;
  describedBy?: string;
  onData(data: string): void;
  onEscape(): void;
}

/** A terminal showing a serial console: the same look, size and keys as the simulated one, no line editor. */
export interface SerialHandle {
  write(text: string): void;
  /** Screen-reader mode (xterm's accessibility tree) is off while a boot log streams in, then on again. */
  setScreenReader(on: boolean): void;
  setTheme(theme: ITheme): void;
  focus(): void;
  dispose(): void;
}

/** Opens a terminal in `host` for a serial console; the guest's own shell echoes and edits the line. */
export function mountSerialTerminal(host: HTMLElement, opts: SerialMountOptions): SerialHandle {
  const term = new Terminal({
    ...lookOf(host, opts.theme, opts.reducedMotion()),
    scrollback: 5000,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(host);
  if (opts.describedBy) term.textarea?.setAttribute('aria-describedby', opts.describedBy);
  leaveWithEscape(term, opts.onEscape);
  const sub = term.onData((data) => opts.onData(data));
  const observer = fitColumns(term, fit, host);
  return {
    write: (text) => term.write(text),
    setScreenReader: (on) => {
      term.options.screenReaderMode = on;
    },
    setTheme: (theme) => {
      term.options.theme = theme;
    },
    focus: () => term.focus(),
    dispose: () => {
      observer.disconnect();
      sub.dispose();
      term.dispose();
    },
  };
}
