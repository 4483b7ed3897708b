/** The network interfaces one environment sees, as `ip link` and `ip addr` print them. */
import type { Ctx } from '../shell/types';
import { viewOf } from '../shell/view';

/** One interface: its name and its `ip link` / `ip addr` blocks. */
export interface Link {
  name: string;
  link: string;
  addr: string;
}

/** Numbers each block as iproute2 does (`1: lo: …`). */
function numbered(list: Array<Omit<Link, 'link' | 'addr'> & { head: string; ether: string; inet?: string }>): Link[] {
  return list.map((l, i) => {
    const link = `${i + 1}: ${l.head}\n    ${l.ether}\n`;
    return { name: l.name, link, addr: link + (l.inet ? `    ${l.inet}\n` : '') };
  });
}

/** Interfaces of the caller's network namespace: a bridged container has lo and eth0; --network host shares the host's. */
export function linksOf(ctx: Ctx): Link[] {
  const v = viewOf(ctx.sim, ctx.frame.env);
  const lo = {
    name: 'lo',
    head: 'lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000',
    ether: 'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    inet: 'inet 127.0.0.1/8 scope host lo',
  };
  // nsenter -n into a container's network namespace sees that container's interfaces.
  const env = ctx.frame.env;
  const ownNet = env.kind === 'host' && env.ns && env.ns.net !== ctx.sim.state.hostNs.net ? env.ns.net : undefined;
  const c = v.container ?? ctx.sim.state.containers.find((x) => ownNet !== undefined && x.ns.net === ownNet);
  if (c && c.config.network === 'none') return numbered([lo]);
  if (c && c.config.network === 'bridge') {
    const mac = (c.ip.split('.').map(Number)[3] ?? 0).toString(16).padStart(2, '0');
    return numbered([
      lo,
      {
        name: 'eth0',
        head: `eth0@if${7 + ctx.sim.state.containers.indexOf(c)}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP`,
        ether: `link/ether 02:42:ac:11:00:${mac} brd ff:ff:ff:ff:ff:ff`,
        inet: `inet ${c.ip}/16 brd 172.17.255.255 scope global eth0`,
      },
    ]);
  }
  // A network namespace of its own (unshare --net) starts with a loopback that is down, and no address.
  if (ownNet !== undefined)
    return numbered([
      {
        name: 'lo',
        head: 'lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN qlen 1000',
        ether: 'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
      },
    ]);
  const vm = v.kind === 'vm';
  const dev = vm ? 'enp1s0' : 'eno1';
  const nic = {
    name: dev,
    head: `${dev}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP qlen 1000`,
    ether: 'link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff',
    inet: `inet ${vm ? '192.168.122.10' : '192.168.1.20'}/24 scope global ${dev}`,
  };
  if (vm) return numbered([lo, nic]);
  return numbered([
    lo,
    nic,
    {
      name: 'docker0',
      head: 'docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP',
      ether: 'link/ether 02:42:8c:1d:3e:01 brd ff:ff:ff:ff:ff:ff',
      inet: 'inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0',
    },
  ]);
}
