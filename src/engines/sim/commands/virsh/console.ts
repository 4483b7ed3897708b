/** `virsh console NAME`: attach to the guest's serial port; what the guest prints there, paced by simulated time. */
import { vmReadyAt } from '../../model/vms';
import { consoleShellFrames, MAX_FRAMES, serialFrame } from '../../shell/frames';
import type { Ctx } from '../../shell/types';
import type { Vm } from '../../model/types';

/**
 * Streams what the guest prints from now until its login prompt (the rest of a boot or reboot) and advances the
 * clock to it. Nothing when the guest already waits at the prompt: it printed that before anyone was attached.
 */
export function streamBoot(ctx: Ctx, vm: Vm): void {
  const start = ctx.sim.state.clockMs;
  const ready = vmReadyAt(vm);
  if (start >= ready) return;
  let t = start;
  for (const line of vm.bootLog.filter((l) => l.atMs >= start)) {
    ctx.out(`${line.text}\n`, line.atMs - t);
    t = line.atMs;
  }
  ctx.advance(ready - start);
}

/**
 * Attaches: virsh's banner, the boot still to come, then the console itself (getty's prompt, or the shells left
 * logged in there). A paused guest prints nothing until it is resumed.
 */
export function attachConsole(ctx: Ctx, vm: Vm): number {
  if (ctx.depth() >= MAX_FRAMES) {
    ctx.err('error: too many nested consoles\n');
    return 1;
  }
  ctx.out(`Connected to domain '${vm.name}'\nEscape character is ^] (Ctrl + ])\n`);
  if (vm.pausedAtMs === null) streamBoot(ctx, vm);
  ctx.push(serialFrame(vm));
  for (const frame of consoleShellFrames(vm)) ctx.push(frame);
  vm.consoleAttaches = (vm.consoleAttaches ?? 0) + 1;
  return 0;
}
