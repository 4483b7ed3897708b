/** `virsh suspend`, `resume` and `reboot`: the guest's vCPUs stop and start; a reboot stays in the same qemu. */
import { rebootVm, resumeVm, suspendVm } from '../../model/vm-power';
import { invalid, type Sub, type SubOptions } from './common';

/** Their real options (libvirt 11): suspend and resume take only the domain. */
export const POWER_OPTIONS: Record<string, SubOptions> = {
  suspend: { supported: [], unsimulated: [] },
  resume: { supported: [], unsimulated: [] },
  reboot: { supported: [], unsimulated: ['--mode'] },
};

/**
 * libvirt's rules (src/qemu/qemu_driver.c): suspend and reboot need an active domain (suspending a paused one
 * changes nothing; a reboot sent to a paused guest waits until it runs); resume refuses a domain that runs.
 */
export const POWER_SUBS = new Map<string, Sub>([
  [
    'suspend',
    (vm, ctx) => {
      if (!vm.running) return invalid(ctx, 'suspend', vm, 'domain is not running');
      suspendVm(ctx.sim.state, vm);
      ctx.out(`Domain '${vm.name}' suspended\n\n`);
      return 0;
    },
  ],
  [
    'resume',
    (vm, ctx) => {
      if (!vm.running) return invalid(ctx, 'resume', vm, 'domain is not running');
      if (vm.pausedAtMs === null) return invalid(ctx, 'resume', vm, 'domain is already running');
      resumeVm(ctx.sim.state, ctx.sim.rng, vm);
      ctx.out(`Domain '${vm.name}' resumed\n\n`);
      return 0;
    },
  ],
  [
    'reboot',
    (vm, ctx) => {
      if (!vm.running) return invalid(ctx, 'reboot', vm, 'domain is not running');
      rebootVm(ctx.sim.state, ctx.sim.rng, vm);
      ctx.out(`Domain '${vm.name}' is being rebooted\n\n`);
      return 0;
    },
  ],
]);
