import { findContainer } from '../model/containers';
import { containerFrame, MAX_FRAMES } from '../shell/frames';
import type { Command, Ctx, Frame } from '../shell/types';
import { readFile, resolvePath, STRERROR } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { NO_OPTIONS, notSimulated } from './honesty';

/** Shell options the simulator leaves to a real shell (tracing, errexit, restricted mode…). */
const UNSIMULATED = 'exvnuoOabCfhHkmtBETDr';
const LONG_UNSIMULATED = ['--norc', '--noprofile', '--posix', '--rcfile', '--init-file', '--restricted', '--verbose'];

/** Reads `-c`, `-i`, `-l`/`--login` and `-s`; the first operand is the command string (-c) or a script. */
function shellArgs(name: string, argv: string[], ctx: Ctx): { c: boolean; p: boolean; args: string[] } | number {
  let c = false;
  let p = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a.length < 2) break;
    if (a === '--login') continue;
    if (a.startsWith('--')) {
      if (LONG_UNSIMULATED.includes(a) || a === '--help' || a === '--version') return notSimulated(ctx, `${name} ${a}`);
      ctx.err(`${name}: ${a}: invalid option\n`);
      return 2;
    }
    for (const ch of a.slice(1)) {
      if (ch === 'c') c = true;
      // BusyBox ash has no -p (shell/ash.c optletters_optnames): its sh applet drops set-user-ID anyway (BB_SUID_DROP).
      else if (ch === 'p' && viewOf(ctx.sim, ctx.frame.env).os.userland !== 'busybox') p = true;
      else if (UNSIMULATED.includes(ch)) return notSimulated(ctx, `${name} -${ch}`);
      else if (!'ils'.includes(ch)) {
        ctx.err(name === 'bash' ? `bash: -${ch}: invalid option\n` : `${name}: illegal option -${ch}\n`);
        return 2;
      }
    }
  }
  return { c, p, args: argv.slice(i) };
}

/** `sh`/`bash`/`ash`: `-c LINE` or `sh FILE` runs a script; interactively it becomes a new shell you `exit` from. */
export function createShell(name: 'sh' | 'bash' | 'ash'): Command {
  return {
    name,
    usage: `${name} [-c COMMAND | FILE]`,
    summary: 'command shell',
    surface: {
      supported: ['-c', '-i', '-l', '-p', '-s', '--login'],
      notSimulated: [...UNSIMULATED].map((ch) => `-${ch}`).concat(LONG_UNSIMULATED),
    },
    run(argv, ctx) {
      const o = shellArgs(name, argv, ctx);
      if (typeof o === 'number') return o;
      // Started set-user-ID (euid ≠ uid), bash and dash set the effective uid back to the real one unless -p
      // (bash(1) "-p"; dash(1) "-p privileged"); BusyBox's copy never gets here (setuid.ts).
      const me = ctx.frame.ruid !== undefined && !o.p ? { ...ctx.frame, uid: ctx.frame.ruid, ruid: undefined } : ctx.frame; // prettier-ignore
      if (o.c) {
        if (o.args[0] === undefined) {
          ctx.err(`${name}: -c: option requires an argument\n`);
          return 2;
        }
        // `sh -c 'echo $1' a b` sets $0, $1…: positional parameters are not modelled.
        if (o.args.length > 1) return notSimulated(ctx, `${name} -c with arguments ($0, $1…)`);
        return ctx.runLine(o.args[0], me);
      }
      if (o.args[0] !== undefined) {
        const file = o.args[0];
        if (o.args.length > 1) return notSimulated(ctx, `${name} with script arguments ($1…)`);
        const res = readFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, file), ctx.selfPid, ctx.uid);
        if (res.ok) return ctx.runLine(res.text, me);
        ctx.err(
          name === 'bash'
            ? `bash: ${file}: ${STRERROR[res.errno]}\n`
            : `${name}: can't open '${file}': ${STRERROR[res.errno]}\n`,
        );
        return name === 'bash' ? (res.errno === 'ENOENT' ? 127 : 126) : 2;
      }
      if (ctx.stdin) return ctx.runLine(ctx.readStdin() ?? '');
      if (!ctx.interactive) return 0; // stdin closed: the shell reads EOF and exits 0
      const proc = ctx.selfProc;
      if (!proc) return 0;
      ctx.keepSelf();
      if (ctx.background) return 0; // detached with -i: waits on its (open) stdin
      if (ctx.depth() >= MAX_FRAMES) {
        ctx.err(`${name}: too many nested shells (the simulator stops at ${MAX_FRAMES})\n`);
        return 1;
      }
      const env = ctx.frame.env;
      const view = viewOf(ctx.sim, env);
      const kind = name === 'bash' ? 'bash' : 'sh';
      // /bin/sh is dash on Debian and Ubuntu (the dash package's /usr/bin/sh link), BusyBox ash elsewhere.
      const dash = kind === 'sh' && view.os.userland === 'gnu';
      let frame: Frame;
      if (env.kind === 'container') {
        const c = findContainer(ctx.sim.state, env.id);
        if (!c) return 1;
        frame = containerFrame(c, proc, kind, dash);
        // Under chroot onto the host's root the shell keeps that root (and starts at its `/`).
        if (env.root !== undefined) frame = { ...frame, env, cwd: '/' };
      } else {
        frame = {
          ...ctx.frame,
          shell: kind,
          dash: dash ? true : undefined,
          promptHost: view.hostname,
          vars: new Map([...ctx.frame.vars].filter(([k]) => !ctx.frame.unexported?.has(k))),
          unexported: undefined,
          jobs: undefined,
          shellPid: proc.nsPid ?? proc.pid,
          shellHostPid: env.kind === 'vm' ? 0 : proc.pid,
          cwd: ctx.frame.cwd,
        };
      }
      if (ctx.frame.ruid !== undefined) frame = { ...frame, uid: me.uid, ruid: me.ruid };
      ctx.push(frame);
      return 0;
    },
  };
}

/** `/hello`, the only program in the hello-world image (FROM scratch + one static binary). */
export const hello: Command = {
  name: 'hello',
  usage: '/hello',
  summary: 'hello-world image program',
  surface: NO_OPTIONS,
  run(_argv, ctx) {
    ctx.out(`
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`);
    return 0;
  },
};
