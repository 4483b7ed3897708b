/**
 * The state a session's shell keeps between lines and the small pieces of running a line that need no
 * interpreter: the frame on top, bounds, `break`/`continue`, special parameters, and how errors end a line.
 */
import type { Sim } from '../model/types';
import type { List } from './ast';
import { HINT, NOT_SIMULATED_STATUS, notSimulatedLine } from '../commands/honesty';
import { ExpandError, ExpandUnsupported } from './expand';
import { RedirectError, type Io } from './redirect';
import type { Deadline, Frame } from './types';

/** Mutable state of one interactive session. */
export interface ShellCore {
  sim: Sim;
  frames: Frame[];
  hist: string[];
  lastExit: number;
  /** Guards against runaway recursion (`sudo sudo sudo …`, `time time …`, `source` of itself). */
  nesting: number;
  /** Set by `clear`; the session reports it as ExecResult.clear. */
  cleared: boolean;
  /** Simple commands run for the current line (bounded: see MAX_STEPS). */
  steps: number;
  /** A `break N` or `continue N` on its way out of the loops. */
  flow: { kind: 'break' | 'continue'; levels: number } | null;
  loopDepth: number;
  /** Status of the last command substitution, which an assignment-only command returns. */
  subStatus: number;
  /** Set while a line is replayed up to a Ctrl+C (see interrupt.ts): waits stop there. */
  deadline: Deadline | null;
}

/** Runs one simple command by name (the caller's `dispatch`); `keptRef` receives the PID of a process left running. */
export type Dispatch = (
  argv: string[],
  frame: Frame,
  io: Io,
  background: boolean,
  keptRef: { kept: boolean; pid?: number },
) => number;

/** Rounds one loop may take, and simple commands one line may run, before the simulator stops it. */
export const MAX_ITERATIONS = 1000;
export const MAX_STEPS = 10_000;

/** The whole line stops here (a loop or the line went past its bound): message and status. */
export class LineAbort {
  constructor(
    readonly message: string,
    readonly status: number,
  ) {}
}

/** The frame commands currently run in. */
export function top(core: ShellCore): Frame {
  return core.frames[core.frames.length - 1] as Frame;
}

/** A runner for one session: `core` and the injected `dispatch`. */
export interface Runtime {
  core: ShellCore;
  dispatch: Dispatch;
  /** Runs a `$( )` list in a subshell of `frame` with output to `io`; returns its status. */
  substitute(body: List, frame: Frame, io: Io): number;
}

/** Sets a shell variable; a new one is not exported until `export` says so. */
export function setVar(frame: Frame, name: string, value: string): void {
  if (!frame.vars.has(name)) (frame.unexported ??= new Set()).add(name);
  frame.vars.set(name, value);
  frame.unsetVars?.delete(name);
}

/** `break [N]` and `continue [N]` (bash builtins; XCU 2.15). */
export function loopControl(rt: Runtime, name: 'break' | 'continue', argv: string[], frame: Frame, io: Io): number {
  const arg = argv[1];
  const n = arg === undefined ? 1 : /^\d+$/.test(arg) ? Number(arg) : NaN;
  if (!(n >= 1)) {
    io.err(
      frame.shell === 'bash'
        ? `bash: ${name}: ${arg}: ${Number.isNaN(n) ? 'numeric argument required' : 'loop count out of range'}\n`
        : `sh: ${name}: Illegal number: ${arg}\n`,
    );
    return frame.shell === 'bash' ? (Number.isNaN(n) ? 128 : 1) : 2;
  }
  if (rt.core.loopDepth === 0) {
    if (frame.shell === 'bash') io.err(`bash: ${name}: only meaningful in a \`for', \`while', or \`until' loop\n`);
    return 0;
  }
  rt.core.flow = { kind: name, levels: Math.min(n, rt.core.loopDepth) };
  return 0;
}

/** Runs `f`; an expansion or redirection error, or a stopped loop, ends it with its message and status. */
export function guarded(_rt: Runtime, frame: Frame, io: Io, f: () => number): number {
  try {
    return f();
  } catch (e) {
    const sh = frame.shell;
    if (e instanceof ExpandError) {
      io.err(`${sh}: ${e[sh]}\n`);
      return e.status[sh];
    }
    if (e instanceof ExpandUnsupported) {
      io.err(notSimulatedLine(e.what, HINT.linux, e.why));
      return NOT_SIMULATED_STATUS;
    }
    if (e instanceof RedirectError) {
      io.err(`${sh}: ${e[sh]}\n`);
      return 1;
    }
    if (e instanceof LineAbort) {
      io.err(e.message);
      return e.status;
    }
    throw e;
  }
}

/** `$?`, `$$`, `$!`, `$#`, `$0`, `$HOME`, `$USER`, `$PWD`; undefined for ordinary variables. */
export function special(core: ShellCore, frame: Frame, name: string): string | undefined {
  switch (name) {
    case '?':
      return String(core.lastExit);
    case '$':
      return String(frame.shellPid);
    case '!':
      return frame.lastBgPid === undefined ? undefined : String(frame.lastBgPid);
    case '#':
      return '0';
    case '0':
      return frame.shell;
    case '@':
    case '*':
      return '';
    case 'HOME':
      return frame.vars.get('HOME') ?? (frame.unsetVars?.has('HOME') ? undefined : frame.home);
    case 'USER':
      if (frame.vars.has('USER') || frame.unsetVars?.has('USER')) return frame.vars.get('USER');
      return frame.env.kind === 'container' ? undefined : frame.user;
    case 'PWD':
      return frame.cwd;
    case 'PPID':
      return String(parentPid(core, frame));
    case 'IFS':
      return frame.vars.get('IFS') ?? ' \t\n'; // both shells start with space, tab, newline
    default:
      return frame.shell === 'bash' ? bashVariable(core, frame, name) : undefined;
  }
}

/** Variables bash itself sets (bash manual 5.2 "Bash Variables"); ash has none of these. */
function bashVariable(core: ShellCore, frame: Frame, name: string): string | undefined {
  if (frame.vars.has(name)) return undefined;
  switch (name) {
    case 'RANDOM':
      return String(core.sim.rng.int(32768)); // 0..32767, from the session's seeded generator
    case 'UID':
    case 'EUID':
      return String(frame.uid);
    case 'BASH_VERSION':
      return '5.2.37(1)-release'; // Debian 13's bash package (5.2.37-2)
    default:
      return undefined;
  }
}

/** `$PPID`: the shell's parent, numbered as its own PID namespace numbers it (0 when outside it). */
function parentPid(core: ShellCore, frame: Frame): number {
  const state = core.sim.state;
  const env = frame.env;
  if (env.kind === 'vm')
    return state.vms.find((v) => v.name === env.name)?.procs.find((p) => p.pid === frame.shellPid)?.ppid ?? 0;
  const self = state.procs.find((p) => p.pid === frame.shellHostPid);
  if (!self) return 0;
  if (env.kind === 'host') return self.ppid;
  return state.procs.find((p) => p.pid === self.ppid && p.container === env.id)?.nsPid ?? 0;
}
