/**
 * libvirt domains. Guest RAM is ordinary memory of the qemu process, allocated as the guest first touches it
 * (FACTS C), so the host's used memory grows during the boot rather than jumping by the guest's size.
 */
import { OVERHEAD_MIB } from '../facts';
import type { Rng } from '../rng';
import { bootStagesOf } from './guest-boot';
import { HOST_NS } from './host';
import { logKernel } from './kernel-log';
import { guestMemory } from './memory';
import { reap, spawn } from './procs';
import type { Proc, SimState, Vm, VmStage } from './types';

/**
 * Guest processes once booted: the guest's own PID 1 and services, numbered by the guest kernel. Their
 * namespace inodes equal the host's initial ones: a separate kernel numbers its own namespaces the same way.
 */
export function guestProcs(vm: Vm, at: number): Proc[] {
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
    : // CirrOS: busybox init runs /etc/rc3.d (syslogd, dhcpcd, dropbear) and a getty on ttyS0 (src/etc/inittab).
      [
        ['init', 'init', 900],
        ['kthreadd', '[kthreadd]', 0],
        ['syslogd', '/sbin/syslogd -n', 700],
        ['dhcpcd', '/sbin/dhcpcd --noipv4ll -w -t 180', 1100],
        ['dropbear', '/usr/sbin/dropbear -R', 800],
        ['getty', '/sbin/getty -L 115200 ttyS0 vt100', 700],
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

/** Lays the guest's boot (or reboot) out from `startMs`: its stage plan and its console log. */
export function scheduleBoot(
  vm: Vm,
  rng: Rng,
  startMs: number,
  prelude: { atMs: number; lines: string[] } = { atMs: startMs, lines: [] },
): void {
  const stages = bootStagesOf(vm, rng, startMs);
  vm.bootPlan = stages.map((s) => ({
    stage: s.id === 'userspace' ? 'services' : s.id === 'login' ? 'running' : (s.id as VmStage),
    atMs: s.startMs,
  }));
  vm.bootLog = [
    ...prelude.lines.map((text) => ({ atMs: prelude.atMs, text })),
    ...stages.flatMap((s) => s.lines.map((l) => ({ atMs: l.atMs, text: l.text }))),
  ];
  vm.procs = guestProcs(vm, startMs);
  vm.serial = { loginPid: null, shells: [], pendingUser: null, failures: 0 };
}

/** `virsh start`: a qemu-system-x86_64 process holding guest RAM + VMM overhead (FACTS C) appears on the host. */
export function startVm(state: SimState, rng: Rng, vm: Vm): void {
  vm.running = true;
  vm.pausedAtMs = null;
  vm.startedMs = state.clockMs;
  scheduleBoot(vm, rng, state.clockMs);
  startVmProcess(state, vm);
  vm.guestUsedMiB = vm.os.userland === 'gnu' ? 140 : 28; // guest kernel + caches, representative
  vm.touchedMiB = FIRMWARE_TOUCH_MIB;
}

/** The domain's qemu process on this host (a start, or a revert to a memory snapshot of a shut-off domain). */
export function startVmProcess(state: SimState, vm: Vm): void {
  vm.id = state.nextVmId++;
  const qemu = spawn(state, {
    ppid: 1,
    uid: 64055,
    comm: 'qemu-system-x86',
    cgroup: `/machine.slice/machine-qemu\\x2d${vm.id}\\x2d${vm.name.replace(/-/g, '\\x2d')}.scope/libvirt/emulator`,
    args: `/usr/bin/qemu-system-x86_64 -name guest=${vm.name},debug-threads=on -machine pc-q35-10.0,usb=off,dump-guest-core=off -accel kvm -cpu host,vmx=off -m size=${vm.memMiB * 1024}k -smp ${vm.vcpus},sockets=${vm.vcpus},cores=1,threads=1 -uuid ${vm.uuid} -blockdev {"driver":"file","filename":"${vm.disk.path}"} -serial pty`,
    rssKiB: (OVERHEAD_MIB.qemu + FIRMWARE_TOUCH_MIB) * 1024, // FACTS C: QEMU ~131 MB; guest RAM grows on touch
    vszKiB: (vm.memMiB + 1400) * 1024,
  });
  vm.qemuPid = qemu.pid;
  logVmStart(state, vm, qemu.pid);
}

/**
 * What the host kernel logs when libvirt starts a domain: AppArmor loads the domain's profile (libvirt's
 * apparmor security driver, Debian's default), and at the first VM KVM warns once that this CPU has the L1TF
 * bug with SMT on (arch/x86/kvm/vmx/vmx.c, L1TF_MSG_SMT; the host CPU in facts.ts has two threads per core).
 */
function logVmStart(state: SimState, vm: Vm, qemuPid: number): void {
  const secs = (state.epochMs + state.clockMs) / 1000;
  logKernel(
    state,
    `audit: type=1400 audit(${secs.toFixed(3)}:${100 + state.nextVmId}): apparmor="STATUS" operation="profile_load" profile="unconfined" name="libvirt-${vm.uuid}" pid=${qemuPid - 1} comm="apparmor_parser"`,
  );
  if (!state.kernelLog.some((l) => l.text.startsWith('kvm_intel: L1TF')))
    logKernel(
      state,
      'kvm_intel: L1TF CPU bug present and SMT on, data leak possible. See CVE-2018-3646 and https://www.kernel.org/doc/html/latest/admin-guide/hw-vuln/l1tf.html for details.',
    );
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
    if (!vm.running || vm.pausedAtMs !== null) continue; // a paused guest touches nothing
    const qemu = state.procs.find((p) => p.pid === vm.qemuPid);
    vm.touchedMiB = Math.min(vm.memMiB, Math.max(vm.touchedMiB, Math.round(guestInUseMiB(state, vm))));
    if (qemu) qemu.rssKiB = (OVERHEAD_MIB.qemu + vm.touchedMiB) * 1024;
  }
}

/** Where the guest is in its boot at the current simulated time. */
export function vmStage(state: SimState, vm: Vm): VmStage {
  if (!vm.running) return 'off';
  const now = vm.pausedAtMs ?? state.clockMs; // a paused guest's boot stands still
  let stage: VmStage = 'firmware';
  for (const s of vm.bootPlan) if (now >= s.atMs) stage = s.stage;
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
  vm.pausedAtMs = null;
  vm.serial = { loginPid: null, shells: [], pendingUser: null, failures: 0 };
  vm.id = null;
  vm.qemuPid = null;
  vm.procs = [];
  vm.touchedMiB = 0;
  vm.bootPlan = [];
  vm.bootLog = [];
}
