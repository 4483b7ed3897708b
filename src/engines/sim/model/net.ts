/** Just enough TCP/IP for one HTTP request: which listening socket a host:port reaches from a network namespace. */
import type { Env, Proc, SimState } from './types';
import { findContainer } from './containers';

/** The docker0 bridge's address on the host: what a container sees as the peer of a host connection. */
export const BRIDGE_GATEWAY = '172.17.0.1';

/** Where a connection from `env` to `host` lands, or why it cannot be made. */
export type Route =
  | { ok: true; netNs: number; ip: string; clientIp: string }
  | { ok: false; error: 'bad-address' | 'no-network' | 'no-route'; ip?: string };

/** The network namespace an environment's processes use (VMs have their own stack: not modelled). */
function netNsOf(state: SimState, env: Env): { ns: number; ip: string } | null {
  if (env.kind === 'host') return { ns: state.hostNs.net, ip: BRIDGE_GATEWAY };
  if (env.kind === 'vm') return null;
  const c = findContainer(state, env.id);
  return c ? { ns: c.ns.net, ip: c.config.network === 'host' ? BRIDGE_GATEWAY : c.ip } : null;
}

/** Resolves `host` as seen from `env`: localhost, or a container's bridge address (172.17.0.x). */
export function routeTo(state: SimState, env: Env, host: string): Route {
  const here = netNsOf(state, env);
  if (host === 'localhost' || host === '127.0.0.1') {
    return here
      ? { ok: true, netNs: here.ns, ip: '127.0.0.1', clientIp: '127.0.0.1' }
      : { ok: true, netNs: -1, ip: '127.0.0.1', clientIp: '127.0.0.1' };
  }
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(host)) return { ok: false, error: 'bad-address' };
  const target = state.containers.find((c) => c.status === 'running' && c.ip === host);
  const noNetwork = !here || (env.kind === 'container' && findContainer(state, env.id)?.config.network === 'none');
  if (noNetwork) return { ok: false, error: 'no-network', ip: host };
  if (!target) return { ok: false, error: 'no-route', ip: host };
  return { ok: true, netNs: target.ns.net, ip: host, clientIp: here.ip };
}

/** The process listening on `port` in network namespace `netNs`, if any. */
export function listenerOn(state: SimState, netNs: number, port: number): Proc | undefined {
  return state.procs.find((p) => p.listen?.port === port && p.ns.net === netNs);
}
