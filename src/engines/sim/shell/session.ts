/** The ShellSession of api.ts: history, prompt, execute and completion over a stack of shell frames. */
import type { Completion, ExecResult, ShellSession } from '../api';
import type { Sim } from '../model/types';
import { completeLine } from './complete';
import { executeLine, pruneFrames, tick, top, type ShellCore } from './exec';
import { hostFrame } from './frames';
import { OutputBuffer } from './output';
import type { Env } from './types';
import { viewOf } from './view';

/** A session with access to its simulator and where its shell currently is. */
export interface SimSession extends ShellSession {
  readonly sim: Sim;
  /** The environments of the shell stack, host first. */
  location(): Env[];
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
  };
  return {
    sim,
    location: () => core.frames.map((f) => f.env),
    prompt: () => promptOf(core),
    history: () => core.hist,
    complete: (line, cursor): Completion => completeLine(sim, top(core), line, cursor),
    execute(line: string): ExecResult {
      const out = new OutputBuffer();
      if (line.trim() !== '') core.hist.push(line.length > 1000 ? line.slice(0, 1000) : line);
      if (core.hist.length > 1000) core.hist.shift();
      tick(sim);
      pruneFrames(core);
      if (line.length > MAX_LINE) {
        out.write('bash: line too long\n');
        return { output: out.chunks, exitCode: (core.lastExit = 1) };
      }
      let exitCode: number;
      try {
        exitCode = executeLine(core, line, out);
      } catch (e) {
        // The contract says execute never throws; a bug still shows, loudly, instead of killing the terminal.
        out.write(`sim: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        exitCode = core.lastExit = 1;
      }
      tick(sim);
      pruneFrames(core);
      const cleared = core.cleared;
      core.cleared = false;
      return { output: out.chunks, exitCode, ...(cleared ? { clear: true } : {}) };
    },
  };
}

/** bash's `user@host:cwd$ `, root's `#`, and busybox sh's `/ # `. */
function promptOf(core: ShellCore): string {
  const f = top(core);
  const cwd = f.cwd === f.home ? '~' : f.cwd.startsWith(`${f.home}/`) ? `~${f.cwd.slice(f.home.length)}` : f.cwd;
  const sign = f.uid === 0 ? '#' : '$';
  if (f.shell === 'sh') return `${f.cwd} ${sign} `;
  return `${f.user}@${viewOf(core.sim, f.env).hostname}:${cwd}${sign} `;
}
