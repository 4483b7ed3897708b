/** Runs parsed lines: `&&`/`||`/`;`, pipes, redirections, then one command looked up by name. */
import { HINT, NOT_SIMULATED_STATUS, notSimulatedLine } from '../commands/honesty';
import { COMMANDS } from '../commands/registry';
import { findContainer, spawnInContainer, stopContainer, rssOf } from '../model/containers';
import { reap, spawn } from '../model/procs';
import { touchGuestMemory } from '../model/vms';
import type { Proc, Sim } from '../model/types';
import { OutputBuffer } from './output';
import { expandArgv, expandWord, parseLine, type ListItem, type SimpleCommand } from './parse';
import { knownProgram } from './known-programs';
import { hasTool } from './toolset';
import { endShell } from './frames';
import type { Ctx, Frame } from './types';
import { readFile, resolvePath, STRERROR, writeFile } from './vfs';
import { viewOf } from './view';

/** Mutable state of one interactive session. */
export interface ShellCore {
  sim: Sim;
  frames: Frame[];
  hist: string[];
  lastExit: number;
  /** Guards against runaway recursion (`sudo sudo sudo …`, `time time …`). */
  nesting: number;
  /** Set by `clear`; the session reports it as ExecResult.clear. */
  cleared: boolean;
}

/** Where a command's output goes. */
interface Io {
  stdin: string | null;
  out(text: string, delayMs?: number): void;
  err(text: string): void;
}

const MAX_NESTING = 40;

/** The frame commands currently run in. */
export function top(core: ShellCore): Frame {
  return core.frames[core.frames.length - 1] as Frame;
}

/** Processes that finished on their own (sleep N) go away; a container whose PID 1 ended exits. */
export function tick(sim: Sim): void {
  const now = sim.state.clockMs;
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
  const parsed = parseLine(line);
  if (!parsed.ok) {
    out.write(`${parsed.error}\n`);
    return (core.lastExit = 2);
  }
  let prev: ListItem['next'] = ';';
  for (const item of parsed.items) {
    const skip = (prev === '&&' && core.lastExit !== 0) || (prev === '||' && core.lastExit === 0);
    prev = item.next;
    if (skip) continue;
    core.lastExit = runPipeline(core, item, { stdin: null, out: (t, d) => out.write(t, d), err: (t) => out.write(t) });
  }
  return core.lastExit;
}

/** Runs `a | b | c`: each command's stdout becomes the next one's stdin; stderr goes to the terminal. */
function runPipeline(core: ShellCore, item: ListItem, sink: Io): number {
  let stdin: string | null = sink.stdin;
  let code = 0;
  item.pipeline.forEach((cmd, i) => {
    const last = i === item.pipeline.length - 1;
    let captured = '';
    const io: Io = {
      stdin,
      out: last
        ? sink.out
        : (t) => {
            captured += t;
          },
      err: sink.err,
    };
    code = runSimple(core, cmd, io, item.background);
    stdin = captured;
  });
  return code;
}

/** Variable lookup at run time: `$?`, `$$`, `$HOME`, `$USER`, `$HOSTNAME`, `$PWD`, then the frame's own. */
function lookup(core: ShellCore, frame: Frame): (name: string) => string {
  return (name) => {
    if (name === '?') return String(core.lastExit);
    if (name === '$') return String(frame.shellPid);
    if (name === 'HOME') return frame.home;
    if (name === 'USER') return frame.user;
    if (name === 'PWD') return frame.cwd;
    if (name === 'HOSTNAME') return frame.vars.get('HOSTNAME') ?? '';
    return frame.vars.get(name) ?? '';
  };
}

/** Applies redirections around one command, as the shell does before the command starts. */
function runSimple(core: ShellCore, cmd: SimpleCommand, io: Io, background: boolean): number {
  const frame = top(core);
  const look = lookup(core, frame);
  const argv = expandArgv(cmd.words, look);
  const assign = argv.length === 1 ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(argv[0] as string) : null;
  if (assign && cmd.redirects.length === 0) {
    frame.vars.set(assign[1] as string, assign[2] as string);
    return 0;
  }
  let stdout: { path: string; append: boolean; text: string } | null = null;
  let stdin = io.stdin;
  let quietErr = false;
  const fail = (path: string, errno: string): number => {
    io.err(
      frame.shell === 'bash'
        ? `bash: ${path}: ${STRERROR[errno]}\n`
        : `sh: can't ${errno === 'ENOENT' && stdout === null ? 'open' : 'create'} ${path}: ${STRERROR[errno]}\n`,
    );
    return 1;
  };
  for (const r of cmd.redirects) {
    const path = resolvePath(frame.cwd, expandWord(r.target, look));
    if (r.op === '<') {
      const res = readFile(core.sim, frame, path, frame.shellPid, frame.uid);
      if (!res.ok) return fail(path, res.errno);
      stdin = res.text;
    } else if (r.op === '2>') quietErr = true;
    else {
      const e = writeFile(core.sim, frame, path, '', true, frame.uid);
      if (e) return fail(path, e);
      stdout = { path, append: r.op === '>>', text: '' };
    }
  }
  const sink = stdout;
  const code = dispatch(core, argv, {
    frame,
    uid: frame.uid,
    background,
    interactive: true,
    io: {
      stdin,
      out: sink
        ? (t) => {
            sink.text += t;
          }
        : io.out,
      err: quietErr ? () => undefined : io.err,
    },
  });
  if (sink) writeFile(core.sim, frame, sink.path, sink.text, sink.append, frame.uid);
  return code;
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
  /** Receives whether the command kept its process alive (a shell that stayed, a background job). */
  keptRef?: { kept: boolean };
}

/** Looks the command up by name and runs it in its own (simulated) process. */
export function dispatch(core: ShellCore, argv: string[], o: RunOpts): number {
  const { frame, uid, io } = o;
  const name = argv[0];
  if (name === undefined) return 0;
  const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
  const cmd = COMMANDS.get(base);
  const sim = core.sim;
  const real = cmd ? undefined : knownProgram(viewOf(sim, frame.env), base, frame.shell);
  if (real) {
    io.err(notSimulatedLine(name, HINT.linux, `it is ${real}`));
    return NOT_SIMULATED_STATUS;
  }
  if (!cmd || (!cmd.builtin && !hasTool(sim, frame.env, cmd.name))) {
    io.err(frame.shell === 'bash' ? `bash: ${name}: command not found\n` : `sh: ${name}: not found\n`);
    return 127;
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
  const ctx: Ctx = {
    sim,
    frame,
    uid,
    selfPid: proc?.pid ?? frame.shellPid,
    ...(proc?.proc ? { selfProc: proc.proc } : {}),
    stdin: io.stdin,
    background: o.background,
    interactive: o.interactive,
    keepSelf: () => {
      kept = true;
    },
    out: io.out,
    err: io.err,
    advance: (ms) => {
      sim.state.clockMs += Math.max(0, Math.round(ms));
      touchGuestMemory(sim.state);
    },
    push: (f) => {
      core.frames.push(f);
    },
    depth: () => core.frames.length,
    run: (args, f, u) =>
      dispatch(core, args, { ...o, frame: f ?? frame, uid: u ?? uid, background: false, asProc: undefined }),
    exec: (args, x) => {
      const keptRef = { kept: false };
      const code = dispatch(core, args, {
        frame: x.frame,
        uid: x.frame.uid,
        background: x.background,
        interactive: x.interactive,
        asProc: x.proc,
        keptRef,
        io: { stdin: null, out: x.out ?? io.out, err: x.out ?? io.err },
      });
      return { code, kept: keptRef.kept };
    },
    runLine: (line, f) => runScript(core, line, f ?? frame, io),
    history: () => core.hist,
    clearScreen: () => {
      core.cleared = true;
    },
    lastStatus: () => core.lastExit,
    exitShell: (code) => exitShell(core, code),
  };
  core.nesting++;
  try {
    return cmd.run(argv, ctx);
  } finally {
    core.nesting--;
    if (o.keptRef) o.keptRef.kept = kept;
    if (proc && !kept && !o.asProc) releaseProcess(core, frame, proc.hostPid);
  }
}

/** `sh -c LINE` and scripts on stdin: parse and run in `frame`, output to the caller's streams. */
function runScript(core: ShellCore, line: string, frame: Frame, io: Io): number {
  const parsed = parseLine(line);
  if (!parsed.ok) {
    io.err(`${parsed.error.replace(/^bash/, frame.shell)}\n`);
    return 2;
  }
  let code = 0;
  let prev: ListItem['next'] = ';';
  const scriptFrame: Frame = { ...frame, script: true };
  core.frames.push(scriptFrame);
  try {
    for (const item of parsed.items) {
      const skip = (prev === '&&' && code !== 0) || (prev === '||' && code === 0);
      prev = item.next;
      if (skip) continue;
      code = core.lastExit = runPipeline(core, item, io);
      if (scriptFrame.exitCode !== undefined) return scriptFrame.exitCode;
    }
  } finally {
    const i = core.frames.lastIndexOf(scriptFrame);
    if (i >= 0) core.frames.splice(i, 1);
  }
  return code;
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
    const count = state.procs.filter((p) => p.container === c.id).length;
    if (c.config.pidsLimit > 0 && count >= c.config.pidsLimit) return 'EAGAIN';
    const p = spawnInContainer(state, c, argv.slice(0, 8), frame.shellHostPid);
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
  const p = spawn(state, {
    ppid: frame.shellHostPid,
    uid,
    comm,
    args: argv.slice(0, 8).join(' ').slice(0, 200),
    rssKiB: rssOf(comm),
    vszKiB: rssOf(comm) * 2,
    tty: 'pts/0',
  });
  return { pid: p.pid, hostPid: p.pid, proc: p };
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
