/**
 * `ip link add|set|delete` and `ip address add|delete` on interfaces made with `ip link add` (veth
 * pairs, bridges, dummies), with iproute2's messages. Docker's own interfaces are left to Docker.
 */
import type { SimState, UserLink } from '../model/types';
import { digestOf } from '../rng';
import type { Ctx } from '../shell/types';
import { notSimulated } from './honesty';

const fail = (ctx: Ctx, msg: string, code: number) => {
  ctx.err(`${msg}\n`);
  return code;
};
const find = (s: SimState, name: string, ns: string | null) =>
  s.userLinks.find((l) => l.name === name && l.netns === ns);
/** Names the kernel already uses in the host's namespace (Docker's too). */
const BUILTIN = ['lo', 'eno1', 'docker0'];

/** A new interface at the next index, down, with a locally administered MAC. */
function newLink(s: SimState, name: string, kind: UserLink['kind'], ns: string | null): UserLink {
  const index = s.nextIfIndex++;
  const mac = ['6a', ...(digestOf(`link:${index}:${name}`).match(/../g) ?? []).slice(0, 5)].join(':');
  const l: UserLink = { index, name, kind, netns: ns, up: false, mac, addrs: [] };
  s.userLinks.push(l);
  return l;
}

/** `ip link add NAME type veth peer [name] PEER | type bridge | type dummy`. */
function linkAdd(ctx: Ctx, args: string[], ns: string | null): number {
  const s = ctx.sim.state;
  const [name, typeWord, kind, ...rest] = args[0] === 'name' ? args.slice(1) : args;
  if (!name || typeWord !== 'type') return notSimulated(ctx, `ip link add ${args.join(' ')}`.trim());
  if (!['veth', 'bridge', 'dummy'].includes(kind ?? ''))
    return notSimulated(ctx, `ip link add ${name} type ${kind ?? ''}`.trim());
  const taken = (n: string) => !!find(s, n, ns) || (ns === null && (BUILTIN.includes(n) || n.startsWith('br-')));
  if (kind === 'veth') {
    const peerName = rest[0] === 'peer' ? (rest[1] === 'name' ? rest[2] : rest[1]) : undefined;
    if (!peerName) return notSimulated(ctx, `ip link add ${name} type veth ${rest.join(' ')}`.trim());
    if (taken(name) || taken(peerName) || name === peerName) return fail(ctx, 'RTNETLINK answers: File exists', 2);
    const a = newLink(s, name, 'veth', ns);
    const b = newLink(s, peerName, 'veth', ns);
    a.peer = b.index;
    b.peer = a.index;
    return 0;
  }
  if (rest.length) return notSimulated(ctx, `ip link add ${name} type ${kind} ${rest.join(' ')}`);
  if (taken(name)) return fail(ctx, 'RTNETLINK answers: File exists', 2);
  newLink(s, name, kind as UserLink['kind'], ns);
  return 0;
}

/** `ip link set [dev] DEV up|down|netns NS|master BR|nomaster`. */
function linkSet(ctx: Ctx, args: string[], ns: string | null): number {
  const s = ctx.sim.state;
  const rest = args[0] === 'dev' ? args.slice(1) : args;
  const [dev = '', ...ops] = rest;
  if (dev === 'lo' && ns !== null && ops.every((o) => o === 'up' || o === 'down')) {
    const n = s.namedNetns.find((x) => x.name === ns);
    if (n) n.loUp = ops[ops.length - 1] === 'up';
    return 0;
  }
  const l = find(s, dev, ns);
  if (!l) {
    if (ns === null && (BUILTIN.includes(dev) || /^(veth|br-)/.test(dev) || dev === 'lo'))
      return notSimulated(
        ctx,
        `ip link set ${dev}`,
        undefined,
        "changing Docker's and the host's own interfaces is not modelled",
      );
    return fail(ctx, `Cannot find device "${dev}"`, 1);
  }
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op === 'up' || op === 'down') l.up = op === 'up';
    else if (op === 'nomaster') delete l.master;
    else if (op === 'master') {
      const br = find(s, ops[++i] ?? '', ns);
      if (!br) return fail(ctx, `Cannot find device "${ops[i] ?? ''}"`, 1);
      if (br.kind !== 'bridge') return fail(ctx, 'RTNETLINK answers: Operation not supported', 2);
      l.master = br.name;
    } else if (op === 'netns') {
      const target = ops[++i] ?? '';
      if (!s.namedNetns.some((n) => n.name === target))
        return fail(ctx, `Cannot open network namespace "${target}": No such file or directory`, 255);
      if (find(s, l.name, target)) return fail(ctx, 'RTNETLINK answers: File exists', 2);
      // Moving a link takes it down and drops its addresses and bridge port, as the kernel does.
      Object.assign(l, { netns: target, up: false, addrs: [] });
      delete l.master;
    } else return notSimulated(ctx, `ip link set ${dev} ${ops.slice(i).join(' ')}`);
  }
  return 0;
}

/** `ip link delete [dev] DEV`: a veth takes its peer with it. */
function linkDelete(ctx: Ctx, args: string[], ns: string | null): number {
  const s = ctx.sim.state;
  const dev = (args[0] === 'dev' ? args[1] : args[0]) ?? '';
  const l = find(s, dev, ns);
  if (!l) return fail(ctx, `Cannot find device "${dev}"`, 1);
  s.userLinks = s.userLinks.filter((x) => x !== l && x.index !== l.peer);
  for (const x of s.userLinks) if (x.master === l.name && x.netns === ns) delete x.master;
  return 0;
}

/** `ip address add|delete CIDR dev DEV`. */
function addrChange(ctx: Ctx, verb: string, args: string[], ns: string | null): number {
  const s = ctx.sim.state;
  const [cidr = '', devWord, dev = ''] = args;
  if (devWord !== 'dev' || args.length !== 3) return notSimulated(ctx, `ip address ${verb} ${args.join(' ')}`.trim());
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(?:\/(\d+))?$/.exec(cidr);
  if (!m || m.slice(1, 5).some((b) => Number(b) > 255) || Number(m[5] ?? 32) > 32)
    return fail(ctx, `Error: any valid prefix is expected rather than "${cidr}".`, 1);
  const full = cidr.includes('/') ? cidr : `${cidr}/32`;
  const l = find(s, dev, ns);
  if (!l) return fail(ctx, `Cannot find device "${dev}"`, 1);
  if (verb === 'add') {
    if (l.addrs.includes(full)) return fail(ctx, 'RTNETLINK answers: File exists', 2);
    l.addrs.push(full);
  } else {
    if (!l.addrs.includes(full)) return fail(ctx, 'RTNETLINK answers: Cannot assign requested address', 2);
    l.addrs = l.addrs.filter((a) => a !== full);
  }
  return 0;
}

/** Dispatches a change verb the caller may make (CAP_NET_ADMIN already checked). */
export function changeLinks(ctx: Ctx, obj: string, verb: string, args: string[], ns: string | null): number {
  // Only the host's own namespace (and the named ones made from it) is modelled for changes.
  if (ctx.frame.env.kind !== 'host') return notSimulated(ctx, `ip ${obj} ${verb}`);
  if (obj === 'link' && verb === 'add') return linkAdd(ctx, args, ns);
  if (obj === 'link' && verb === 'set') return linkSet(ctx, args, ns);
  if (obj === 'link' && verb === 'delete') return linkDelete(ctx, args, ns);
  if (obj === 'address' && (verb === 'add' || verb === 'delete')) return addrChange(ctx, verb, args, ns);
  return notSimulated(ctx, `ip ${obj} ${verb}`);
}
