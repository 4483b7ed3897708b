/** Who and where am I: hostname and whoami (id is in id.ts). */
import { viewOf } from '../shell/view';
import { readFile } from '../shell/vfs';
import { setHostHostname } from '../shell/host-place';
import { holds } from './caps-held';
import type { Command } from '../shell/types';
import { optionError, surfaceOf } from './honesty';
import { linksOf } from './ip-links';
import { parseOpts, type OptSpec } from './opts';

/** Debian's hostname 3.x (BusyBox has -s, -i, -d, -f, -F). */
const HOSTNAME: OptSpec = {
  flags: { '-s': 's', '--short': 's', '-I': 'I', '--all-ip-addresses': 'I', '-i': 'i', '--ip-address': 'i' },
  unsimulated: [
    '-a',
    '--alias',
    '-A',
    '--all-fqdns',
    '-b',
    '--boot',
    '-d',
    '--domain',
    '-f',
    '--fqdn',
    '--long',
    '-F',
    '--file',
    '-y',
    '--yp',
    '--nis',
    '-v',
    '--verbose',
    '-V',
    '--version',
    '-h',
    '--help',
  ],
};
/** BusyBox hostname: -s works; -i, -d, -f and -F are real but not modelled. */
const BUSYBOX_HOSTNAME: OptSpec = { flags: { '-s': 's', '-i': 'i' }, unsimulated: ['-d', '-f', '-F'] };
const HOSTNAME_USAGE =
  'Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name\n       hostname                                 display host name\n';

/** `hostname [-s|-I] [NAME]`: prints the UTS hostname; setting it needs CAP_SYS_ADMIN in the UTS namespace's owner. */
export const hostname: Command = {
  name: 'hostname',
  usage: 'hostname [-s|-I] [NAME]',
  summary: 'show or set the host name',
  surface: surfaceOf(HOSTNAME),
  run(argv, ctx) {
    const v = viewOf(ctx.sim, ctx.frame.env);
    const busybox = v.os.userland === 'busybox';
    const spec = busybox ? BUSYBOX_HOSTNAME : HOSTNAME;
    const p = parseOpts(argv.slice(1), spec);
    const bad = optionError(ctx, 'hostname', p, busybox ? { busybox } : { after: HOSTNAME_USAGE, status: 255 });
    if (bad !== null) return bad;
    if (p.opts.I) {
      const ips = linksOf(ctx).flatMap((l) => (l.name === 'lo' ? [] : [/inet ([\d.]+)\//.exec(l.addr)?.[1] ?? '']));
      ctx.out(`${ips.map((x) => `${x} `).join('')}\n`);
      return 0;
    }
    if (p.opts.i) {
      // The name's addresses as the resolver finds them: /etc/hosts maps the hostname (each followed by a space).
      const hosts = readFile(ctx.sim, ctx.frame, '/etc/hosts', ctx.selfPid, 0);
      const line = (hosts.ok ? hosts.text : '').split('\n').find((l) => l.split(/\s+/).slice(1).includes(v.hostname));
      ctx.out(`${line?.split(/\s+/)[0] ?? '127.0.1.1'} \n`);
      return 0;
    }
    const name = p.args[0];
    if (name === undefined) {
      ctx.out(`${p.opts.s ? v.hostname.split('.')[0] : v.hostname}\n`);
      return 0;
    }
    // In a user namespace, root may name only a UTS namespace made with it (unshare -ur).
    if (ctx.uid !== 0 || (v.kind === 'host' && !holds(ctx, 'SYS_ADMIN', 'uts'))) {
      ctx.err(
        busybox
          ? 'hostname: sethostname: Operation not permitted\n'
          : 'hostname: you must be root to change the host name\n',
      );
      return 1;
    }
    const c = v.container;
    if (c && !c.config.caps.includes('SYS_ADMIN')) {
      ctx.err(busybox ? 'hostname: sethostname: Operation not permitted\n' : 'hostname: Operation not permitted\n');
      return 1;
    }
    // Each environment has its own UTS namespace (or its own kernel): only its name changes.
    if (c) c.hostname = name;
    else if (v.vm) v.vm.hostname = name;
    else setHostHostname(ctx.sim.state, ctx.frame.env, name);
    return 0;
  },
};

/** `whoami`: the effective user. */
export const whoami: Command = {
  name: 'whoami',
  usage: 'whoami',
  summary: 'print effective user name',
  surface: { supported: [], notSimulated: ['--help', '--version'] },
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), { unsimulated: ['--help', '--version'] });
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const bad = optionError(ctx, 'whoami', p, { busybox });
    if (bad !== null) return bad;
    if (p.args.length) {
      ctx.err(`whoami: extra operand '${p.args[0]}'\nTry 'whoami --help' for more information.\n`);
      return 1;
    }
    ctx.out(`${ctx.uid === 0 ? 'root' : ctx.frame.user}\n`);
    return 0;
  },
};
