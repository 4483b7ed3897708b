/** The 'microvm' profile: a Firecracker-style microVM, VMM start to guest /sbin/init. */
import type { RaceTimeline } from '../api';
import { CIRROS_DISK, MICROVM_MS, OVERHEAD_MIB } from '../facts';
import type { Rng } from '../rng';
import { dmesg, jitter, layOut } from './build';

/** Plans the microVM lane: no firmware, no bootloader, a tuned kernel booted directly. */
export function planMicrovm(rng: Rng): RaceTimeline {
  const vmm = jitter(rng, MICROVM_MS.vmmReadyWall);
  const kernel = Math.min(MICROVM_MS.kernelToInit, jitter(rng, MICROVM_MS.kernelToInit - 8));
  const stages = layOut([
    {
      id: 'vmm',
      label: 'VMM process',
      durationMs: vmm,
      explanation:
        'The Firecracker process starts and takes its configuration over an API socket: no BIOS, no UEFI, few emulated devices. Its spec allows 8 ms of CPU time, typically about 12 ms on the clock.',
      lines: [
        [0, 'Running Firecracker v1.13.1'],
        [0.6, 'API server started.'],
        [1, 'Successfully started microvm that was configured from one single json'],
      ],
    },
    {
      id: 'kernel',
      label: 'Guest kernel',
      durationMs: kernel,
      explanation:
        "A minimal guest kernel is loaded straight into memory (no bootloader) and boots with few devices: virtio network, block and vsock (a balloon and an entropy device if configured), a serial console and a tiny keyboard controller used only to stop the VM. Firecracker's own spec promises at most 125 ms to init.",
      lines: [
        [0, dmesg(0, 'Linux version 6.1.141 (firecracker@ci) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0) #1 SMP')],
        [0.05, dmesg(0, 'Command line: reboot=k panic=1 pci=off root=/dev/vda rw')],
        [0.4, dmesg(kernel * 0.4, 'virtio_blk virtio0: [vda] 229376 512-byte logical blocks (117 MB/112 MiB)')],
        [0.9, dmesg(kernel * 0.9, 'EXT4-fs (vda): mounted filesystem with ordered data mode.')],
        [1, dmesg(kernel, 'Run /sbin/init as init process')],
      ],
    },
  ]);
  return {
    profile: 'microvm',
    title: 'Firecracker microVM',
    stages,
    readyAtMs: stages.at(-1)?.endMs ?? 0,
    guestRamMiB: 128,
    overhead: { amount: OVERHEAD_MIB.firecracker, unit: 'MiB', atMost: true }, // FACTS C: ≤5 MiB (spec)
    diskUsedMiB: CIRROS_DISK.virtualMiB,
    kernelsStarted: 1,
    sources: [
      'FACTS B: Firecracker SPECIFICATION.md, current revision — VMM ready within 8 CPU-ms (wall 6–60 ms, typically ~12 ms); ≤125 ms from InstanceStart to guest /sbin/init (1 vCPU, 128 MiB, on m5d.metal / m6g.metal)',
      'FACTS C: Firecracker VMM overhead ≤5 MiB per microVM',
      'Disk: a rootfs the size of the CirrOS virtual disk (FACTS A, 112 MiB) — representative',
    ],
  };
}
