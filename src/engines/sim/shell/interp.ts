/**
 * Runs a parsed list (XCU 2.9, "Shell Commands"): and-or lists, pipelines, `( )` subshells, `{ }`,
 * `for`, `if`, `while`/`until`, `break`/`continue`, assignments and redirections; a simple command
 * goes to `dispatch`, which the caller injects (so this module does not import the command table).
 * Every loop is bounded so that no line can hang the page.
 */
import { HINT, NOT_SIMULATED_STATUS, notSimulatedLine } from '../commands/honesty';
import { Interrupted } from './interrupt';
import { bashReport, timesOf } from './time-report';
import type { AndOr, Command, List, Pipeline, Redirect, Word } from './ast';
import { guarded, LineAbort, loopControl, MAX_ITERATIONS, MAX_STEPS, setVar, type Runtime } from './core';
import { expandString, expandWords, type ExpandEnv } from './expand';
import { FrameExpansion } from './frame-expansion';
import { MAX_OUTPUT_CHARS } from './output';
import { applyRedirects, RedirectError, type Io } from './redirect';
import { liveJobs } from './jobs';
import type { Frame } from './types';

/** Runs a list; returns the status of the last pipeline (also `$?`). */
export function runList(rt: Runtime, list: List, frame: Frame, io: Io): number {
  let code = rt.core.lastExit;
  for (const ao of list) {
    // `exit` ended this shell (or script): the rest of the line goes with it.
    if (rt.core.flow || frame.exitCode !== undefined || !rt.core.frames.includes(frame)) break;
    code = runAndOr(rt, ao, frame, io);
  }
  return code;
}

function runAndOr(rt: Runtime, ao: AndOr, frame: Frame, io: Io): number {
  const core = rt.core;
  if (ao.background && (ao.rest.length || ao.first.commands.length > 1 || ao.first.commands[0]?.type !== 'simple')) {
    io.err(notSimulatedLine('background lists and pipelines (&)', HINT.linux, 'a single command with & works here'));
    return (core.lastExit = NOT_SIMULATED_STATUS);
  }
  let code = (core.lastExit = runPipeline(rt, ao.first, frame, io, ao.background));
  for (const { op, pipeline } of ao.rest) {
    if (core.flow || frame.exitCode !== undefined) break;
    if ((op === '&&') !== (code === 0)) continue;
    code = core.lastExit = runPipeline(rt, pipeline, frame, io, false);
  }
  return code;
}

function runPipeline(rt: Runtime, p: Pipeline, frame: Frame, io: Io, background: boolean): number {
  if (!p.timed) return runUntimed(rt, p, frame, io, background);
  // The report goes to the shell's own stderr, not the pipeline's: `time ls 2>/dev/null` still prints it.
  const start = rt.core.sim.state.clockMs;
  const posix = p.timed.posix;
  const report = () => io.err(bashReport(timesOf(rt.core.sim.state.clockMs - start), posix));
  let code: number;
  try {
    code = runUntimed(rt, p, frame, io, background);
  } catch (e) {
    // bash reports the time of a pipeline that Ctrl+C ended too, then abandons the line.
    if (e instanceof Interrupted) report();
    throw e;
  }
  report();
  return code;
}

function runUntimed(rt: Runtime, p: Pipeline, frame: Frame, io: Io, background: boolean): number {
  if (p.commands.length === 1) {
    const code = runCommand(rt, p.commands[0] as Command, frame, io, background);
    return p.bang ? Number(code === 0) : code;
  }
  let stdin = io.stdin;
  let code = 0;
  p.commands.forEach((cmd, i) => {
    const last = i === p.commands.length - 1;
    let captured = '';
    const capture = (t: string) => {
      if (captured.length < MAX_OUTPUT_CHARS) captured += t;
    };
    const stage: Io = {
      stdin,
      out: last ? io.out : capture,
      err: p.pipeStderr[i] ? capture : io.err,
      tty: last && io.tty === true,
    };
    // Each part of a pipeline runs in a subshell: `cd /tmp | cat` leaves the shell where it was, and an
    // expansion error ends that part only.
    code = subshell(rt, frame, (f) => guarded(rt, f, stage, () => runCommand(rt, cmd, f, stage, false)));
    stdin = { text: captured, pos: 0 };
  });
  return p.bang ? Number(code === 0) : code;
}

/**
 * Runs `f` in a copy of `frame` pushed as a script frame: its variables, `cd` and `exit` stay inside.
 * A `child` shell (`sh -c`) starts from the exported variables only; a subshell (`( )`, `$( )`, a
 * pipeline stage) keeps them all.
 */
export function subshell(rt: Runtime, frame: Frame, f: (frame: Frame) => number, child = false): number {
  const core = rt.core;
  const hidden = frame.unexported;
  const vars = new Map(child && hidden ? [...frame.vars].filter(([k]) => !hidden.has(k)) : frame.vars);
  const copy: Frame = { ...frame, vars, script: true, exitCode: undefined, unexported: undefined };
  if (hidden && !child) copy.unexported = new Set(hidden);
  if (child) copy.jobs = undefined;
  core.frames.push(copy);
  const flow = core.flow;
  const loops = core.loopDepth;
  core.loopDepth = 0;
  try {
    const code = f(copy);
    return copy.exitCode ?? code;
  } finally {
    core.flow = flow;
    core.loopDepth = loops;
    const i = core.frames.lastIndexOf(copy);
    if (i >= 0) core.frames.splice(i, 1);
  }
}

/** Runs one command; a redirection that fails fails this command only (status 1), as in both shells. */
function runCommand(rt: Runtime, cmd: Command, frame: Frame, io: Io, background: boolean): number {
  try {
    return runCommandUnguarded(rt, cmd, frame, io, background);
  } catch (e) {
    if (!(e instanceof RedirectError)) throw e;
    io.err(`${frame.shell}: ${e[frame.shell]}\n`);
    return 1;
  }
}

function runCommandUnguarded(rt: Runtime, cmd: Command, frame: Frame, io: Io, background: boolean): number {
  if (cmd.type === 'simple') return runSimple(rt, cmd, frame, io, background);
  const env = expandEnv(rt, frame, io);
  const inner = applyRedirects(
    rt.core.sim,
    frame,
    cmd.redirects,
    cmd.redirects.map((r) => redirectTarget(r, env, frame)),
    io,
  );
  switch (cmd.type) {
    case 'group':
      return cmd.subshell
        ? subshell(rt, frame, (f) => runList(rt, cmd.body, f, inner))
        : runList(rt, cmd.body, frame, inner);
    case 'if':
      for (const c of cmd.clauses) {
        const ok = runList(rt, c.cond, frame, inner) === 0;
        if (rt.core.flow) return rt.core.lastExit;
        if (ok) return runList(rt, c.body, frame, inner);
      }
      return cmd.otherwise ? runList(rt, cmd.otherwise, frame, inner) : 0;
    case 'for': {
      const items = expandWords(cmd.items ?? [], env);
      return loop(rt, 'for', frame, (i) => {
        if (i >= items.length) return null;
        setVar(frame, cmd.name, items[i] as string);
        return runList(rt, cmd.body, frame, inner);
      });
    }
    case 'loop':
      return loop(rt, cmd.until ? 'until' : 'while', frame, () => {
        const ok = runList(rt, cmd.cond, frame, inner) === 0;
        if (rt.core.flow || ok === cmd.until) return null;
        return runList(rt, cmd.body, frame, inner);
      });
  }
}

/** Runs rounds until `round` returns null; handles break/continue and the iteration bound. */
function loop(rt: Runtime, name: string, frame: Frame, round: (i: number) => number | null): number {
  const core = rt.core;
  let code = 0;
  core.loopDepth++;
  try {
    for (let i = 0; ; i++) {
      if (i >= MAX_ITERATIONS)
        throw new LineAbort(
          notSimulatedLine(
            name,
            HINT.linux,
            `the simulator stops a loop after ${MAX_ITERATIONS} rounds so the page never hangs; a real shell would go on`,
          ),
          NOT_SIMULATED_STATUS,
        );
      const c = round(i);
      if (core.flow) {
        const f = core.flow;
        if (f.levels > 1) {
          f.levels--;
          break;
        }
        core.flow = null;
        if (f.kind === 'break') break;
        continue;
      }
      if (c === null || frame.exitCode !== undefined) break;
      code = c;
    }
  } finally {
    core.loopDepth--;
  }
  return code;
}

/** POSIX special builtins the simulator runs (XCU 2.15); `break` and `continue` are handled here. */
const SPECIAL_BUILTINS = new Set(['export', 'unset', '.', 'eval']);

function runSimple(rt: Runtime, cmd: Extract<Command, { type: 'simple' }>, frame: Frame, io: Io, bg: boolean): number {
  const core = rt.core;
  if (++core.steps > MAX_STEPS)
    throw new LineAbort(
      notSimulatedLine(
        'this line',
        HINT.linux,
        `the simulator stops a line after ${MAX_STEPS} commands so the page never hangs`,
      ),
      NOT_SIMULATED_STATUS,
    );
  const env = expandEnv(rt, frame, io);
  core.subStatus = 0;
  const argv = literalWords(cmd.words) ?? expandWords(cmd.words, env);
  const values = cmd.assigns.map((a) => [a.name, expandString(a.value, env)] as const);
  const subStatus = core.subStatus; // `x=$(false)` leaves `$?` at 1 (XCU 2.9.1)
  const targets = cmd.redirects.map((r) => redirectTarget(r, env, frame));
  const cmdIo = applyRedirects(core.sim, frame, cmd.redirects, targets, io, argv[0]);
  if (argv.length === 0) {
    for (const [name, value] of values) setVar(frame, name, value);
    return subStatus;
  }
  const name = argv[0] as string;
  if (name === 'break' || name === 'continue') return loopControl(rt, name, argv, frame, cmdIo);
  // `NAME=value cmd`: the assignment is in the command's environment only.
  let runFrame = frame;
  if (values.length) {
    runFrame = { ...frame, vars: new Map(frame.vars) };
    for (const [n, v] of values) runFrame.vars.set(n, v);
  }
  const kept: { kept: boolean; pid?: number } = { kept: false };
  const code = rt.dispatch(argv, runFrame, cmdIo, bg, kept);
  if (runFrame !== frame)
    keepBuiltinChanges(
      frame,
      runFrame,
      values.map(([n]) => n),
    );
  // ash (POSIX 2.8.1): an error in a special builtin abandons the rest of the line.
  if (frame.shell === 'sh' && code !== 0 && code !== NOT_SIMULATED_STATUS && SPECIAL_BUILTINS.has(name))
    throw new LineAbort('', code);
  if (bg && kept.pid !== undefined) {
    frame.lastBgPid = kept.pid;
    const jobs = liveJobs(core.sim, frame);
    const id = jobs.reduce((m, j) => Math.max(m, j.id), 0) + 1;
    jobs.push({ id, pid: kept.pid, text: `${argv.join(' ')} &` });
    if (!frame.script) io.err(`[${id}] ${kept.pid}\n`); // only an interactive shell reports jobs
  }
  return code;
}

/** Expansion as seen from `frame`: its variables, the special parameters, its filesystem. */
export function expandEnv(rt: Runtime, frame: Frame, io: Io): ExpandEnv {
  return new FrameExpansion(rt, frame, io);
}

/** Runs a command substitution's list in a subshell, its output captured (`Runtime.substitute`). */
export function substitute(rt: Runtime, body: List, frame: Frame, sub: Io): number {
  return subshell(rt, frame, (f) => guarded(rt, f, sub, () => runList(rt, body, f, sub)));
}

/**
 * A redirection's file name. bash expands it as a word, patterns included, and wants exactly one
 * (bash manual 3.6: "ambiguous redirect" otherwise); ash takes the text as it is, without globbing.
 */
function redirectTarget(r: Redirect, env: ExpandEnv, frame: Frame): string {
  if (frame.shell !== 'bash' || r.op === '>&' || r.op === '<&') return expandString(r.target, env);
  const words = expandWords([r.target], env);
  if (words.length !== 1) throw new RedirectError(`${r.raw}: ambiguous redirect`, `${r.raw}: ambiguous redirect`);
  return words[0] as string;
}

/**
 * `IFS=: read a b`: the assignment lasts for the command only, but what a builtin changes in the shell
 * (the variables `read` sets, `cd`) stays, as in bash and ash.
 */
function keepBuiltinChanges(frame: Frame, ran: Frame, temporary: string[]): void {
  for (const [k, v] of ran.vars) if (!temporary.includes(k) && frame.vars.get(k) !== v) frame.vars.set(k, v);
  for (const k of [...frame.vars.keys()]) if (!temporary.includes(k) && !ran.vars.has(k)) frame.vars.delete(k);
  if (ran.unexported)
    for (const k of ran.unexported) if (!temporary.includes(k)) (frame.unexported ??= new Set()).add(k);
  frame.cwd = ran.cwd;
}

/** Words that are plain unquoted text with nothing to expand (most words are): their text, or null. */
function literalWords(words: Word[]): string[] | null {
  const out: string[] = [];
  for (const w of words) {
    const p = w.parts[0];
    if (w.parts.length !== 1 || p?.kind !== 'text' || p.quoted || /[*?[{]/.test(p.text)) return null;
    out.push(p.text);
  }
  return out;
}
