/** virsh: libvirt's CLI for the host's KVM domains. */
import { completeVirshSlot } from './virsh/complete';
import type { Command, Ctx } from '../shell/types';
import { HINT, notSimulated } from './honesty';
import { failed, stateOf } from './virsh/common';
import { DOMAIN_OPTIONS, DOMAIN_SUBS } from './virsh/domain';
import { own } from '../own';

/** Real virsh commands this course does not model (virsh has some 200; these are the ones learners meet). */
const UNSIMULATED_SUBS = [
  'reset', 'define', 'undefine', 'create', 'edit',
  'autostart', 'domid', 'domuuid', 'domname', 'domifaddr', 'domiflist', 'domblklist', 'domblkinfo', 'domblkstat',
  'domifstat', 'dommemstat', 'domstats', 'domjobinfo', 'domtime', 'domhostname', 'domdisplay', 'domcapabilities',
  'vcpuinfo', 'vcpucount', 'vcpupin', 'setvcpus', 'setmem', 'setmaxmem', 'memtune', 'schedinfo', 'blkiotune',
  'cpu-stats', 'save', 'restore', 'managedsave', 'snapshot-create-as', 'snapshot-list', 'snapshot-revert',
  'snapshot-delete', 'net-list', 'net-info', 'net-dumpxml', 'net-start', 'net-destroy', 'net-dhcp-leases',
  'pool-list', 'vol-list', 'nodeinfo', 'nodememstats', 'nodecpustats', 'capabilities', 'hostname', 'uri',
  'sysinfo', 'screenshot', 'send-key', 'migrate', 'attach-disk', 'detach-disk', 'attach-interface',
  'detach-interface', 'attach-device', 'detach-device', 'qemu-monitor-command', 'qemu-agent-command',
  'ttyconsole', 'vncdisplay', 'help', 'connect', 'iface-list', 'nodedev-list', 'freecell', 'maxvcpus', 'dump',
  'guestinfo', 'desc', 'inject-nmi', 'event', 'blockresize', 'change-media', 'update-device',
]; // prettier-ignore
/** virsh's global options; `-c qemu:///system` names the connection modelled here. */
const GLOBAL_UNSIMULATED = ['-d', '--debug', '-e', '--escape', '-h', '--help', '-k', '--keepalive-interval', '-K',
  '--keepalive-count', '-l', '--log', '-q', '--quiet', '-r', '--readonly', '-t', '--timing', '-v', '-V', '--version']; // prettier-ignore
const LIST_UNSIMULATED = ['--transient', '--persistent', '--with-snapshot', '--without-snapshot', '--state-running',
  '--state-paused', '--state-shutoff', '--state-other', '--autostart', '--no-autostart', '--with-managed-save',
  '--without-managed-save', '--uuid', '--name', '--table', '--managed-save', '--title', '--id']; // prettier-ignore

/** `virsh list [--all|--inactive]`: libvirt's table; a booting domain is already "running". */
function list(argv: string[], ctx: Ctx): number {
  const known = argv.find((a) => LIST_UNSIMULATED.includes(a));
  if (known) return notSimulated(ctx, `virsh list ${known}`, HINT.libvirt);
  const bad = argv.find((a) => a !== '--all' && a !== '--inactive');
  if (bad) {
    ctx.err(
      bad.startsWith('--')
        ? `error: command 'list' doesn't support option ${bad}\n`
        : `error: unexpected data '${bad}'\n`,
    );
    return 1;
  }
  const vms = ctx.sim.state.vms.filter((v) =>
    argv.includes('--inactive') ? !v.running : argv.includes('--all') || v.running,
  );
  ctx.out(
    ` Id   Name     State\n-------------------------\n${vms.map((v) => ` ${(v.id === null ? '-' : String(v.id)).padEnd(4)} ${v.name.padEnd(8)} ${stateOf(v)}\n`).join('')}\n`,
  );
  return 0;
}

/**
 * Versions a Debian 13 host reports: libvirt 11.3.0 (the trixie package, 11.3.0-3) and QEMU 10.0.2 (trixie's
 * 1:10.0.2 release, the pc-q35-10.0 machine type the domains use). Representative of that release; point
 * updates may change the last digit. Format: tools/virsh-host.c, cmdVersion.
 */
function version(argv: string[], ctx: Ctx): number {
  const bad = argv.find((a) => a !== '--daemon');
  if (bad) {
    ctx.err(
      bad.startsWith('--')
        ? `error: command 'version' doesn't support option ${bad}\n`
        : `error: unexpected data '${bad}'\n`,
    );
    return 1;
  }
  ctx.out(
    `Compiled against library: libvirt 11.3.0\nUsing library: libvirt 11.3.0\nUsing API: QEMU 11.3.0\nRunning hypervisor: QEMU 10.0.2\n${argv.includes('--daemon') ? 'Running against daemon: 11.3.0\n' : ''}\n`,
  );
  return 0;
}

/** `virsh SUB [--option…] [--domain] NAME`: options are checked against the subcommand's real ones. */
function domainSub(sub: string, argv: string[], ctx: Ctx): number {
  const real = own(DOMAIN_OPTIONS, sub) ?? { supported: [], unsimulated: [] };
  const opts = new Set<string>();
  let name: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--domain') name = argv[++i];
    else if (real.unsimulated.includes(a)) return notSimulated(ctx, `virsh ${sub} ${a}`, HINT.libvirt);
    else if (real.supported.includes(a)) opts.add(a);
    else if (a.startsWith('--')) {
      ctx.err(`error: command '${sub}' doesn't support option ${a}\n`);
      return 1;
    } else if (name === undefined) name = a;
    else {
      ctx.err(`error: unexpected data '${a}'\n`);
      return 1;
    }
  }
  if (name === undefined) {
    ctx.err(`error: command '${sub}' requires <domain> option\n`);
    return 1;
  }
  const vm = ctx.sim.state.vms.find((v) => v.name === name || String(v.id) === name);
  if (!vm) return failed(ctx, `error: failed to get domain '${name}'\n`);
  const fn = DOMAIN_SUBS.get(sub);
  return fn ? fn(vm, ctx, opts) : 1;
}

/** `virsh [-c qemu:///system] SUB …`. */
export const virsh: Command = {
  name: 'virsh',
  usage:
    'virsh list [--all] | version | start|shutdown|destroy|reboot|suspend|resume|console|dumpxml|dominfo|domstate DOMAIN',
  summary: 'manage KVM virtual machines (libvirt)',
  completions: completeVirshSlot,
  surface: {
    supported: [
      'list',
      'list --all',
      'list --inactive',
      'version',
      'version --daemon',
      ...DOMAIN_SUBS.keys(),
      'dumpxml --inactive',
      'start --console',
      '-c qemu:///system list',
    ],
    notSimulated: [
      ...UNSIMULATED_SUBS,
      ...GLOBAL_UNSIMULATED,
      ...LIST_UNSIMULATED.map((o) => `list ${o}`),
      ...Object.entries(DOMAIN_OPTIONS).flatMap(([sub, o]) => o.unsimulated.map((x) => `${sub} ${x}`)),
      '',
      '-c qemu:///session list',
    ],
  },
  run(argv, ctx) {
    let args = argv.slice(1);
    if ((args[0] === '-c' || args[0] === '--connect') && args[1] !== undefined) {
      if (args[1] !== 'qemu:///system')
        return notSimulated(ctx, `virsh -c ${args[1]}`, HINT.libvirt, 'only qemu:///system is modelled');
      args = args.slice(2);
    }
    const sub = args[0];
    if (sub === undefined)
      return notSimulated(
        ctx,
        'virsh (its interactive shell)',
        'Run one command at a time here, e.g. `virsh list --all`.',
      );
    if (sub.startsWith('-')) {
      if (GLOBAL_UNSIMULATED.includes(sub) || sub === '-c' || sub === '--connect')
        return notSimulated(ctx, `virsh ${sub}`, HINT.libvirt);
      ctx.err(
        `virsh: ${sub.startsWith('--') ? `unrecognized option '${sub}'` : `invalid option -- '${sub.slice(1)}'`}\nerror: unsupported option '${sub}'. See --help.\n`,
      );
      return 1;
    }
    if (sub === 'list') return list(args.slice(1), ctx);
    if (sub === 'version') return version(args.slice(1), ctx);
    if (DOMAIN_SUBS.has(sub)) return domainSub(sub, args.slice(1), ctx);
    if (UNSIMULATED_SUBS.includes(sub)) return notSimulated(ctx, `virsh ${sub}`, HINT.libvirt);
    ctx.err(`error: unknown command: '${sub}'\n`);
    return 1;
  },
};
