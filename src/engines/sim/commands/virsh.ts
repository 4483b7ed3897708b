/** virsh: libvirt's CLI for the host's KVM domains. */
import { hostMemory } from '../model/memory';
import { startVm, stopVm } from '../model/vms';
import { OVERHEAD_MIB } from '../facts';
import type { Sim, Vm } from '../model/types';
import type { Command, Ctx } from '../shell/types';
import { attachConsole } from './virsh/console';

type Sub = (vm: Vm, ctx: Ctx) => number;

/** libvirt's "not valid" error, after the action that failed. */
function invalid(ctx: Ctx, action: string, vm: Vm, why: string): number {
  ctx.err(`error: Failed to ${action} domain '${vm.name}'\nerror: Requested operation is not valid: ${why}\n`);
  return 1;
}

/** Subcommands that take one domain name. */
const DOMAIN_SUBS = new Map<string, Sub>([
  [
    'start',
    (vm, ctx) => {
      if (vm.running) return invalid(ctx, 'start', vm, 'domain is already running');
      const needKiB = (vm.memMiB + OVERHEAD_MIB.qemu) * 1024;
      if (hostMemory(ctx.sim.state).availableKiB < needKiB) {
        ctx.err(
          `error: Failed to start domain '${vm.name}'\nerror: internal error: QEMU unexpectedly closed the monitor: qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory\n`,
        );
        return 1;
      }
      startVm(ctx.sim.state, ctx.sim.rng, vm);
      ctx.out(`Domain '${vm.name}' started\n\n`);
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

/** `virsh list [--all]`: libvirt's table; a booting domain is already "running". */
function list(argv: string[], ctx: Ctx): number {
  const bad = argv.find((a) => a !== '--all' && a !== '--inactive');
  if (bad) {
    ctx.err(`error: command 'list' doesn't support option ${bad}\n`);
    return 1;
  }
  const vms = ctx.sim.state.vms.filter((v) =>
    argv.includes('--inactive') ? !v.running : argv.includes('--all') || v.running,
  );
  ctx.out(
    ` Id   Name     State\n-------------------------\n${vms.map((v) => ` ${(v.id === null ? '-' : String(v.id)).padEnd(4)} ${v.name.padEnd(8)} ${v.running ? 'running' : 'shut off'}\n`).join('')}\n`,
  );
  return 0;
}

/** Candidates after `virsh …`. */
function completeVirsh(argv: string[], sim: Sim): string[] {
  if (argv.length === 1) return ['list', ...DOMAIN_SUBS.keys()];
  if (argv[1] === 'list') return ['--all', '--inactive'];
  return sim.state.vms.map((v) => v.name);
}

/** `virsh SUB [DOMAIN]`. */
export const virsh: Command = {
  name: 'virsh',
  usage: 'virsh list [--all] | start|shutdown|destroy|console|dominfo|domstate DOMAIN',
  summary: 'manage KVM virtual machines (libvirt)',
  completions: completeVirsh,
  run(argv, ctx) {
    const sub = argv[1];
    if (sub === undefined) {
      ctx.err('error: this simulator has no interactive virsh shell; try `virsh list --all`\n');
      return 1;
    }
    if (sub === 'list') return list(argv.slice(2), ctx);
    const fn = DOMAIN_SUBS.get(sub);
    if (!fn) {
      ctx.err(`error: unknown command: '${sub}'\n`);
      return 1;
    }
    const name = argv[2];
    if (name === undefined) {
      ctx.err(`error: command '${sub}' requires <domain> option\n`);
      return 1;
    }
    const vm = ctx.sim.state.vms.find((v) => v.name === name || String(v.id) === name);
    if (!vm) {
      ctx.err(`error: failed to get domain '${name}'\n`);
      return 1;
    }
    return fn(vm, ctx);
  },
};
