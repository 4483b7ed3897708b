/**
 * The network interfaces one environment sees, as `ip link` and `ip addr` print them: on the host lo,
 * eno1, docker0, one `br-…` per user-defined network and one `vethXXXXXXX@ifN` per running container
 * endpoint; in a container lo and `eth0@ifN` (N: the host end's index, so both sides agree).
 */
import type { Container, SimState } from '../model/types';
import { digestOf } from '../rng';
import type { Ctx } from '../shell/types';
import { viewOf } from '../shell/view';
import { netnsLo, userIfaces } from './ip-userlinks';

/** One interface, in the terms iproute2 prints. */
export interface Iface {
  index: number;
  name: string;
  /** `@ifN`: the peer's index for a veth (`@NAME` when the peer is in the same namespace). */
  peer?: number;
  peerName?: string;
  flags: string;
  mtu: number;
  master?: string;
  state: 'UP' | 'DOWN' | 'UNKNOWN' | 'LOWERLAYERDOWN';
  qlen?: number;
  qdisc: string;
  kind: 'loopback' | 'ether';
  mac: string;
  /** iproute2 prints `link-netnsid N` for a veth whose peer is in another namespace (BusyBox does not). */
  netnsid?: number;
  /** `link-netns NAME`: the peer is in a named namespace. */
  linkNetns?: string;
  inet?: { cidr: string; brd?: string; scope: 'host' | 'global'; extra?: string };
}

/** What `ip link`/`ip addr` print for the interfaces, and `hostname -I` reads. */
export interface Link {
  name: string;
  link: string;
  addr: string;
  iface: Iface;
}

const UP = '<BROADCAST,MULTICAST,UP,LOWER_UP>';
const LO: Iface = {
  index: 1,
  name: 'lo',
  flags: '<LOOPBACK,UP,LOWER_UP>',
  mtu: 65536,
  state: 'UNKNOWN',
  qlen: 1000,
  qdisc: 'noqueue',
  kind: 'loopback',
  mac: '00:00:00:00:00:00',
  inet: { cidr: '127.0.0.1/8', scope: 'host' },
};

/** A locally administered MAC derived from a name (the kernel gives a veth a random one). */
const macOf = (seed: string) => ['6a', ...(digestOf(seed).match(/../g) ?? []).slice(0, 5)].join(':');

/** The host's interfaces, in index order. */
function hostIfaces(state: SimState): Iface[] {
  const running = state.containers.filter((c) => c.status === 'running' && c.endpoints.length);
  const list: Iface[] = [
    LO,
    {
      index: 2,
      name: 'eno1',
      flags: UP,
      mtu: 1500,
      state: 'UP',
      qlen: 1000,
      qdisc: 'fq_codel',
      kind: 'ether',
      mac: '52:54:00:12:34:56',
      inet: { cidr: '192.168.1.20/24', brd: '192.168.1.255', scope: 'global' },
    },
  ];
  for (const n of state.networks.filter((x) => x.bridge)) {
    // A bridge with no port up has no carrier: NO-CARRIER, state DOWN (docker0 on an idle host).
    const used = running.some((c) => c.endpoints.some((e) => e.network === n.name));
    const [base, len] = n.subnet.split('/') as [string, string];
    const brd = base.split('.').map((b, i) => (Number(len) <= 8 * i ? '255' : b));
    list.push({
      index: n.ifIndex,
      name: n.bridge,
      flags: used ? UP : '<NO-CARRIER,BROADCAST,MULTICAST,UP>',
      mtu: 1500,
      state: used ? 'UP' : 'DOWN',
      qdisc: 'noqueue',
      kind: 'ether',
      // Docker 28+ gives the bridge a random locally administered address too (moby GenerateRandomMAC); docker0's is
      // fixed here so the lesson can quote it.
      mac: n.bridge === 'docker0' ? 'd6:1f:8a:43:c2:7e' : macOf(n.id),
      inet: { cidr: `${n.gateway}/${len}`, brd: brd.join('.'), scope: 'global' },
    });
  }
  running.forEach((c, nsid) => {
    for (const e of c.endpoints)
      list.push({
        index: e.peerIndex,
        name: e.veth,
        peer: e.ifIndex,
        flags: UP,
        mtu: 1500,
        master: state.networks.find((n) => n.name === e.network)?.bridge ?? 'docker0',
        state: 'UP',
        qdisc: 'noqueue',
        kind: 'ether',
        mac: macOf(`${e.veth}:host`),
        netnsid: nsid,
      });
  });
  return list.sort((a, b) => a.index - b.index);
}

/** A container's interfaces on its own network namespace: lo and one eth per network. */
function containerIfaces(state: SimState, c: Container): Iface[] {
  return [
    LO,
    ...c.endpoints.map((e, i): Iface => {
      const net = state.networks.find((n) => n.name === e.network);
      const [base = '', len = '16'] = (net?.subnet ?? '').split('/');
      const brd = base.split('.').map((b, j) => (Number(len) <= 8 * j ? '255' : b));
      return {
        index: e.ifIndex,
        name: `eth${i}`,
        peer: e.peerIndex,
        flags: '<BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN>',
        mtu: 1500,
        state: 'UP',
        qdisc: 'noqueue',
        kind: 'ether',
        mac: e.mac,
        netnsid: 0,
        inet: { cidr: `${e.ip}/${len}`, brd: brd.join('.'), scope: 'global' },
      };
    }),
  ];
}

/** Interfaces of the caller's network namespace (a `--network host` container shares the host's). */
export function ifacesOf(ctx: Ctx, netns?: string): Iface[] {
  const state = ctx.sim.state;
  if (netns !== undefined) {
    const ns = state.namedNetns.find((n) => n.name === netns);
    return [netnsLo(ns?.loUp ?? false), ...userIfaces(state, netns)].sort((a, b) => a.index - b.index);
  }
  const v = viewOf(ctx.sim, ctx.frame.env);
  // nsenter -n into a container's network namespace sees that container's interfaces; a namespace of one's own
  // (unshare --net) starts with a loopback that is down and has no address.
  const env = ctx.frame.env;
  const ownNet = env.kind === 'host' && env.ns && env.ns.net !== state.hostNs.net ? env.ns.net : undefined;
  const c = v.container ?? state.containers.find((x) => ownNet !== undefined && x.ns.net === ownNet);
  if (c && c.config.network !== 'host') return containerIfaces(state, c);
  if (ownNet !== undefined) return [netnsLo(false)];
  if (v.kind !== 'vm') return [...hostIfaces(state), ...userIfaces(state, null)].sort((a, b) => a.index - b.index);
  return [
    LO,
    {
      index: 2,
      name: 'enp1s0',
      flags: UP,
      mtu: 1500,
      state: 'UP',
      qlen: 1000,
      qdisc: 'fq_codel',
      kind: 'ether',
      mac: '52:54:00:12:34:56',
      inet: { cidr: '192.168.122.10/24', scope: 'global' },
    },
  ];
}

/** Renders one interface's `ip link` and `ip addr` blocks; iproute2 (gnu) adds group/mode and link-netnsid. */
export function render(i: Iface, gnu: boolean): Link {
  const name = i.peerName ? `${i.name}@${i.peerName}` : i.peer ? `${i.name}@if${i.peer}` : i.name;
  const head = (obj: 'link' | 'addr') =>
    `${i.index}: ${name}: ${i.flags} mtu ${i.mtu} qdisc ${i.qdisc}${i.master ? ` master ${i.master}` : ''} state ${i.state}${gnu ? `${obj === 'link' ? ' mode DEFAULT' : ''} group default` : ''}${i.qlen ? ` qlen ${i.qlen}` : gnu ? ' ' : ''}`;
  const ether = `    link/${i.kind} ${i.mac} brd ${i.kind === 'loopback' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff'}${gnu && i.linkNetns ? ` link-netns ${i.linkNetns}` : ''}${gnu && i.netnsid !== undefined ? ` link-netnsid ${i.netnsid}` : ''}\n`;
  const inet = i.inet
    ? `    inet ${i.inet.cidr}${i.inet.brd ? ` brd ${i.inet.brd}` : ''} scope ${i.inet.scope} ${i.name}\n`
    : '';
  return { name: i.name, iface: i, link: `${head('link')}\n${ether}`, addr: `${head('addr')}\n${ether}${inet}` };
}

/** The interfaces as rendered blocks (the userland decides iproute2's or BusyBox's wording). */
export function linksOf(ctx: Ctx, netns?: string): Link[] {
  const gnu = netns !== undefined || viewOf(ctx.sim, ctx.frame.env).os.userland === 'gnu';
  return ifacesOf(ctx, netns).map((i) => render(i, gnu));
}

/** `ip -br link` / `ip -br addr` lines: name, state, then MAC and flags or the addresses. */
export function brief(i: Iface, obj: 'link' | 'addr'): string {
  const name = (i.peerName ? `${i.name}@${i.peerName}` : i.peer ? `${i.name}@if${i.peer}` : i.name).padEnd(16);
  const rest = obj === 'link' ? `${i.mac} ${i.flags} ` : i.inet ? `${i.inet.cidr} ` : '';
  return `${name} ${i.state.padEnd(14)} ${rest}\n`;
}
