import { findContainer } from '../model/containers';
import { containerFrame, MAX_FRAMES } from '../shell/frames';
import type { Command, Frame } from '../shell/types';
import { viewOf } from '../shell/view';

/** `sh`/`bash`/`ash`: `-c LINE` runs a script; interactively it becomes a new shell you `exit` from. */
export function createShell(name: 'sh' | 'bash' | 'ash'): Command {
  return {
    name,
    usage: `${name} [-c COMMAND]`,
    summary: 'command shell',
    run(argv, ctx) {
      if (argv[1] === '-c') {
        if (argv[2] === undefined) {
          ctx.err(`${name}: -c: option requires an argument\n`);
          return 2;
        }
        return ctx.runLine(argv[2]);
      }
      if (argv[1] !== undefined && argv[1] !== '-i' && argv[1] !== '-l') {
        ctx.err(`${name}: can't open '${argv[1]}': No such file or directory\n`);
        return name === 'bash' ? 127 : 2;
      }
      if (ctx.stdin) return ctx.runLine(ctx.stdin.replace(/\n/g, ';'));
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
      const busybox = viewOf(ctx.sim, env).os.userland === 'busybox';
      const kind = name === 'bash' ? 'bash' : busybox || env.kind !== 'host' ? 'sh' : 'bash';
      let frame: Frame;
      if (env.kind === 'container') {
        const c = findContainer(ctx.sim.state, env.id);
        if (!c) return 1;
        frame = containerFrame(c, proc, kind);
      } else {
        frame = {
          ...ctx.frame,
          shell: kind,
          vars: new Map(ctx.frame.vars),
          shellPid: proc.nsPid ?? proc.pid,
          shellHostPid: env.kind === 'vm' ? 0 : proc.pid,
          cwd: ctx.frame.cwd,
        };
      }
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
