/** `docker network ls|create|inspect|rm|connect|disconnect|prune`, over the networks in model/networks.ts. */
import {
  addNetwork,
  attach,
  detach,
  findNetwork,
  membersOf,
  nextSubnet,
  overlaps,
  parseSubnet,
} from '../../model/networks';
import { findContainer } from '../../model/containers';
import type { Network } from '../../model/types';
import { table } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import type { OptSpec } from '../opts';
import { dockerOpts, short } from './common';
import { renderFormat } from './inspect';
import { inspectNetwork } from './inspect-net';
import { argCount } from './port';

const daemon = (ctx: Ctx, msg: string) => {
  ctx.err(`Error response from daemon: ${msg}\n`);
  return 1;
};

export const NET_LS_SPEC: OptSpec = {
  flags: { '-q': 'q', '--quiet': 'q', '--no-trunc': 'full' },
  unsimulated: ['-f', '--filter', '--format'],
};
/** `docker network ls [-q] [--no-trunc]`: sorted by name, as the CLI sorts them. */
export function networkLs(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'network ls', argv, NET_LS_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length) return argCount(ctx, 'network ls', 'no arguments', 'network ls [OPTIONS]', 'List networks');
  const nets = [...ctx.sim.state.networks].sort((a, b) => a.name.localeCompare(b.name));
  const id = (n: Network) => (p.opts.full ? n.id : short(n.id));
  if (p.opts.q) ctx.out(nets.map((n) => `${id(n)}\n`).join(''));
  else
    ctx.out(table([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...nets.map((n) => [id(n), n.name, n.driver, 'local'])]));
  return 0;
}

export const NET_CREATE_SPEC: OptSpec = {
  flags: { '--internal': 'internal' },
  values: { '-d': 'driver', '--driver': 'driver', '--subnet': 'subnet', '--gateway': 'gateway' },
  unsimulated: ['--attachable', '--aux-address', '--config-from', '--config-only', '--ingress', '--ip-range',
    '--ipam-driver', '--ipam-opt', '--ipv4', '--ipv6', '--label', '-o', '--opt', '--scope'], // prettier-ignore
};
/** `docker network create [-d bridge] [--subnet CIDR] [--internal] NAME`: prints the new network's id. */
export function networkCreate(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'network create', argv, NET_CREATE_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length !== 1)
    return argCount(
      ctx,
      'network create',
      'exactly 1 argument',
      'network create [OPTIONS] NETWORK',
      'Create a network',
    );
  const state = ctx.sim.state;
  const name = p.args[0] as string;
  const driver = String(p.opts.driver ?? 'bridge');
  if (driver === 'host' || driver === 'null') return daemon(ctx, `only one instance of "${driver}" network is allowed`);
  if (driver === 'overlay')
    return daemon(
      ctx,
      'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.',
    );
  if (['macvlan', 'ipvlan'].includes(driver))
    return notSimulated(ctx, `docker network create -d ${driver}`, HINT.docker);
  if (driver !== 'bridge') return daemon(ctx, `plugin "${driver}" not found`);
  if (typeof p.opts.gateway === 'string') return notSimulated(ctx, 'docker network create --gateway', HINT.docker);
  if (state.networks.some((n) => n.name === name)) return daemon(ctx, `network with name ${name} already exists`);
  const subnet = typeof p.opts.subnet === 'string' ? p.opts.subnet : nextSubnet(state);
  if (!subnet)
    return daemon(
      ctx,
      'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
    );
  if (!parseSubnet(subnet)) return daemon(ctx, `invalid CIDR address: ${subnet}`);
  if (state.networks.some((n) => n.subnet && overlaps(n.subnet, subnet)))
    return daemon(ctx, 'invalid pool request: Pool overlaps with other one on this address space');
  const n = addNetwork(state, ctx.sim.rng.hex(64), name, subnet, p.opts.internal === true);
  ctx.out(`${n.id}\n`);
  return 0;
}

export const NET_INSPECT_SPEC: OptSpec = {
  values: { '-f': 'format', '--format': 'format' },
  unsimulated: ['-v', '--verbose'],
};
/** `docker network inspect [-f FORMAT] NETWORK…`. */
export function networkInspect(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'network inspect', argv, NET_INSPECT_SPEC);
  if (typeof p === 'number') return p;
  if (!p.args.length)
    return argCount(
      ctx,
      'network inspect',
      'at least 1 argument',
      'network inspect [OPTIONS] NETWORK [NETWORK...]',
      'Display detailed information on one or more networks',
    );
  const found: Array<Record<string, unknown>> = [];
  let code = 0;
  for (const key of p.args) {
    const n = findNetwork(ctx.sim.state, key);
    if (n) found.push(inspectNetwork(ctx.sim.state, n));
    else code = daemon(ctx, `network ${key} not found`);
  }
  const fmt = p.opts.format;
  if (typeof fmt === 'string') ctx.out(found.map((o) => `${renderFormat(fmt, o)}\n`).join(''));
  else ctx.out(`${JSON.stringify(found, null, 4)}\n`);
  return code;
}

export const NET_RM_SPEC: OptSpec = { flags: { '-f': 'f', '--force': 'f' } };
/** `docker network rm NETWORK…`: built-in networks and networks with running members cannot go. */
export function networkRm(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'network rm', argv, NET_RM_SPEC);
  if (typeof p === 'number') return p;
  if (!p.args.length)
    return argCount(
      ctx,
      'network rm',
      'at least 1 argument',
      'network rm NETWORK [NETWORK...]',
      'Remove one or more networks',
    );
  const state = ctx.sim.state;
  let code = 0;
  for (const key of p.args) {
    const n = findNetwork(state, key);
    if (!n) {
      if (!p.opts.f) code = daemon(ctx, `network ${key} not found`);
      continue;
    }
    if (['bridge', 'host', 'none'].includes(n.name)) {
      code = daemon(ctx, `${n.name} is a pre-defined network and cannot be removed`);
      continue;
    }
    // Representative wording (libnetwork's "has active endpoints", with the network's id).
    if (membersOf(state, n).some((c) => c.status === 'running')) {
      code = daemon(ctx, `error while removing network: network ${n.name} id ${n.id} has active endpoints`);
      continue;
    }
    for (const c of membersOf(state, n)) detach(c, n);
    state.networks = state.networks.filter((x) => x !== n);
    ctx.out(`${key}\n`);
  }
  return code;
}

export const NET_CONNECT_SPEC: OptSpec = {
  unsimulated: ['--alias', '--driver-opt', '--gw-priority', '--ip', '--ip6', '--link', '--link-local-ip'],
};
/** `docker network connect|disconnect NETWORK CONTAINER`: adds or removes an interface (eth1…) live. */
export function networkConnect(argv: string[], ctx: Ctx, disconnect = false): number {
  const sub = disconnect ? 'network disconnect' : 'network connect';
  const p = dockerOpts(ctx, sub, argv, disconnect ? { flags: { '-f': 'f', '--force': 'f' } } : NET_CONNECT_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length !== 2)
    return argCount(
      ctx,
      sub,
      'exactly 2 arguments',
      `${sub} [OPTIONS] NETWORK CONTAINER`,
      disconnect ? 'Disconnect a container from a network' : 'Connect a container to a network',
    );
  const state = ctx.sim.state;
  const [netKey, cKey] = p.args as [string, string];
  const n = findNetwork(state, netKey);
  if (!n) return daemon(ctx, `network ${netKey} not found`);
  const c = findContainer(state, cKey);
  if (!c) return daemon(ctx, `No such container: ${cKey}`);
  if (n.driver !== 'bridge' || ['host', 'none'].includes(c.config.network))
    return daemon(ctx, 'container cannot be disconnected from host network or connected to host network');
  const on = c.endpoints.some((e) => e.network === n.name);
  if (disconnect) {
    if (!on) return daemon(ctx, `container ${c.id} is not connected to network ${n.name}`);
    detach(c, n);
    return 0;
  }
  if (on) return daemon(ctx, `endpoint with name ${c.name} already exists in network ${n.name}`);
  attach(state, c, n);
  return 0;
}

export const NET_PRUNE_SPEC: OptSpec = { flags: { '-f': 'f', '--force': 'f' }, unsimulated: ['--filter'] };
/** `docker network prune -f`: removes user-defined networks no container uses. */
export function networkPrune(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'network prune', argv, NET_PRUNE_SPEC);
  if (typeof p === 'number') return p;
  if (!p.opts.f) return notSimulated(ctx, 'docker network prune without -f (its y/N prompt)', HINT.docker);
  const state = ctx.sim.state;
  const gone = state.networks.filter(
    (n) => !['bridge', 'host', 'none'].includes(n.name) && !membersOf(state, n).length,
  );
  state.networks = state.networks.filter((n) => !gone.includes(n));
  ctx.out(gone.length ? `Deleted Networks:\n${gone.map((n) => `${n.name}\n`).join('')}` : '');
  return 0;
}
