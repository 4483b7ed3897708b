/** virsh subcommands that take one domain: start, shutdown, destroy, console, domstate, dominfo, and the rest. */
import { hostMemory } from '../../model/memory';
import { startVm, stopVm } from '../../model/vms';
import { OVERHEAD_MIB } from '../../facts';
import { attachConsole } from './console';
import { failed, invalid, stateOf, type Sub, type SubOptions } from './common';
import { dumpxml, DUMPXML_OPTIONS } from './dumpxml';
import { POWER_OPTIONS, POWER_SUBS } from './power';

/** Each subcommand's real options: modelled ones, and those that answer "not simulated". */
export const DOMAIN_OPTIONS: Record<string, SubOptions> = {
  start: {
    supported: ['--console'],
    unsimulated: ['--paused', '--autodestroy', '--bypass-cache', '--force-boot', '--pass-fds', '--reset-nvram'],
  },
  shutdown: { supported: [], unsimulated: ['--mode'] },
  destroy: { supported: [], unsimulated: ['--graceful', '--remove-logs'] },
  console: { supported: [], unsimulated: ['--devname', '--force', '--safe', '--resume'] },
  domstate: { supported: [], unsimulated: ['--reason'] },
  dominfo: { supported: [], unsimulated: [] },
  dumpxml: DUMPXML_OPTIONS,
  ...POWER_OPTIONS,
};

/** Subcommands that take one domain name. */
export const DOMAIN_SUBS = new Map<string, Sub>([
  [
    'start',
    (vm, ctx, opts) => {
      if (vm.running) return invalid(ctx, 'start', vm, 'domain is already running');
      const needKiB = (vm.memMiB + OVERHEAD_MIB.qemu) * 1024;
      if (hostMemory(ctx.sim.state).availableKiB < needKiB) {
        ctx.err(
          `error: Failed to start domain '${vm.name}'\nerror: internal error: QEMU unexpectedly closed the monitor: qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory\n`,
        );
        ctx.out('\n');
        return 1;
      }
      startVm(ctx.sim.state, ctx.sim.rng, vm);
      ctx.out(`Domain '${vm.name}' started\n`);
      if (opts.has('--console')) return attachConsole(ctx, vm);
      ctx.out('\n');
      return 0;
    },
  ],
  [
    'shutdown',
    (vm, ctx) => {
      // libvirt sends the ACPI button only to a guest whose vCPUs run (a paused one is "not running" here).
      if (!vm.running || vm.pausedAtMs !== null) return invalid(ctx, 'shutdown', vm, 'domain is not running');
      // ACPI shutdown: the guest stops its services and powers off. Its duration is not in FACTS, so we
      // complete it immediately (a simplification; real `virsh list` shows "running" for a few seconds).
      stopVm(ctx.sim.state, vm);
      ctx.out(`Domain '${vm.name}' is being shutdown\n\n`);
      return 0;
    },
  ],
  [
    'destroy',
    (vm, ctx) => {
      if (!vm.running) return invalid(ctx, 'destroy', vm, 'domain is not running');
      stopVm(ctx.sim.state, vm);
      ctx.out(`Domain '${vm.name}' destroyed\n\n`);
      return 0;
    },
  ],
  [
    'console',
    (vm, ctx) => {
      if (!vm.running) return failed(ctx, 'error: The domain is not running\n');
      return attachConsole(ctx, vm);
    },
  ],
  [
    'domstate',
    (vm, ctx) => {
      ctx.out(`${stateOf(vm)}\n\n`);
      return 0;
    },
  ],
  [
    'dominfo',
    (vm, ctx) => {
      const kib = vm.memMiB * 1024;
      // vCPUs run only while not paused (resume moves startedMs on by the paused time); 0.6 busy is representative.
      const cpuSecs = vm.running ? (((vm.pausedAtMs ?? ctx.sim.state.clockMs) - vm.startedMs) / 1000) * 0.6 : 0;
      const rows: Array<[string, string]> = [
        ['Id', vm.id === null ? '-' : String(vm.id)],
        ['Name', vm.name],
        ['UUID', vm.uuid],
        ['OS Type', 'hvm'],
        ['State', stateOf(vm)],
        ['CPU(s)', String(vm.vcpus)],
        ...(vm.running ? [['CPU time', `${cpuSecs.toFixed(1)}s`] as [string, string]] : []),
        ['Max memory', `${kib} KiB`],
        ['Used memory', `${kib} KiB`],
        ['Persistent', vm.persistent === false ? 'no' : 'yes'],
        ['Autostart', 'disable'],
        ['Managed save', 'no'],
        ['Security model', 'apparmor'],
        ['Security DOI', '0'],
      ];
      ctx.out(`${rows.map(([k, v]) => `${`${k}:`.padEnd(16)}${v}`).join('\n')}\n\n`);
      return 0;
    },
  ],
  ['dumpxml', dumpxml],
  ...POWER_SUBS,
]);
