/** Docker's networks as libnetwork keeps them: the three built-in ones, user-defined bridges, and endpoints. */
import { digestOf } from '../rng';
import type { Container, Endpoint, Network, SimState } from './types';

/** The default bridge's subnet and gateway (Docker's documented defaults: docker0 is 172.17.0.1/16). */
export const DEFAULT_SUBNET = '172.17.0.0/16';
export const DEFAULT_GATEWAY = '172.17.0.1';

const toInt = (ip: string) => ip.split('.').reduce((n, b) => n * 256 + Number(b), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** The networks every Docker host starts with (`docker network ls` on a fresh install); ids are stable. */
export function builtinNetworks(createdMs: number): Network[] {
  const net = (name: string, driver: Network['driver'], subnet = '', gateway = '', bridge = ''): Network => ({
    id: digestOf(`network:${name}`),
    name,
    driver,
    subnet,
    gateway,
    createdMs,
    bridge,
    ifIndex: bridge ? 3 : 0,
    internal: false,
    labels: {},
  });
  return [
    net('bridge', 'bridge', DEFAULT_SUBNET, DEFAULT_GATEWAY, 'docker0'),
    net('host', 'host'),
    net('none', 'null'),
  ];
}

/** Finds a network by name, full id or unique id prefix (as the Docker API does). */
export function findNetwork(state: SimState, key: string): Network | undefined {
  const byName = state.networks.find((n) => n.name === key);
  if (byName || !/^[0-9a-f]+$/.test(key)) return byName;
  const hits = state.networks.filter((n) => n.id.startsWith(key));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Parses `a.b.c.d/len` into its first address and size; null when it is not one. */
export function parseSubnet(cidr: string): { base: number; size: number } | null {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (!m || m.slice(1, 5).some((b) => Number(b) > 255) || Number(m[5]) > 32) return null;
  const size = 2 ** (32 - Number(m[5]));
  return { base: toInt(m.slice(1, 5).join('.')) - (toInt(m.slice(1, 5).join('.')) % size), size };
}

/** The next free /16 of Docker's default address pool (172.17–31), as `docker network create` picks it. */
export function nextSubnet(state: SimState): string | null {
  for (let b = 18; b <= 31; b++) {
    const cidr = `172.${b}.0.0/16`;
    if (!state.networks.some((n) => n.subnet === cidr)) return cidr;
  }
  return null;
}

/** True when two subnets share an address (the daemon refuses such a network). */
export function overlaps(a: string, b: string): boolean {
  const x = parseSubnet(a);
  const y = parseSubnet(b);
  return !!x && !!y && x.base < y.base + y.size && y.base < x.base + x.size;
}

/** Adds a user-defined bridge network on `subnet` (gateway: its first address), with its `br-` device. */
export function addNetwork(state: SimState, id: string, name: string, subnet: string, internal: boolean): Network {
  const s = parseSubnet(subnet) as { base: number };
  const n: Network = {
    id,
    name,
    driver: 'bridge',
    subnet: `${toIp(s.base)}/${subnet.split('/')[1]}`,
    gateway: toIp(s.base + 1),
    createdMs: state.clockMs,
    bridge: `br-${id.slice(0, 12)}`,
    ifIndex: state.nextIfIndex++,
    internal,
    labels: {},
  };
  state.networks.push(n);
  return n;
}

/** Containers attached to `net`. */
export function membersOf(state: SimState, net: Network): Container[] {
  return state.containers.filter((c) => c.endpoints.some((e) => e.network === net.name));
}

/**
 * Attaches a container to a bridge network: the next free address after the gateway, a random locally
 * administered MAC (Docker 28+ no longer builds it from 02:42 + the IPv4 address; the kernel's eth_random_addr
 * clears the multicast bit and sets the local one), and a veth pair whose host end is `veth` + 7 hex characters.
 * "Random" is seeded: drawn from the container and network ids, so a replay gives the same address.
 */
export function attach(state: SimState, c: Container, net: Network): Endpoint {
  const s = parseSubnet(net.subnet) as { base: number; size: number };
  const used = new Set([net.gateway, ...membersOf(state, net).flatMap((m) => m.endpoints.map((e) => e.ip))]);
  let n = s.base + 2;
  while (used.has(toIp(n)) && n < s.base + s.size - 2) n++;
  const ip = toIp(n);
  const bytes = (digestOf(`mac:${c.id}:${net.id}`).match(/../g) ?? []).slice(0, 6).map((h) => parseInt(h, 16));
  bytes[0] = ((bytes[0] ?? 0) & 0xfe) | 0x02;
  const mac = bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
  const ep: Endpoint = {
    network: net.name,
    ip,
    mac,
    ifIndex: state.nextIfIndex++,
    peerIndex: state.nextIfIndex++,
    veth: `veth${digestOf(`${c.id}:${net.id}`).slice(0, 7)}`,
  };
  c.endpoints.push(ep);
  if (net.name === 'bridge') c.ip = ip;
  return ep;
}

/** Detaches a container from a network; its first remaining address becomes its IPAddress. */
export function detach(c: Container, net: Network): void {
  c.endpoints = c.endpoints.filter((e) => e.network !== net.name);
  c.ip = c.endpoints.find((e) => e.network === 'bridge')?.ip ?? '';
}
