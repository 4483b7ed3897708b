/** Operations that need a capability Docker drops by default: they fail with EPERM in a container. */
import type { Command, Ctx } from '../shell/types';
import { viewOf } from '../shell/view';

/** True when the caller holds `cap` in its environment (root on a host or VM holds them all). */
function holds(ctx: Ctx, cap: string): boolean {
  const c = viewOf(ctx.sim, ctx.frame.env).container;
  return c ? c.config.caps.includes(cap) : ctx.uid === 0;
}

/** `date [-s TIME]`: setting the clock needs CAP_SYS_TIME (the clock is not namespaced: it is the host's). */
export const date: Command = {
  name: 'date',
  usage: 'date [-s TIME]',
  summary: 'print or set the date',
  run(argv, ctx) {
    if (argv[1] === '-s' || argv[1] === '--set') {
      if (!holds(ctx, 'SYS_TIME')) {
        const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
        ctx.err(
          busybox
            ? "date: can't set date: Operation not permitted\n"
            : 'date: cannot set date: Operation not permitted\n',
        );
        return 1;
      }
      ctx.out(`${argv[2] ?? ''}\n`);
      return 0;
    }
    ctx.out(`${new Date(ctx.sim.state.epochMs + ctx.sim.state.clockMs).toUTCString().replace('GMT', 'UTC')}\n`);
    return 0;
  },
};

/** `reboot`: needs CAP_SYS_BOOT; a container may not reboot the kernel it shares. */
export const reboot: Command = {
  name: 'reboot',
  usage: 'reboot',
  summary: 'reboot the machine',
  run(_argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    if (v.kind === 'container' || ctx.uid !== 0) {
      ctx.err(v.kind === 'container' ? 'reboot: Operation not permitted\n' : 'Call to Reboot failed: Access denied\n');
      return 1;
    }
    ctx.err(
      v.kind === 'host'
        ? 'reboot: the course host stays up (not simulated)\n'
        : 'reboot: use `virsh destroy` and `virsh start` on the host (guest reboot not simulated)\n',
    );
    return 1;
  },
};

/** `ip link|addr`: interfaces of this network namespace; adding one needs CAP_NET_ADMIN. */
export const ip: Command = {
  name: 'ip',
  usage: 'ip [link|addr] [add NAME type dummy]',
  summary: 'show network interfaces',
  completions: () => ['link', 'addr', 'add'],
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const obj = argv[1] ?? '';
    if (!['link', 'l', 'addr', 'a', 'address'].includes(obj)) {
      ctx.err(`Object "${obj}" is unknown, try "ip help".\n`);
      return 1;
    }
    if (argv[2] === 'add') {
      if (!holds(ctx, 'NET_ADMIN')) {
        ctx.err('RTNETLINK answers: Operation not permitted\n');
        return 2;
      }
      return 0;
    }
    const lo =
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n';
    const showAddr = obj.startsWith('a');
    let text = lo + (showAddr ? '    inet 127.0.0.1/8 scope host lo\n' : '');
    const c = v.container;
    if (c && c.config.network !== 'none') {
      text += `2: eth0@if${7 + ctx.sim.state.containers.indexOf(c)}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP\n    link/ether 02:42:ac:11:00:${c.ip.split('.')[3]?.padStart(2, '0')} brd ff:ff:ff:ff:ff:ff\n${showAddr ? `    inet ${c.ip}/16 brd 172.17.255.255 scope global eth0\n` : ''}`;
    } else if (!c) {
      const dev = v.kind === 'vm' ? 'enp1s0' : 'eno1';
      text += `2: ${dev}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP qlen 1000\n    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff\n${showAddr ? `    inet ${v.kind === 'vm' ? '192.168.122.10' : '192.168.1.20'}/24 scope global ${dev}\n` : ''}`;
      if (v.kind === 'host')
        text += `3: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP\n    link/ether 02:42:8c:1d:3e:01 brd ff:ff:ff:ff:ff:ff\n${showAddr ? '    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\n' : ''}`;
    }
    ctx.out(text);
    return 0;
  },
};

/** `env`: the shell's variables. */
export const env: Command = {
  name: 'env',
  usage: 'env',
  summary: 'print environment variables',
  run(_argv, ctx) {
    const vars = new Map(ctx.frame.vars);
    vars.set('HOME', ctx.frame.home);
    vars.set('PWD', ctx.frame.cwd);
    if (ctx.frame.env.kind !== 'container') vars.set('USER', ctx.frame.user);
    ctx.out([...vars].map(([k, val]) => `${k}=${val}\n`).join(''));
    return 0;
  },
};
