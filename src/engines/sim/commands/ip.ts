/** iproute2's `ip`: objects and verbs matched by prefix, as ip.c does; link and address are listed. */
import type { Command, Ctx } from '../shell/types';
import { holds } from './caps-held';
import { notSimulated } from './honesty';
import { brief, linksOf } from './ip-links';
import { routesOf } from './ip-route';
import { changeLinks } from './ip-change';
import { netns } from './ip-netns';

/** ip.c's object table, in its order (the first whose name starts with the word wins: `ip a` = address). */
const OBJECTS = [
  'address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'ntbl', 'link',
  'l2tp', 'fou', 'ila', 'macsec', 'tunnel', 'tunl', 'tuntap', 'tap', 'token', 'tcpmetrics', 'tcp_metrics',
  'monitor', 'xfrm', 'mroute', 'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop', 'mptcp', 'ioam', 'help', 'stats',
]; // prettier-ignore
/** ip's global options (each also matches by prefix, with one or two dashes). */
const OPTIONS = [
  '-loops', '-family', '-4', '-6', '-0', '-M', '-B', '-statistics', '-details', '-resolve', '-oneline',
  '-timestamp', '-tshort', '-Version', '-force', '-batch', '-rcvbuf', '-color', '-help', '-netns', '-Numeric',
  '-all', '-brief', '-json', '-pretty', '-human-readable', '-iec', '-echo',
]; // prettier-ignore
/** Verbs of `ip link` and `ip address`; those that change something need CAP_NET_ADMIN first. */
const VERBS: Record<string, { all: string[]; change: string[] }> = {
  link: { all: ['add', 'delete', 'set', 'change', 'show', 'list', 'lst', 'help', 'property', 'xstats', 'afstats'], change: ['add', 'delete', 'set', 'change', 'property'] },
  address: { all: ['add', 'change', 'replace', 'delete', 'show', 'list', 'lst', 'flush', 'save', 'showdump', 'restore', 'help'], change: ['add', 'change', 'replace', 'delete', 'flush', 'restore'] },
}; // prettier-ignore

/** iproute2's `matches`: `word` is a non-empty prefix of `full`. */
const prefixOf = (word: string, full: string) => word !== '' && full.startsWith(word);

/** Global options modelled here: -brief (`-br`), -4 (IPv4 only: no IPv6 is modelled anyway). */
const MODELLED = ['-brief', '-4', '-family'];

/** `ip [-br] [-4] link|addr|route [show [dev] NAME]`; the rest of ip exists and says "not simulated". */
export const ip: Command = {
  name: 'ip',
  usage: 'ip [-br] link|addr|route [show [dev] NAME]',
  summary: 'show network interfaces and routes',
  completions: () => ['link', 'addr', 'route', 'netns'],
  surface: {
    supported: [
      'link',
      'l',
      'addr',
      'a',
      'address',
      'link show',
      'addr show lo',
      'route',
      'r',
      'route show',
      '-br a',
      '-br link',
      '-4 a',
      'netns',
      'netns list',
    ],
    notSimulated: ['neigh', 'rule', 'monitor', '-j', '-s', '-6', 'link help', 'addr save', 'route get 1.1.1.1'],
  },
  run: (argv, ctx) => runIp(argv, ctx, null),
};

/** `ip …` in the caller's namespace, or (through `ip netns exec NAME ip …`) in a named one. */
function runIp(argv: string[], ctx: Ctx, ns: string | null): number {
  const flags = new Set<string>();
  let at = 1;
  for (; (argv[at] ?? '').startsWith('-'); at++) {
    const first = argv[at] as string;
    const opt = first.replace(/^--/, '-').split('=')[0] as string;
    const full = OPTIONS.find((o) => prefixOf(opt, o));
    if (!full) {
      ctx.err(`Option "${first}" is unknown, try "ip -help".\n`);
      return 255;
    }
    if (full === '-family' && argv[at + 1] === 'inet') at++;
    else if (!MODELLED.includes(full) || full === '-family') return notSimulated(ctx, `ip ${first}`);
    flags.add(full === '-family' ? '-4' : full);
  }
  const word = argv[at];
  if (word === undefined) {
    ctx.err('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n       ip [ -force ] -batch filename\n');
    return 255;
  }
  const obj = OBJECTS.find((o) => prefixOf(word, o));
  if (!obj) {
    ctx.err(`Object "${word}" is unknown, try "ip help".\n`);
    return 1;
  }
  if (obj === 'route') return route(ctx, argv.slice(at + 1), ns);
  if (obj === 'netns') return netns(ctx, argv.slice(at + 1), (a, n) => runIp(a, ctx, n));
  const verbs = VERBS[obj];
  if (!verbs) return notSimulated(ctx, `ip ${obj}`);
  return linkOrAddr(ctx, obj, verbs, argv.slice(at + 1), flags, ns);
}

/** Verbs of `ip route`; those that change the table need CAP_NET_ADMIN first. */
const ROUTE_VERBS = ['add', 'change', 'replace', 'delete', 'append', 'show', 'list', 'lst', 'flush', 'get', 'save', 'restore', 'showdump', 'help']; // prettier-ignore

/** `ip route [show|list]`: the table; changes are refused without CAP_NET_ADMIN, and not modelled with it. */
function route(ctx: Ctx, rest: string[], ns: string | null): number {
  const word = rest[0] ?? 'show';
  const verb = ROUTE_VERBS.find((v) => prefixOf(word, v));
  if (!verb) {
    ctx.err(`Command "${word}" is unknown, try "ip route help".\n`);
    return 255;
  }
  const changes = ['add', 'change', 'replace', 'delete', 'append', 'flush', 'restore'];
  if (changes.includes(verb) && !holds(ctx, 'NET_ADMIN')) {
    ctx.err('RTNETLINK answers: Operation not permitted\n');
    return 2;
  }
  if (!['show', 'list', 'lst'].includes(verb) || rest.length > 1)
    return notSimulated(ctx, `ip route ${rest.join(' ')}`);
  ctx.out(routesOf(ctx, ns).join(''));
  return 0;
}

/** `ip link|address [VERB] …`: lists, optionally one device; changes are refused without CAP_NET_ADMIN. */
function linkOrAddr(
  ctx: Ctx,
  obj: string,
  verbs: { all: string[]; change: string[] },
  rest: string[],
  flags: Set<string>,
  ns: string | null,
): number {
  const word = rest[0] ?? 'show';
  const verb = verbs.all.find((v) => prefixOf(word, v));
  if (!verb) {
    ctx.err(`Command "${word}" is unknown, try "ip ${obj} help".\n`);
    return 255;
  }
  if (verbs.change.includes(verb) && !holds(ctx, 'NET_ADMIN')) {
    ctx.err('RTNETLINK answers: Operation not permitted\n');
    return 2;
  }
  if (verbs.change.includes(verb)) return changeLinks(ctx, obj, verb, rest.slice(1), ns);
  if (!['show', 'list', 'lst'].includes(verb)) return notSimulated(ctx, `ip ${obj} ${verb}`);
  const args = rest.slice(1);
  if (args[0] === 'dev') args.shift();
  if (args.length > 1) return notSimulated(ctx, `ip ${obj} show ${args.join(' ')}`);
  const links = linksOf(ctx, ns ?? undefined).filter(
    (l) => (args[0] === undefined || l.name === args[0]) && (!flags.has('-4') || obj === 'link' || l.iface.inet),
  );
  if (!links.length && args[0] !== undefined) {
    ctx.err(`Device "${args[0]}" does not exist.\n`);
    return 1;
  }
  const kind = obj === 'link' ? 'link' : 'addr';
  ctx.out(links.map((l) => (flags.has('-brief') ? brief(l.iface, kind) : l[kind])).join(''));
  return 0;
}
