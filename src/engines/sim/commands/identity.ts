/** Who and where am I: hostname, whoami, id. */
import { viewOf } from '../shell/view';
import type { Command } from '../shell/types';

/** `hostname [NAME]`: prints the UTS hostname; setting it needs CAP_SYS_ADMIN in the UTS namespace's owner. */
export const hostname: Command = {
  name: 'hostname',
  usage: 'hostname [NAME]',
  summary: 'show or set the host name',
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const name = argv[1];
    if (name === undefined) {
      ctx.out(`${v.hostname}\n`);
      return 0;
    }
    if (name.startsWith('-')) {
      ctx.out(`${v.hostname}\n`);
      return 0;
    }
    const busybox = v.os.userland === 'busybox';
    if (ctx.uid !== 0) {
      ctx.err(
        busybox
          ? 'hostname: sethostname: Operation not permitted\n'
          : 'hostname: you must be root to change the host name\n',
      );
      return 1;
    }
    const c = v.container;
    if (c && !c.config.caps.includes('SYS_ADMIN')) {
      ctx.err(busybox ? 'hostname: sethostname: Operation not permitted\n' : 'hostname: Operation not permitted\n');
      return 1;
    }
    // Each environment has its own UTS namespace (or its own kernel): only its name changes.
    if (c) c.hostname = name;
    else if (v.vm) v.vm.hostname = name;
    else ctx.sim.state.hostname = name;
    return 0;
  },
};

/** `whoami`: the effective user. */
export const whoami: Command = {
  name: 'whoami',
  usage: 'whoami',
  summary: 'print effective user name',
  run(_argv, ctx) {
    ctx.out(`${ctx.uid === 0 ? 'root' : ctx.frame.user}\n`);
    return 0;
  },
};

/** `id`: uid, gid and groups; on the host learner is in the docker and libvirt groups. */
export const id: Command = {
  name: 'id',
  usage: 'id',
  summary: 'print user and group ids',
  run(_argv, ctx) {
    if (ctx.uid === 0) {
      const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
      ctx.out(
        busybox
          ? 'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n'
          : 'uid=0(root) gid=0(root) groups=0(root)\n',
      );
    } else {
      ctx.out('uid=1000(learner) gid=1000(learner) groups=1000(learner),27(sudo),112(libvirt),990(docker)\n');
    }
    return 0;
  },
};
