/** Runs parsed lines (see interp.ts) and one command looked up by name, in its own simulated process. */
import { HINT, NOT_SIMULATED_STATUS, notSimulatedLine } from '../commands/honesty';
import { COMMANDS } from '../commands/registry';
import { cgroupOf, findContainer, spawnInContainer, stopContainer, rssOf } from '../model/containers';
import { mayFork } from '../model/cgroups';
import { forkOnHost } from '../model/fork';
import { reap } from '../model/procs';
import { touchGuestMemory } from '../model/vms';
import type { Proc, Sim } from '../model/types';
import { advanceClock, endIfPending } from './interrupt';
import { guarded, top, type Runtime, type ShellCore } from './core';
import { runList, subshell, substitute } from './interp';
import { OutputBuffer } from './output';
import { parseLine, ShellSyntaxError } from './parse';
import type { Io } from './redirect';
import { knownProgram } from './known-programs';
import { kernelUid } from './host-place';
import { notFound, programName } from './not-found';
import { copiedProgram } from './setuid';
import { endHostProcess } from '../model/fork';
import { hasTool, unmodelledInImage } from './toolset';
import { endShell } from './frames';
import type { Ctx, Frame } from './types';
import { viewOf } from './view';

export { top, type ShellCore };

const MAX_NESTING = 40;

/** Processes that finished on their own (sleep N) go away; a container whose PID 1 ended exits. */
export function tick(sim: Sim): void {
  const now = sim.state.clockMs;
  // A host program that ends takes its waiting parent (sudo, unshare --fork, nsenter) and, as a PID 1, its namespace.
  for (const p of sim.state.procs.filter((x) => x.endsAtMs !== undefined && x.endsAtMs <= now && !x.container))
    endHostProcess(sim.state, p.pid);
  const done = reap(sim.state, (p) => p.endsAtMs !== undefined && p.endsAtMs <= now);
  for (const p of done) {
    const c = p.nsPid === 1 && p.container ? findContainer(sim.state, p.container) : undefined;
    if (c) stopContainer(sim.state, c, 0);
  }
  for (const vm of sim.state.vms)
    if (vm.pausedAtMs === null) vm.procs = vm.procs.filter((p) => p.endsAtMs === undefined || p.endsAtMs > now);
  touchGuestMemory(sim.state);
}

/** Drops frames whose environment is gone (container stopped, VM destroyed): that shell died. */
export function pruneFrames(core: ShellCore): void {
  const state = core.sim.state;
  const alive = (f: Frame): boolean => {
    if (f.env.kind === 'container') {
      const id = f.env.id;
      return state.procs.some((p) => p.pid === f.shellHostPid && p.container === id);
    }
    if (f.env.kind === 'vm') {
      // A console lives as long as the domain runs; a shell on it as long as its login session and its process
      // (a reboot ends both, and the new boot may hand the same PID to another program).
      const name = f.env.name;
      const vm = state.vms.find((v) => v.name === name && v.running);
      if (!vm) return false;
      return f.serial === true || (vm.serial.loginPid !== null && vm.procs.some((p) => p.pid === f.shellPid));
    }
    return true;
  };
  const firstDead = core.frames.findIndex((f) => !alive(f));
  if (firstDead > 0) core.frames.length = firstDead;
}

/** Runs one whole line; returns its exit status (also stored as `$?`). */
export function executeLine(core: ShellCore, line: string, out: OutputBuffer): number {
  core.steps = 0;
  core.flow = null;
  core.loopDepth = 0;
  const frame = top(core);
  const io: Io = { stdin: null, out: (t, d) => out.write(t, d), err: (t) => out.write(t), tty: true };
  const code = runText(core, line, frame, io, true);
  core.flow = null;
  return (core.lastExit = code);
}

/**
 * Parses `text` and runs it in `frame`; a syntax error is reported as `frame`'s shell words it. Nothing
 * to run returns 0 (an empty script), or leaves `$?` as it was for an empty interactive line.
 */
function runText(core: ShellCore, text: string, frame: Frame, io: Io, interactive = false, label?: string): number {
  const parsed = parseLine(text, frame.shell);
  if (!parsed.ok) {
    const e = parsed.error;
    if (e instanceof ShellSyntaxError) {
      // At the prompt bash words an `eval` error like its own; ash names the builtin.
      io.err(label && frame.shell === 'sh' ? `sh: ${label}: ${e.sh}\n` : `${frame.shell}: ${e[frame.shell]}\n`);
      return 2;
    }
    io.err(notSimulatedLine(e.what, HINT.linux, e.why));
    return NOT_SIMULATED_STATUS;
  }
  if (parsed.list.length === 0) return interactive ? core.lastExit : 0;
  const rt = runtime(core);
  return guarded(rt, frame, io, () => runList(rt, parsed.list, frame, io));
}

/** The interpreter's view of the session, with `dispatch` injected. */
function runtime(core: ShellCore): Runtime {
  const rt: Runtime = {
    core,
    dispatch: (argv, frame, io, background, keptRef) =>
      dispatch(core, argv, { frame, uid: frame.uid, io, background, interactive: true, keptRef }),
    substitute: (body, frame, io) => substitute(rt, body, frame, io),
  };
  return rt;
}

/** How one command is to run: where, as whom, and whether it gets a new process or is exec'd into one. */
export interface RunOpts {
  frame: Frame;
  uid: number;
  io: Io;
  background: boolean;
  interactive: boolean;
  /** Exec into this existing process (a container's PID 1) instead of forking a new one. */
  asProc?: Proc;
  /** Receives whether the command kept its process alive (a shell that stayed, a background job), and its PID. */
  keptRef?: { kept: boolean; pid?: number };
}

/** Looks the command up by name and runs it in its own (simulated) process. */
export function dispatch(core: ShellCore, argv: string[], o: RunOpts): number {
  const { io } = o;
  let { frame, uid } = o;
  const name = argv[0];
  if (name === undefined) return 0;
  let base = programName(frame.cwd, name);
  // A program a Dockerfile copied under a new name (and perhaps made set-user-ID) runs as the original.
  const copied = base === undefined ? undefined : copiedProgram(core.sim, frame, uid, base);
  if (copied && 'appletNotFound' in copied) {
    io.err(`${base}: applet not found\n`);
    return 127;
  }
  if (copied) ({ program: base, frame, uid } = copied);
  const cmd = base === undefined ? undefined : COMMANDS.get(base);
  const sim = core.sim;
  const real =
    cmd || base === undefined
      ? undefined
      : (knownProgram(viewOf(sim, frame.env), base, frame.shell) ?? unmodelledInImage(sim, frame.env, base));
  if (real) {
    io.err(notSimulatedLine(name, HINT.linux, `it is ${real}`));
    return NOT_SIMULATED_STATUS;
  }
  if (!cmd || (!cmd.builtin && !hasTool(sim, frame.env, cmd.name))) {
    const why = notFound(sim, frame, name);
    io.err(why.line);
    return why.status;
  }
  if (core.nesting >= MAX_NESTING) {
    io.err(`${frame.shell}: maximum nesting level exceeded\n`);
    return 1;
  }
  const proc: Forked | 'EAGAIN' | null = o.asProc
    ? { pid: o.asProc.nsPid ?? o.asProc.pid, hostPid: o.asProc.pid, proc: o.asProc }
    : cmd.builtin
      ? null
      : forkProcess(core, frame, uid, argv);
  if (proc === 'EAGAIN') {
    io.err(
      frame.shell === 'bash'
        ? 'bash: fork: retry: Resource temporarily unavailable\nbash: fork: Resource temporarily unavailable\n'
        : "sh: can't fork: Resource temporarily unavailable\n",
    );
    return 254;
  }
  let kept = false;
  // A command that reads its standard input (cat, wc, sh…) reads it to the end; `read` takes one line.
  const input = io.stdin;
  let touched = false;
  const rest = input ? input.text.slice(input.pos) : null;
  const ctx: Ctx = {
    sim,
    frame,
    uid,
    selfPid: proc?.pid ?? frame.shellPid,
    ...(proc?.proc ? { selfProc: proc.proc } : {}),
    stdin: rest,
    readStdin: () => {
      touched = true;
      return rest;
    },
    readLine: () => {
      if (!input) return undefined;
      if (input.pos >= input.text.length) return null;
      const nl = input.text.indexOf('\n', input.pos);
      const end = nl < 0 ? input.text.length : nl;
      const line = input.text.slice(input.pos, end);
      input.pos = nl < 0 ? end : nl + 1;
      return { line, newline: nl >= 0 };
    },
    stdoutTty: io.tty === true,
    background: o.background,
    interactive: o.interactive,
    keepSelf: () => {
      kept = true;
    },
    out: io.out,
    err: io.err,
    advance: (ms, how) => {
      advanceClock(sim.state, core.deadline, ms, how);
      // What ends while time passes ends now, not at the next prompt: `sleep 4; jobs` sees a 3 s job done.
      tick(sim);
    },
    push: (f) => {
      core.frames.push(f);
    },
    depth: () => core.frames.length,
    run: (args, f, u) =>
      dispatch(core, args, { ...o, frame: f ?? frame, uid: u ?? uid, background: false, asProc: undefined }),
    runChild: (args, f, u) => {
      const keptRef = { kept: false };
      const parentPid = proc && proc.hostPid > 0 && f.env.kind === 'host' ? proc.hostPid : f.shellHostPid;
      const code = dispatch(core, args, {
        ...o,
        frame: { ...f, shellHostPid: parentPid },
        uid: u,
        asProc: undefined,
        keptRef,
      });
      if (keptRef.kept) kept = true;
      return code;
    },
    exec: (args, x) => {
      const keptRef = { kept: false };
      const code = dispatch(core, args, {
        frame: x.frame,
        uid: x.frame.uid,
        background: x.background,
        interactive: x.interactive,
        asProc: x.proc,
        keptRef,
        // A process without a controlling terminal (no -t) writes to a pipe, not a tty.
        io: { stdin: null, out: x.out ?? io.out, err: x.out ?? io.err, tty: x.proc.tty !== '?' },
      });
      return { code, kept: keptRef.kept };
    },
    runLine: (line, f) => subshell(runtime(core), f ?? frame, (sf) => runText(core, line, sf, io), true),
    source: (text, label) => runText(core, text, frame, io, false, label),
    history: () => core.hist,
    clearScreen: () => {
      core.cleared = true;
    },
    lastStatus: () => core.lastExit,
    exitShell: (code) => exitShell(core, code),
  };
  core.nesting++;
  try {
    const code = cmd.run(argv, ctx);
    endIfPending(core.deadline);
    return code;
  } finally {
    core.nesting--;
    if (touched && input) input.pos = input.text.length;
    if (o.keptRef) {
      o.keptRef.kept = kept;
      if (kept && proc && !o.asProc) o.keptRef.pid = proc.pid;
    }
    if (proc && !kept && !o.asProc) releaseProcess(core, frame, proc.hostPid);
  }
}

/** A forked process: its PID inside the environment and on the host (0 inside a VM). */
interface Forked {
  pid: number;
  hostPid: number;
  proc?: Proc;
}

/** fork+exec of an external program; in a container the pids cgroup may refuse (EAGAIN). */
function forkProcess(core: ShellCore, frame: Frame, uid: number, argv: string[]): Forked | 'EAGAIN' {
  const state = core.sim.state;
  const comm = (argv[0] as string).split('/').pop() as string;
  const env = frame.env;
  if (env.kind === 'container') {
    const c = findContainer(state, env.id);
    if (!c) return { pid: frame.shellPid, hostPid: 0 };
    if (!mayFork(state, cgroupOf(c.id))) return 'EAGAIN';
    const p = spawnInContainer(state, c, argv.slice(0, 8), frame.shellHostPid);
    // The process runs as its shell's user (the image's USER too), and a set-user-ID program's as euid 0 (setuid.ts).
    p.uid = uid;
    if (frame.ruid !== undefined && frame.ruid !== uid) p.ruid = frame.ruid;
    return { pid: p.nsPid ?? 0, hostPid: p.pid, proc: p };
  }
  if (env.kind === 'vm') {
    const vm = state.vms.find((v) => v.name === env.name);
    if (!vm) return { pid: frame.shellPid, hostPid: 0 };
    const pid = Math.max(...vm.procs.map((p) => p.pid), 900) + 1;
    const proc: Proc = {
      pid,
      ppid: frame.shellPid,
      uid,
      comm,
      args: argv.slice(0, 8).join(' '),
      rssKiB: rssOf(comm),
      vszKiB: rssOf(comm) * 2,
      startMs: state.clockMs,
      tty: 'ttyS0',
      ns: state.hostNs,
      cgroup: '/user.slice',
    };
    vm.procs.push(proc);
    return { pid, hostPid: -pid, proc };
  }
  const p = forkOnHost(state, frame.shellHostPid, {
    uid: kernelUid(state, frame.env, uid),
    comm,
    args: argv.join(' ').slice(0, 200),
    rssKiB: rssOf(comm),
    vszKiB: rssOf(comm) * 2,
    tty: 'pts/0',
  });
  if (p === 'EAGAIN') return p;
  return { pid: p.nsPid ?? p.pid, hostPid: p.pid, proc: p };
}

/** The command's process exits. */
function releaseProcess(core: ShellCore, frame: Frame, hostPid: number): void {
  if (hostPid > 0) reap(core.sim.state, (p) => p.pid === hostPid);
  else if (hostPid < 0 && frame.env.kind === 'vm') {
    const name = frame.env.name;
    const vm = core.sim.state.vms.find((v) => v.name === name);
    if (vm) vm.procs = vm.procs.filter((p) => p.pid !== -hostPid);
  }
}

/** Leaves the current nested shell; returns false on the host's login shell, which the course keeps open. */
function exitShell(core: ShellCore, code: number): boolean {
  const current = top(core);
  if (current.script) {
    current.exitCode = code;
    return true;
  }
  if (core.frames.length <= 1) return false;
  const frame = core.frames.pop() as Frame;
  endShell(core.sim, frame, code);
  pruneFrames(core);
  return true;
}
