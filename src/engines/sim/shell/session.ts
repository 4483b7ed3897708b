/** The ShellSession of api.ts: history, prompt, execute and completion over a stack of shell frames. */
import type { Completion, ExecResult, ShellSession } from '../api';
import type { Sim } from '../model/types';
import { completeLine } from './complete';
import { CONSOLE_ESCAPE, consoleAttached, consoleEchoes, consoleInput, consolePrompt } from './console';
import { executeLine, pruneFrames, tick, top, type ShellCore } from './exec';
import { hostFrame } from './frames';
import { Interrupted, SIGINT_STATUS } from './interrupt';
import { Rewind } from './rewind';
import { OutputBuffer } from './output';
import type { Deadline, Env } from './types';
import { viewOf } from './view';

/** A session with access to its simulator and where its shell currently is. */
export interface SimSession extends ShellSession {
  readonly sim: Sim;
  /** The environments of the shell stack, host first. */
  location(): Env[];
  interrupt(elapsedMs: number): ExecResult;
}

/** Lines longer than this are refused like an over-long argument list (bash has no fixed limit; we bound work). */
const MAX_LINE = 16 * 1024;

/** Opens an interactive session on the host of `sim` as user learner. */
export function createShellSession(sim: Sim): SimSession {
  const core: ShellCore = {
    sim,
    frames: [hostFrame(sim)],
    hist: [],
    lastExit: 0,
    nesting: 0,
    cleared: false,
    steps: 0,
    flow: null,
    loopDepth: 0,
    subStatus: 0,
    deadline: null,
  };
  // The last line, when it took simulated time: what Ctrl+C can still interrupt.
  let last: { startMs: number; tookMs: number } | null = null;
  const rewind = new Rewind(core);
  const session: SimSession = {
    sim,
    location: () => core.frames.map((f) => f.env),
    prompt: () => promptOf(core),
    history: () => core.hist,
    complete: (line, cursor): Completion =>
      consolePrompt(core) !== null ? { start: cursor, candidates: [] } : completeLine(sim, top(core), line, cursor),
    echo: () => consoleEchoes(core),
    controlKey: (key) => (key === CONSOLE_ESCAPE && consoleAttached(core) ? session.execute(key) : null),
    execute(line: string): ExecResult {
      rewind.before();
      const startMs = sim.state.clockMs;
      const result = runLine(core, line);
      const tookMs = sim.state.clockMs - startMs;
      rewind.after(line, tookMs);
      last = tookMs > 0 ? { startMs, tookMs } : null;
      return result;
    },
    interrupt(elapsedMs: number): ExecResult {
      const job = last;
      last = null;
      // Nothing running (the line had ended): readline gets the SIGINT, and bash sets $? to 130 all the same.
      if (!job || !(elapsedMs < job.tookMs)) return { output: [], exitCode: (core.lastExit = SIGINT_STATUS) };
      // Back to before the line, then the line again up to the moment Ctrl+C was pressed (see interrupt.ts).
      const line = rewind.rewind((l) => runLine(core, l));
      if (line === null) return { output: [], exitCode: core.lastExit };
      let printedBefore = 0;
      const deadline: Deadline = { atMs: job.startMs + Math.max(0, Math.floor(elapsedMs)), pending: false };
      core.deadline = deadline;
      let replay: ExecResult;
      try {
        replay = runLine(core, line, (out) => {
          deadline.onStop = () => (printedBefore = out.text().length);
        });
      } finally {
        core.deadline = null;
      }
      // The terminal already showed what came before the interrupt; what the shell printed after it (the report
      // of an interrupted `time`) follows the `^C`.
      const after = replay.output
        .map((c) => c.text)
        .join('')
        .slice(printedBefore);
      return { output: after ? [{ text: after, delayMs: 0 }] : [], exitCode: core.lastExit };
    },
  };
  return session;
}

/** Runs one line at the prompt: the console's own input first, then the shell, then time's consequences. */
function runLine(core: ShellCore, line: string, watch?: (out: OutputBuffer) => void): ExecResult {
  const sim = core.sim;
  const out = new OutputBuffer(() => sim.state.clockMs);
  watch?.(out);
  tick(sim);
  pruneFrames(core);
  // A console's escape key, getty, login and a paused guest take the line before any shell (and its history).
  const taken = consoleInput(core, line, out);
  if (taken !== null) return { output: out.chunks, exitCode: taken };
  if (line.trim() !== '') core.hist.push(line.length > 1000 ? line.slice(0, 1000) : line);
  if (core.hist.length > 1000) core.hist.shift();
  if (line.length > MAX_LINE) {
    out.write('bash: line too long\n');
    return { output: out.chunks, exitCode: (core.lastExit = 1) };
  }
  let exitCode: number;
  try {
    exitCode = executeLine(core, line, out);
  } catch (e) {
    if (e instanceof Interrupted) {
      // SIGINT ended the foreground job: the rest of the line is abandoned, as bash does.
      exitCode = core.lastExit = e.status;
      core.flow = null;
    } else {
      // The contract says execute never throws; a bug still shows, loudly, instead of killing the terminal.
      out.write(`sim: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      exitCode = core.lastExit = 1;
    }
  }
  tick(sim);
  pruneFrames(core);
  out.finish();
  const cleared = core.cleared;
  core.cleared = false;
  return { output: out.chunks, exitCode, ...(cleared ? { clear: true } : {}) };
}

/** bash's `user@host:cwd$ `, root's `#`, and busybox sh's `/ # `. */
function promptOf(core: ShellCore): string {
  const atConsole = consolePrompt(core);
  if (atConsole !== null) return atConsole;
  const f = top(core);
  const ps1 = f.vars.get('PS1');
  if (f.shell === 'sh' && ps1 !== undefined && !ps1.includes('\\')) return ps1; // a literal PS1 (CirrOS's `$ `)
  const cwd = f.cwd === f.home ? '~' : f.cwd.startsWith(`${f.home}/`) ? `~${f.cwd.slice(f.home.length)}` : f.cwd;
  const sign = f.uid === 0 ? '#' : '$';
  if (f.dash) return `${sign} `; // dash's PS1 default: "# " for uid 0, "$ " otherwise (src/var.c, dash 0.5.12)
  if (f.shell === 'sh') return `${f.cwd} ${sign} `;
  return `${f.user}@${f.promptHost ?? viewOf(core.sim, f.env).hostname}:${cwd}${sign} `;
}
