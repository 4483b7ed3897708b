/** Interfaces made with `ip link add`, as ip-link(8) shows them from the namespace `ns` (null: the host's). */
import type { SimState, UserLink } from '../model/types';
import type { Iface } from './ip-links';

/** The broadcast address of `a.b.c.d/len`. */
function broadcastOf(cidr: string): string {
  const [ip = '', len = '32'] = cidr.split('/');
  const n = ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const size = 2 ** (32 - Number(len));
  const brd = n - (n % size) + size - 1;
  return [24, 16, 8, 0].map((s) => Math.floor(brd / 2 ** s) % 256).join('.');
}

/** Carrier: a veth has it when both ends are up; a bridge when one of its ports is up (or it has none: no). */
function hasCarrier(state: SimState, l: UserLink): boolean {
  if (l.kind === 'dummy') return true;
  if (l.kind === 'veth') return !!state.userLinks.find((x) => x.index === l.peer)?.up;
  return state.userLinks.some((x) => x.master === l.name && x.netns === l.netns && x.up);
}

/** One user link as an Iface: down links show `qdisc noop state DOWN`, an up one without carrier NO-CARRIER. */
function toIface(state: SimState, l: UserLink, ns: string | null): Iface {
  const peer = l.kind === 'veth' ? state.userLinks.find((x) => x.index === l.peer) : undefined;
  const carrier = l.up && hasCarrier(state, l);
  const base = l.kind === 'dummy' ? '<BROADCAST,NOARP' : '<BROADCAST,MULTICAST';
  const flags = !l.up ? `${base}>` : carrier ? `${base},UP,LOWER_UP>` : `<NO-CARRIER,${base.slice(1)},UP>`;
  const state_ = !l.up
    ? 'DOWN'
    : carrier
      ? l.kind === 'dummy'
        ? 'UNKNOWN'
        : 'UP'
      : l.kind === 'veth'
        ? 'LOWERLAYERDOWN'
        : 'DOWN';
  const elsewhere = peer && peer.netns !== ns;
  return {
    index: l.index,
    name: l.name,
    ...(peer ? { peer: peer.index, peerName: elsewhere ? undefined : peer.name } : {}),
    flags,
    mtu: 1500,
    ...(l.master ? { master: l.master } : {}),
    state: state_ as Iface['state'],
    qdisc: l.up ? 'noqueue' : 'noop',
    kind: 'ether',
    mac: l.mac,
    ...(elsewhere ? (peer.netns ? { linkNetns: peer.netns } : { netnsid: 0 }) : {}),
    ...(l.addrs[0] ? { inet: { cidr: l.addrs[0], brd: broadcastOf(l.addrs[0]), scope: 'global' as const } } : {}),
  };
}

/** The user links in namespace `ns`, as Ifaces. */
export function userIfaces(state: SimState, ns: string | null): Iface[] {
  return state.userLinks.filter((l) => l.netns === ns).map((l) => toIface(state, l, ns));
}

/** A named namespace's lo: down until `ip link set lo up`. */
export function netnsLo(up: boolean): Iface {
  return {
    index: 1,
    name: 'lo',
    flags: up ? '<LOOPBACK,UP,LOWER_UP>' : '<LOOPBACK>',
    mtu: 65536,
    state: up ? 'UNKNOWN' : 'DOWN',
    qlen: 1000,
    qdisc: up ? 'noqueue' : 'noop',
    kind: 'loopback',
    mac: '00:00:00:00:00:00',
    ...(up ? { inet: { cidr: '127.0.0.1/8', scope: 'host' as const } } : {}),
  };
}
