/** Running a program in other namespaces (unshare, nsenter, chroot): the child process and the shell it becomes. */
import { mayFork } from '../model/cgroups';
import { rssOf } from '../model/containers';
import { endHostProcess, nextPidIn } from '../model/fork';
import { spawn } from '../model/procs';
import type { Env, NsSet } from '../model/types';
import type { Command, Ctx, Frame } from '../shell/types';

/** The namespaces of the calling shell's process (the host's for the login shell). */
export function currentNs(ctx: Ctx): NsSet {
  const proc = ctx.sim.state.procs.find((p) => p.pid === ctx.frame.shellHostPid);
  return proc?.ns ?? ctx.sim.state.hostNs;
}

/** How the program runs: as which uid inside, and whether the caller stays as its parent (`--fork`). */
export interface PlaceRun {
  uid?: number;
  keepParent?: boolean;
  /** Where the program starts (chroot changes to the new `/`). */
  cwd?: string;
  /** The tool's name for its own errors (`unshare: failed to execute x: …`). */
  tool: string;
  find: (name: string) => Command | undefined;
}

/**
 * Forks (or execs, as the tool does) `args` — default `$SHELL` — into `env` and runs it there. A shell
 * stays as a new frame that `exit` leaves; when it was PID 1 of its namespace, the kernel ends the rest.
 */
export function runInPlace(ctx: Ctx, env: Env, args: string[], o: PlaceRun): number {
  const state = ctx.sim.state;
  const prog = args.length ? args : [ctx.frame.vars.get('SHELL') ?? '/bin/sh'];
  const path = prog[0] as string;
  const comm = path.slice(path.lastIndexOf('/') + 1);
  if (!o.find(comm)) {
    ctx.err(`${o.tool}: failed to execute ${path}: No such file or directory\n`);
    return 127;
  }
  const parent = state.procs.find((p) => p.pid === ctx.frame.shellHostPid);
  const cgroup = parent?.cgroup ?? '/user.slice/user-1000.slice/session-1.scope';
  if (!mayFork(state, cgroup)) {
    ctx.err(`${o.tool}: fork failed: Resource temporarily unavailable\n`);
    return 1;
  }
  const ns = env.kind === 'host' && env.ns ? env.ns : currentNs(ctx);
  const uid = o.uid ?? ctx.uid;
  const hostUid = env.kind === 'host' && env.ns && env.ns.user !== state.hostNs.user ? (env.mapUid ?? 65534) : uid;
  const self = ctx.selfProc;
  // Without a fork the tool execve(2)s the program: the same process (PID, parent, job) becomes it.
  const child =
    !o.keepParent && self && self.container === undefined && ns.pid === self.ns.pid
      ? Object.assign(self, { uid: hostUid, comm, args: prog.join(' ').slice(0, 200), rssKiB: rssOf(comm), ns })
      : spawn(state, {
          ppid: o.keepParent && self ? self.pid : ctx.frame.shellHostPid,
          uid: hostUid,
          comm,
          args: prog.join(' ').slice(0, 200),
          rssKiB: rssOf(comm),
          vszKiB: rssOf(comm) * 2,
          tty: 'pts/0',
          ns,
          cgroup,
          ...(ns.pid !== state.hostNs.pid ? { nsPid: nextPidIn(state, ns.pid) } : {}),
        });
  const frame: Frame = {
    ...ctx.frame,
    env,
    uid,
    user: uid === 0 ? 'root' : uid === 65534 ? 'nobody' : ctx.frame.user,
    shellPid: child.nsPid ?? child.pid,
    shellHostPid: child.pid,
    jobs: undefined,
    lastBgPid: undefined,
    ...(o.cwd !== undefined ? { cwd: o.cwd } : {}),
  };
  const { code, kept } = ctx.exec(prog, {
    frame,
    proc: child,
    background: ctx.background,
    interactive: ctx.interactive,
  });
  if (kept && (o.keepParent || child === self)) ctx.keepSelf();
  if (!kept) endHostProcess(state, child.pid);
  return code;
}
