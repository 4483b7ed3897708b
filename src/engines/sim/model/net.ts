/**
 * Just enough TCP/IP for one connection: name resolution (Docker's embedded DNS on user-defined
 * networks only), which networks can reach which, published ports (DNAT / docker-proxy), and which
 * listening socket a host:port finally reaches.
 */
import type { Container, Env, Proc, SimState } from './types';
import { findContainer } from './containers';
import { DEFAULT_GATEWAY } from './networks';

/** The docker0 bridge's address on the host: what a container sees as the peer of a host connection. */
export const BRIDGE_GATEWAY = DEFAULT_GATEWAY;
/** The host's own LAN address (eno1), as `ip addr` on the host shows it (representative). */
export const HOST_LAN_IP = '192.168.1.20';

/** Where a connection from `env` to `host:port` lands, or why it cannot be made. */
export type Route =
  | { ok: true; netNs: number; ip: string; port: number; clientIp: string; proxied?: boolean }
  | { ok: false; error: 'bad-address' | 'no-network' | 'no-route' | 'timed-out'; ip?: string };

/** The caller's network namespace and container (null on a VM: its own stack is not modelled). */
function placeOf(state: SimState, env: Env): { ns: number; c?: Container } | null {
  if (env.kind === 'host') return { ns: state.hostNs.net };
  if (env.kind === 'vm') return null;
  const c = findContainer(state, env.id);
  return c ? { ns: c.ns.net, c } : null;
}

/** Addresses the host owns: its LAN address and every bridge network's gateway. */
function hostAddresses(state: SimState): string[] {
  return [HOST_LAN_IP, ...state.networks.filter((n) => n.gateway).map((n) => n.gateway)];
}

/**
 * A container name as Docker's embedded DNS (127.0.0.11) answers it: only for a container on a
 * user-defined network, about running containers sharing such a network (by name or short id).
 * On the default bridge there is no such DNS: names do not resolve (docs: "Differences between
 * user-defined bridges and the default bridge").
 */
function resolveName(state: SimState, me: Container | undefined, name: string): string | undefined {
  if (!me) return undefined;
  if (name === me.hostname || name === me.name) return me.endpoints[0]?.ip;
  for (const ep of me.endpoints) {
    if (ep.network === 'bridge') continue;
    const peer = state.containers.find(
      (c) =>
        c.status === 'running' &&
        (c.name === name || c.id.slice(0, 12) === name) &&
        c.endpoints.some((e) => e.network === ep.network),
    );
    const ip = peer?.endpoints.find((e) => e.network === ep.network)?.ip;
    if (ip) return ip;
  }
  return undefined;
}

/** The running container publishing host port `port` (on every address, or on `ip`). */
function publisherOf(state: SimState, ip: string, port: number): { c: Container; port: number } | undefined {
  for (const c of state.containers) {
    if (c.status !== 'running') continue;
    const b = c.config.ports.find(
      (x) => x.proto === 'tcp' && x.hostPort === port && (!x.hostIp || x.hostIp === '0.0.0.0' || x.hostIp === ip),
    );
    if (b) return { c, port: b.containerPort };
  }
  return undefined;
}

/** Resolves and routes `host:port` as seen from `env`. */
export function connectTo(state: SimState, env: Env, host: string, port: number): Route {
  const here = placeOf(state, env);
  const me = here?.c;
  const onHostNs = !!here && here.ns === state.hostNs.net;
  const ip =
    host === 'localhost' ? '127.0.0.1' : /^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : resolveName(state, me, host);
  if (!ip) return { ok: false, error: 'bad-address' };
  if (!here) return { ok: true, netNs: -1, ip, port, clientIp: ip };
  const loopback = ip.startsWith('127.');
  // Published ports: the host's own addresses (and its loopback) forward to the container's port.
  if ((onHostNs && loopback) || hostAddresses(state).includes(ip)) {
    const pub = publisherOf(state, loopback ? '127.0.0.1' : ip, port);
    if (pub)
      return { ok: true, netNs: pub.c.ns.net, ip, port: pub.port, clientIp: gatewayFor(state, pub.c), proxied: true };
    if (loopback || onHostNs) return { ok: true, netNs: state.hostNs.net, ip, port, clientIp: ip };
    return { ok: true, netNs: state.hostNs.net, ip, port, clientIp: me?.endpoints[0]?.ip ?? ip };
  }
  if (loopback) return { ok: true, netNs: here.ns, ip, port, clientIp: ip };
  if (me && !onHostNs && !me.endpoints.length) return { ok: false, error: 'no-network', ip };
  const target = state.containers.find((c) => c.status === 'running' && c.endpoints.some((e) => e.ip === ip));
  if (!target) return { ok: false, error: 'no-route', ip };
  const net = target.endpoints.find((e) => e.ip === ip)?.network;
  // Containers reach only the networks they are on (DOCKER-ISOLATION rules); the host reaches all.
  const mine = me && !onHostNs ? me.endpoints.find((e) => e.network === net) : undefined;
  // Packets between two bridge networks are dropped, not refused: the connection times out.
  if (me && !onHostNs && !mine) return { ok: false, error: 'timed-out', ip };
  const gateway = state.networks.find((n) => n.name === net)?.gateway ?? BRIDGE_GATEWAY;
  return { ok: true, netNs: target.ns.net, ip, port, clientIp: mine?.ip ?? gateway };
}

/** The address a container sees a forwarded connection come from: its network's gateway (docker-proxy). */
function gatewayFor(state: SimState, c: Container): string {
  const net = c.endpoints[0]?.network;
  return state.networks.find((n) => n.name === net)?.gateway ?? BRIDGE_GATEWAY;
}

/** Resolves `host` as seen from `env` without a port (kept for callers that only need the address). */
export function routeTo(state: SimState, env: Env, host: string): Route {
  return connectTo(state, env, host, 0);
}

/** The process listening on `port` in network namespace `netNs`, if any. */
export function listenerOn(state: SimState, netNs: number, port: number): Proc | undefined {
  return state.procs.find((p) => p.listen?.port === port && p.ns.net === netNs);
}
