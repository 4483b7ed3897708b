/** The 'kvm-distro' profile: a full distro guest on QEMU/KVM, firmware to login prompt. */
import type { RaceTimeline } from '../api';
import { KVM_BOOT_MS, OVERHEAD_MIB, VM_FIRMWARE_MS } from '../facts';
import type { Rng } from '../rng';
import { dmesg, jitter, layOut, type StageSpec } from './build';

/** What the boot log names: kernel, OS and machine of the guest. */
export interface GuestIdentity {
  hostname: string;
  prettyName: string;
  kernel: string;
  kernelBuild: string;
  memMiB: number;
  vcpus: number;
}

/** Boot stages of a systemd distro guest; the figures are FACTS B's Fedora guest, firmware representative. */
export function kvmStages(rng: Rng, g: GuestIdentity): StageSpec[] {
  const k = jitter(rng, KVM_BOOT_MS.kernel);
  const i = jitter(rng, KVM_BOOT_MS.initrd);
  return [
    {
      id: 'firmware',
      label: 'Firmware (UEFI)',
      durationMs: jitter(rng, VM_FIRMWARE_MS),
      explanation:
        'Virtual UEFI firmware (OVMF) initialises the emulated hardware and finds a boot device. The course found no published measurement of virtual firmware alone, so this 1.5 s is a representative value, not a measurement.',
      lines: [
        [
          0.05,
          'BdsDxe: loading Boot0001 "UEFI QEMU HARDDISK QM00001 " from PciRoot(0x0)/Pci(0x1F,0x2)/Sata(0x0,0xFFFF,0x0)',
        ],
        [
          0.95,
          'BdsDxe: starting Boot0001 "UEFI QEMU HARDDISK QM00001 " from PciRoot(0x0)/Pci(0x1F,0x2)/Sata(0x0,0xFFFF,0x0)',
        ],
      ],
    },
    {
      id: 'bootloader',
      label: 'Bootloader',
      durationMs: jitter(rng, KVM_BOOT_MS.loader),
      explanation:
        'systemd-boot reads its menu from the EFI partition and loads the kernel and initrd into guest memory.',
      lines: [
        [0.1, `Boot Loader: systemd-boot — loading /vmlinuz-${g.kernel}`],
        [0.9, 'EFI stub: Loaded initrd from LINUX_EFI_INITRD_MEDIA_GUID device path'],
      ],
    },
    {
      id: 'kernel',
      label: 'Guest kernel',
      durationMs: k,
      explanation:
        'A whole second Linux kernel starts inside the VM: memory, CPUs, virtio devices — it shares nothing with the host kernel.',
      lines: [
        [
          0,
          dmesg(
            0,
            `Linux version ${g.kernel} (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-14 (Debian 14.2.0-19) 14.2.0, GNU ld (GNU Binutils for Debian) 2.44) ${g.kernelBuild}`,
          ),
        ],
        [0.01, dmesg(0, `Command line: BOOT_IMAGE=/vmlinuz-${g.kernel} root=/dev/vda1 ro console=ttyS0,115200n8`)],
        [0.05, dmesg(0, 'Hypervisor detected: KVM')],
        [0.3, dmesg(k * 0.3, `smpboot: Allowing ${g.vcpus} CPUs, 0 hotplug CPUs`)],
        [0.5, dmesg(k * 0.5, `Memory: ${g.memMiB * 1024 - 98_000}K/${g.memMiB * 1024 - 400}K available`)],
        [0.9, dmesg(k * 0.9, 'Freeing unused kernel image (initmem) memory: 4104K')],
        [1, dmesg(k, 'Run /init as init process')],
      ],
    },
    {
      id: 'initrd',
      label: 'initrd',
      durationMs: i,
      explanation:
        'The initial RAM disk loads virtio drivers, finds the root disk and mounts it before handing over to the real init.',
      lines: [
        [0.05, 'Loading, please wait...'],
        [0.3, dmesg(k + i * 0.3, 'virtio_blk virtio2: 1/0/0 default/read/poll queues')],
        [0.35, dmesg(k + i * 0.35, 'virtio_blk virtio2: [vda] 41943040 512-byte logical blocks (21.5 GB/20.0 GiB)')],
        [0.7, 'Begin: Mounting root file system ... done.'],
        [0.95, dmesg(k + i * 0.95, 'EXT4-fs (vda1): mounted filesystem ro with ordered data mode. Quota mode: none.')],
      ],
    },
    {
      id: 'userspace',
      label: 'Init and services',
      durationMs: jitter(rng, KVM_BOOT_MS.userspace),
      explanation: "systemd, the guest's own PID 1, starts dozens of services — the longest part of a distro boot.",
      lines: [
        [
          0,
          dmesg(
            k + i,
            'systemd[1]: systemd 257.8-1~deb13u2 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SECCOMP)',
          ),
        ],
        [0.01, ''],
        [0.02, `Welcome to \u001b[1m${g.prettyName}\u001b[0m!`],
        [0.03, ''],
        [
          0.1,
          '[\u001b[0;32m  OK  \u001b[0m] Started \u001b[0;1;39msystemd-journald.service\u001b[0m - Journal Service.',
        ],
        [
          0.25,
          '[\u001b[0;32m  OK  \u001b[0m] Started \u001b[0;1;39msystemd-udevd.service\u001b[0m - Rule-based Manager for Device Events and Files.',
        ],
        [
          0.5,
          '[\u001b[0;32m  OK  \u001b[0m] Reached target \u001b[0;1;39mnetwork-online.target\u001b[0m - Network is Online.',
        ],
        [
          0.8,
          '[\u001b[0;32m  OK  \u001b[0m] Started \u001b[0;1;39mssh.service\u001b[0m - OpenBSD Secure Shell server.',
        ],
        [
          0.95,
          '[\u001b[0;32m  OK  \u001b[0m] Started \u001b[0;1;39mserial-getty@ttyS0.service\u001b[0m - Serial Getty on ttyS0.',
        ],
        [
          1,
          '[\u001b[0;32m  OK  \u001b[0m] Reached target \u001b[0;1;39mmulti-user.target\u001b[0m - Multi-User System.',
        ],
      ],
    },
    {
      id: 'login',
      label: 'Login prompt',
      durationMs: 0,
      explanation: 'getty prints the login prompt on the serial console: the VM is ready for a user.',
      lines: [
        [0, ''],
        [0, `${g.prettyName} ${g.hostname} ttyS0`],
        [0, ''],
        [0, `${g.hostname} login: `],
      ],
    },
  ];
}

/** Plans the kvm-distro race lane for a Debian-13-like guest with 2 vCPU / 2 GiB. */
export function planKvm(rng: Rng): RaceTimeline {
  const stages = layOut(
    kvmStages(rng, {
      hostname: 'web-vm',
      prettyName: 'Debian GNU/Linux 13 (trixie)',
      kernel: '6.12.38+deb13-amd64',
      kernelBuild: '#1 SMP PREEMPT_DYNAMIC Debian 6.12.38-1 (2025-07-16)',
      memMiB: 2048,
      vcpus: 2,
    }),
  );
  return {
    profile: 'kvm-distro',
    title: 'Distro VM on QEMU/KVM',
    stages,
    readyAtMs: stages.at(-1)?.endMs ?? 0,
    guestRamMiB: 2048,
    overhead: { amount: OVERHEAD_MIB.qemu, unit: 'MB', atMost: false }, // FACTS C: ~131 MB (NSDI'20)
    diskUsedMiB: 1843,
    kernelsStarted: 1,
    sources: [
      'FACTS B: Fedora guest on QEMU/KVM — loader 132 ms, kernel 990 ms, initrd 1.66 s, userspace 6.04 s (systemd/systemd#22060)',
      'Firmware 1.5 s: representative value; FACTS has no figure for virtual firmware',
      "FACTS C: QEMU VMM overhead ~131 MB (Agache et al., NSDI'20); guest RAM 2 GiB configured, allocated on first touch",
      'Disk: 1.8 GiB qcow2 file for a 20 GiB virtual disk — representative, not from FACTS',
    ],
  };
}
