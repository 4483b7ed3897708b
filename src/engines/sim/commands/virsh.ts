/** virsh: libvirt's CLI for the host's KVM domains. */
import { completeVirshSlot } from './virsh/complete';
import type { Command, Ctx } from '../shell/types';
import { HINT, notSimulated } from './honesty';
import { failed, stateOf } from './virsh/common';
import { DOMAIN_OPTIONS, DOMAIN_SUBS } from './virsh/domain';
import { own } from '../own';
import { parseVirsh } from './virsh/args';
import { DOMJOBINFO_SPEC, domjobinfo, migrate, MIGRATE_SPEC } from './virsh/migrate';
import { runSnapshot, SNAPSHOT_SPECS } from './virsh/snapshot';
import { vshTable } from './virsh/table';
import { domainsOn, findDomain, HOST_B, LOCAL_HOST, settleTransient, staleCopy } from '../model/vm-hosts';
import type { Vm } from '../model/types';

/** Real virsh commands this course does not model (virsh has some 200; these are the ones learners meet). */
const UNSIMULATED_SUBS = [
  'reset', 'define', 'undefine', 'create', 'edit',
  'autostart', 'domid', 'domuuid', 'domname', 'domifaddr', 'domiflist', 'domblklist', 'domblkinfo', 'domblkstat',
  'domifstat', 'dommemstat', 'domstats', 'domjobabort', 'domtime', 'domhostname', 'domdisplay', 'domcapabilities',
  'vcpuinfo', 'vcpucount', 'vcpupin', 'setvcpus', 'setmem', 'setmaxmem', 'memtune', 'schedinfo', 'blkiotune',
  'cpu-stats', 'save', 'restore', 'managedsave', 'snapshot-create', 'snapshot-dumpxml', 'snapshot-edit',
  'snapshot-parent', 'migrate-setmaxdowntime', 'migrate-getmaxdowntime', 'migrate-setspeed', 'migrate-getspeed',
  'migrate-compcache', 'migrate-postcopy', 'net-list', 'net-info', 'net-dumpxml', 'net-start', 'net-destroy', 'net-dhcp-leases',
  'pool-list', 'vol-list', 'nodeinfo', 'nodememstats', 'nodecpustats', 'capabilities', 'hostname', 'uri',
  'sysinfo', 'screenshot', 'send-key', 'attach-disk', 'detach-disk', 'attach-interface',
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

/** A domain as `virsh list` shows it on `host`: an inactive copy left by a migration is shut off there. */
function listState(vm: Vm, host: string): { id: string; state: string; running: boolean } {
  if (staleCopy(vm, host)) return { id: '-', state: 'shut off', running: false };
  return { id: vm.id === null ? '-' : String(vm.id), state: stateOf(vm), running: vm.running };
}

/** `virsh list [--all|--inactive]`: libvirt's table (vshTable); a booting domain is already "running". */
function list(argv: string[], ctx: Ctx, host: string): number {
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
  const rows = domainsOn(ctx.sim.state, host)
    .map((v) => ({ v, ...listState(v, host) }))
    .filter((r) => (argv.includes('--inactive') ? !r.running : argv.includes('--all') || r.running));
  ctx.out(
    `${vshTable(
      ['Id', 'Name', 'State'],
      rows.map((r) => [r.id, r.v.name, r.state]),
    )}\n`,
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
function domainSub(sub: string, argv: string[], ctx: Ctx, host: string): number {
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
  const vm = findDomain(ctx.sim.state, host, name);
  if (!vm) return failed(ctx, `error: failed to get domain '${name}'\n`);
  const fn = DOMAIN_SUBS.get(sub);
  if (staleCopy(vm, host)) {
    // Starting it would run a second copy on the same disk as the migrated one (split brain): not modelled.
    if (sub === 'start')
      return notSimulated(ctx, 'virsh start', HINT.libvirt, 'not on the shut-off copy a migration left on this host');
    // Elsewhere it is just a shut-off domain here: the subcommands that read it or refuse to act see it so.
    return fn ? fn(shutOffView(vm), ctx, opts) : 1;
  }
  const code = fn ? fn(vm, ctx, opts) : 1;
  settleTransient(ctx.sim.state, vm);
  return code;
}

/** The shut-off copy a migration left on this host, as its subcommands see it (never the running domain itself). */
function shutOffView(vm: Vm): Vm {
  return { ...vm, running: false, id: null, pausedAtMs: null, persistent: true, qemuPid: null, procs: [] };
}

/** Subcommands with valued options: the snapshot commands, migrate and domjobinfo. */
function optionSub(sub: string, argv: string[], ctx: Ctx, host: string): number {
  const spec = sub === 'migrate' ? MIGRATE_SPEC : sub === 'domjobinfo' ? DOMJOBINFO_SPEC : own(SNAPSHOT_SPECS, sub);
  if (!spec) return 1;
  const o = parseVirsh(ctx, sub, argv, spec);
  if (typeof o === 'number') return o;
  const name = o.get('domain') as string;
  const vm = findDomain(ctx.sim.state, host, name);
  if (!vm) return failed(ctx, `error: failed to get domain '${name}'\n`);
  if (sub === 'domjobinfo') return domjobinfo(vm, ctx, o, host);
  if (sub === 'migrate') return migrate(vm, ctx, o, host);
  if (staleCopy(vm, host))
    return notSimulated(ctx, `virsh ${sub}`, HINT.libvirt, 'not on the shut-off copy a migration left on this host');
  return runSnapshot(sub, vm, ctx, o);
}

/** Subcommands parsed by optionSub. */
const OPTION_SUBS = new Set([...Object.keys(SNAPSHOT_SPECS), 'migrate', 'domjobinfo']);

/**
 * The libvirt host a connection URI names: this one (qemu:///system), or host-b over SSH; the status after
 * virsh's error for an unknown host, or the honest answer for a connection not modelled.
 */
function connection(ctx: Ctx, uri: string): string | number {
  if (uri === 'qemu:///system') return LOCAL_HOST;
  const m = /^qemu\+ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/system$/.exec(uri);
  if (!m)
    return notSimulated(
      ctx,
      `virsh -c ${uri}`,
      HINT.libvirt,
      'only qemu:///system and qemu+ssh://host-b/system are modelled',
    );
  const host = m[1] as string;
  if (host === HOST_B || host === LOCAL_HOST || host === 'localhost') return host === HOST_B ? HOST_B : LOCAL_HOST;
  ctx.err(
    `error: failed to connect to the hypervisor\nerror: Cannot recv data: ssh: Could not resolve hostname ${host}: Name or service not known: Connection reset by peer\n`,
  );
  return 1;
}

/** `virsh [-c qemu:///system] SUB …`. */
export const virsh: Command = {
  name: 'virsh',
  usage:
    'virsh [-c URI] list [--all] | version | start|shutdown|destroy|reboot|suspend|resume|console|dumpxml|dominfo|domstate DOMAIN | snapshot-create-as|snapshot-list|snapshot-info|snapshot-current|snapshot-revert|snapshot-delete DOMAIN … | migrate --live DOMAIN qemu+ssh://host-b/system | domjobinfo DOMAIN --completed',
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
      '-c qemu+ssh://host-b/system list --all',
      ...OPTION_SUBS,
    ],
    notSimulated: [
      ...UNSIMULATED_SUBS,
      ...GLOBAL_UNSIMULATED,
      ...LIST_UNSIMULATED.map((o) => `list ${o}`),
      ...Object.entries(DOMAIN_OPTIONS).flatMap(([sub, o]) => o.unsimulated.map((x) => `${sub} ${x}`)),
      '',
      '-c qemu:///session list',
      ...Object.entries(SNAPSHOT_SPECS).flatMap(([sub, o]) => o.unsimulated.map((x) => `${sub} --${x}`)),
      ...MIGRATE_SPEC.unsimulated.map((x) => `migrate --${x}`),
      ...DOMJOBINFO_SPEC.unsimulated.map((x) => `domjobinfo --${x}`),
    ],
  },
  run(argv, ctx) {
    let args = argv.slice(1);
    let host = LOCAL_HOST;
    if ((args[0] === '-c' || args[0] === '--connect') && args[1] !== undefined) {
      const to = connection(ctx, args[1]);
      if (typeof to === 'number') return to;
      host = to;
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
    if (sub === 'list') return list(args.slice(1), ctx, host);
    if (sub === 'version') return version(args.slice(1), ctx);
    if (DOMAIN_SUBS.has(sub)) return domainSub(sub, args.slice(1), ctx, host);
    if (OPTION_SUBS.has(sub)) return optionSub(sub, args.slice(1), ctx, host);
    if (UNSIMULATED_SUBS.includes(sub)) return notSimulated(ctx, `virsh ${sub}`, HINT.libvirt);
    ctx.err(`error: unknown command: '${sub}'\n`);
    return 1;
  },
};
