/**
 * libvirt domains. Guest RAM is ordinary memory of the qemu process, allocated as the guest first touches it
 * (FACTS C), so the host's used memory grows during the boot rather than jumping by the guest's size.
 */
import { OVERHEAD_MIB } from '../facts';
import { kvmStages } from '../race/kvm';
import { layOut } from '../race/build';
import type { RaceStage } from '../api';
import type { Rng } from '../rng';
import { HOST_NS } from './host';
import { guestMemory } from './memory';
import { reap, spawn } from './procs';
import type { Proc, SimState, Vm, VmStage } from './types';

/** The boot schedule of a VM: the same stages the race shows, with the VM's own kernel and name. */
export function bootStagesOf(vm: Vm, rng: Rng): RaceStage[] {
  return layOut(
    kvmStages(rng, {
      hostname: vm.hostname,
      prettyName: vm.os.prettyName,
      kernel: vm.kernel,
      kernelBuild: vm.kernelBuild,
      memMiB: vm.memMiB,
      vcpus: vm.vcpus,
    }),
  );
}

/**
 * Guest processes once booted: the guest's own PID 1 and services, numbered by the guest kernel. Their
 * namespace inodes equal the host's initial ones: a separate kernel numbers its own namespaces the same way.
 */
function guestProcs(vm: Vm, at: number): Proc[] {
  const gnu = vm.os.userland === 'gnu';
  const list: Array<[string, string, number]> = gnu
    ? [
        ['systemd', '/sbin/init', 11800],
        ['kthreadd', '[kthreadd]', 0],
        ['systemd-journal', '/usr/lib/systemd/systemd-journald', 15000],
        ['systemd-udevd', '/usr/lib/systemd/systemd-udevd', 7600],
        ['cron', '/usr/sbin/cron -f', 2700],
        ['sshd', 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups', 8200],
        ['agetty', '/sbin/agetty -o -- \\u --noreset --noclear --keep-baud 115200,57600,38400,9600 - vt220', 2100],
      ]
    : [
        ['init', '/sbin/init', 900],
        ['kthreadd', '[kthreadd]', 0],
        ['udhcpc', 'udhcpc -p /var/run/udhcpc.eth0.pid -R -n -T 60 -i eth0', 700],
        ['dropbear', '/usr/sbin/dropbear -R', 800],
        ['getty', '/sbin/getty 115200 ttyS0 vt100', 700],
      ];
  return list.map(([comm, args, rssKiB], i) => ({
    pid: i === 0 ? 1 : i === 1 ? 2 : 300 + i * 37,
    ppid: i < 2 ? 0 : 1,
    uid: 0,
    comm,
    args,
    rssKiB,
    vszKiB: rssKiB * 4,
    startMs: at,
    tty: comm.includes('getty') ? 'ttyS0' : '?',
    ns: HOST_NS,
    cgroup: '/init.scope',
  }));
}

/** `virsh start`: a qemu-system-x86_64 process holding guest RAM + VMM overhead (FACTS C) appears on the host. */
export function startVm(state: SimState, rng: Rng, vm: Vm): void {
  const stages = bootStagesOf(vm, rng);
  vm.running = true;
  vm.id = state.nextVmId++;
  vm.startedMs = state.clockMs;
  vm.bootPlan = stages.map((s) => ({
    stage: s.id === 'userspace' ? 'services' : s.id === 'login' ? 'running' : (s.id as VmStage),
    atMs: state.clockMs + s.startMs,
  }));
  vm.bootLog = stages.flatMap((s) => s.lines.map((l) => ({ atMs: state.clockMs + l.atMs, text: l.text })));
  const qemu = spawn(state, {
    ppid: 1,
    uid: 64055,
    comm: 'qemu-system-x86',
    cgroup: `/machine.slice/machine-qemu\\x2d${vm.id}\\x2d${vm.name.replace(/-/g, '\\x2d')}.scope/libvirt/emulator`,
    args: `/usr/bin/qemu-system-x86_64 -name guest=${vm.name},debug-threads=on -machine pc-q35-10.0,usb=off,dump-guest-core=off -accel kvm -cpu host -m size=${vm.memMiB * 1024}k -smp ${vm.vcpus},sockets=${vm.vcpus},cores=1,threads=1 -uuid ${vm.uuid} -blockdev {"driver":"file","filename":"${vm.disk.path}"} -serial pty`,
    rssKiB: (OVERHEAD_MIB.qemu + FIRMWARE_TOUCH_MIB) * 1024, // FACTS C: QEMU ~131 MB; guest RAM grows on touch
    vszKiB: (vm.memMiB + 1400) * 1024,
  });
  vm.qemuPid = qemu.pid;
  vm.procs = guestProcs(vm, state.clockMs);
  vm.guestUsedMiB = vm.os.userland === 'gnu' ? 140 : 28; // guest kernel + caches, representative
  vm.touchedMiB = FIRMWARE_TOUCH_MIB;
}

/** Guest memory the firmware touches before the kernel runs (representative, not from FACTS). */
const FIRMWARE_TOUCH_MIB = 24;

/** Guest pages in use now: during the boot a share of what the booted guest uses, then its own figure. */
function guestInUseMiB(state: SimState, vm: Vm): number {
  const m = guestMemory(vm);
  const booted = (m.usedKiB + m.buffCacheKiB) / 1024;
  const ready = vmReadyAt(vm);
  const progress = ready > vm.startedMs ? Math.min(1, (state.clockMs - vm.startedMs) / (ready - vm.startedMs)) : 1;
  return FIRMWARE_TOUCH_MIB + progress * Math.max(0, booted - FIRMWARE_TOUCH_MIB);
}

/**
 * Brings each running guest's qemu RSS up to the memory the guest has touched. It never shrinks: a guest that has
 * touched pages rarely gives them back by itself (only a balloon driver or KSM would; FACTS C).
 */
export function touchGuestMemory(state: SimState): void {
  for (const vm of state.vms) {
    if (!vm.running) continue;
    const qemu = state.procs.find((p) => p.pid === vm.qemuPid);
    vm.touchedMiB = Math.min(vm.memMiB, Math.max(vm.touchedMiB, Math.round(guestInUseMiB(state, vm))));
    if (qemu) qemu.rssKiB = (OVERHEAD_MIB.qemu + vm.touchedMiB) * 1024;
  }
}

/** Where the guest is in its boot at the current simulated time. */
export function vmStage(state: SimState, vm: Vm): VmStage {
  if (!vm.running) return 'off';
  let stage: VmStage = 'firmware';
  for (const s of vm.bootPlan) if (state.clockMs >= s.atMs) stage = s.stage;
  return stage;
}

/** Time at which the login prompt appears. */
export function vmReadyAt(vm: Vm): number {
  return vm.bootPlan.find((s) => s.stage === 'running')?.atMs ?? vm.startedMs;
}

/** `virsh destroy` / a finished shutdown: the qemu process exits and the host gets the RAM back. */
export function stopVm(state: SimState, vm: Vm): void {
  if (vm.qemuPid !== null) reap(state, (p) => p.pid === vm.qemuPid);
  vm.running = false;
  vm.id = null;
  vm.qemuPid = null;
  vm.procs = [];
  vm.touchedMiB = 0;
  vm.bootPlan = [];
  vm.bootLog = [];
}
