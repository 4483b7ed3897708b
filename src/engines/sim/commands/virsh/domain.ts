/** virsh subcommands that take one domain: start, shutdown, destroy, console, domstate, dominfo. */
import { hostMemory } from '../../model/memory';
import { startVm, stopVm } from '../../model/vms';
import { OVERHEAD_MIB } from '../../facts';
import type { Vm } from '../../model/types';
import type { Ctx } from '../../shell/types';
import { attachConsole } from './console';

/** One subcommand: what it does with the domain, given the (modelled) options it was called with. */
type Sub = (vm: Vm, ctx: Ctx, opts: Set<string>) => number;

/** Each subcommand's real options: modelled ones, and those that answer "not simulated". */
export const DOMAIN_OPTIONS: Record<string, { supported: string[]; unsimulated: string[] }> = {
  start: {
    supported: ['--console'],
    unsimulated: ['--paused', '--autodestroy', '--bypass-cache', '--force-boot', '--pass-fds', '--reset-nvram'],
  },
  shutdown: { supported: [], unsimulated: ['--mode'] },
  destroy: { supported: [], unsimulated: ['--graceful', '--remove-logs'] },
  console: { supported: [], unsimulated: ['--devname', '--force', '--safe', '--resume'] },
  domstate: { supported: [], unsimulated: ['--reason'] },
  dominfo: { supported: [], unsimulated: [] },
};

/** libvirt's "not valid" error, after the action that failed. */
function invalid(ctx: Ctx, action: string, vm: Vm, why: string): number {
  ctx.err(`error: Failed to ${action} domain '${vm.name}'\nerror: Requested operation is not valid: ${why}\n`);
  return 1;
}

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
      if (!vm.running) return invalid(ctx, 'shutdown', vm, 'domain is not running');
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
      if (!vm.running) {
        ctx.err('error: The domain is not running\n');
        return 1;
      }
      return attachConsole(ctx, vm);
    },
  ],
  [
    'domstate',
    (vm, ctx) => {
      ctx.out(`${vm.running ? 'running' : 'shut off'}\n\n`);
      return 0;
    },
  ],
  [
    'dominfo',
    (vm, ctx) => {
      const kib = vm.memMiB * 1024;
      const cpuSecs = vm.running ? ((ctx.sim.state.clockMs - vm.startedMs) / 1000) * 0.6 : 0;
      const rows: Array<[string, string]> = [
        ['Id', vm.id === null ? '-' : String(vm.id)],
        ['Name', vm.name],
        ['UUID', vm.uuid],
        ['OS Type', 'hvm'],
        ['State', vm.running ? 'running' : 'shut off'],
        ['CPU(s)', String(vm.vcpus)],
        ...(vm.running ? [['CPU time', `${cpuSecs.toFixed(1)}s`] as [string, string]] : []),
        ['Max memory', `${kib} KiB`],
        ['Used memory', `${kib} KiB`],
        ['Persistent', 'yes'],
        ['Autostart', 'disable'],
        ['Managed save', 'no'],
        ['Security model', 'apparmor'],
        ['Security DOI', '0'],
      ];
      ctx.out(`${rows.map(([k, v]) => `${`${k}:`.padEnd(16)}${v}`).join('\n')}\n\n`);
      return 0;
    },
  ],
]);
