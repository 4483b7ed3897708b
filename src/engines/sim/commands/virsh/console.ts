/** `virsh console NAME`: attach to the guest's serial port; wait for the boot to reach the login prompt. */
import { vmReadyAt } from '../../model/vms';
import { MAX_FRAMES, vmFrame } from '../../shell/frames';
import type { Ctx } from '../../shell/types';
import type { Vm } from '../../model/types';

/** Streams the rest of the boot log, paced by simulated time, then auto-logs root in on ttyS0. */
export function attachConsole(ctx: Ctx, vm: Vm): number {
  if (ctx.depth() >= MAX_FRAMES) {
    ctx.err('error: too many nested consoles\n');
    return 1;
  }
  ctx.out(`Connected to domain '${vm.name}'\nEscape character is ^] (Ctrl + ])\n`);
  const state = ctx.sim.state;
  const ready = vmReadyAt(vm);
  let t = state.clockMs;
  if (t < ready) {
    for (const line of vm.bootLog.filter((l) => l.atMs >= t)) {
      ctx.out(line.text.endsWith('login: ') ? line.text : `${line.text}\n`, line.atMs - t);
      t = line.atMs;
    }
    ctx.advance(ready - state.clockMs);
  } else {
    ctx.out(`\n${vm.os.prettyName} ${vm.hostname} ttyS0\n\n${vm.hostname} login: `);
  }
  // The guest image enables autologin on the serial console (agetty --autologin root): no password prompt.
  ctx.out(`root (automatic login)\n\nLinux ${vm.hostname} ${vm.kernel} ${vm.kernelBuild} x86_64\n\n`);
  const pid = Math.max(...vm.procs.map((p) => p.pid), 900) + 1;
  const gnu = vm.os.userland === 'gnu';
  vm.procs.push({
    pid,
    ppid: 1,
    uid: 0,
    comm: gnu ? 'bash' : 'sh',
    args: gnu ? '-bash' : '-sh',
    rssKiB: gnu ? 4200 : 900,
    vszKiB: 8000,
    startMs: state.clockMs,
    tty: 'ttyS0',
    ns: state.hostNs,
    cgroup: '/user.slice/user-0.slice/session-1.scope',
  });
  ctx.push(vmFrame(vm, pid));
  return 0;
}
