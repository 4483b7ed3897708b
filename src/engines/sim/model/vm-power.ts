/**
 * A running domain's power changes short of stopping it: `virsh suspend` stops its vCPUs (the qemu process and
 * its memory stay), `virsh resume` starts them again, and a reboot restarts the guest inside the same qemu.
 */
import type { Rng } from '../rng';
import { rebootMessages } from './guest-boot';
import type { SimState, Vm } from './types';
import { scheduleBoot } from './vms';

/** Stops the guest's vCPUs: its clock-driven work (boot, `sleep`, memory growth) stands still until resumed. */
export function suspendVm(state: SimState, vm: Vm): void {
  vm.pausedAtMs ??= state.clockMs;
}

/** Starts the vCPUs again; everything the guest had scheduled moves on by the time it spent paused. */
export function resumeVm(state: SimState, rng: Rng, vm: Vm): void {
  if (vm.pausedAtMs === null) return;
  const pausedFor = state.clockMs - vm.pausedAtMs;
  vm.pausedAtMs = null;
  vm.startedMs += pausedFor;
  for (const s of vm.bootPlan) s.atMs += pausedFor;
  for (const l of vm.bootLog) l.atMs += pausedFor;
  for (const p of vm.procs) if (p.endsAtMs !== undefined) p.endsAtMs += pausedFor;
  // An ACPI reboot sent while paused waits in the virtual hardware; the guest acts on it now.
  if (vm.rebootPending) {
    vm.rebootPending = false;
    rebootVm(state, rng, vm);
  }
}

/**
 * The guest reboots in the same qemu process (same domain Id, same RAM already touched): it goes down, every
 * shell on its console ends, and it boots again from the firmware on, on the model's clock. Sent to a paused
 * guest, the request waits until it resumes.
 */
export function rebootVm(state: SimState, rng: Rng, vm: Vm): void {
  if (vm.pausedAtMs !== null) {
    vm.rebootPending = true;
    return;
  }
  const kernelStart = vm.bootPlan.find((s) => s.stage === 'kernel')?.atMs ?? vm.startedMs;
  const down = rebootMessages(vm, state.clockMs - kernelStart);
  scheduleBoot(vm, rng, state.clockMs + down.durationMs, { atMs: state.clockMs, lines: down.lines });
}
