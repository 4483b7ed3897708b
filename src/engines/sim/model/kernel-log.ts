/**
 * The host kernel's ring buffer: its boot messages, then what it logged since (a VM's start). dmesg prints it;
 * a guest's buffer is its own boot log (see guest-boot.ts). The host's boot is not in FACTS: every line and
 * time below is a representative Debian 13 boot on the course's host (facts.ts HOST_CPU, 16 GiB).
 */
import { HOST, HOST_CPU } from '../facts';
import { kernelBanner, KERNELS } from './catalog';
import type { SimState } from './types';

/** How long the host had been up when the simulation starts (/proc/uptime and dmesg agree on it). */
export const HOST_UPTIME_AT_START_MS = 86_400_000;

/** The host's boot as systemd-analyze splits it (representative: GRUB reports no firmware or loader time). */
export const HOST_BOOT_MS = { kernel: 2611, userspace: 7843 } as const;

const BOOT: Array<[number, string]> = [
  [0, kernelBanner(KERNELS.host)],
  [0, `Command line: BOOT_IMAGE=/boot/vmlinuz-${KERNELS.host.release} root=UUID=3f1c7a52-9d0e-4c1b-8a6e-2b7d5e4f9a10 ro quiet`],
  [0, 'DMI: To Be Filled By O.E.M. To Be Filled By O.E.M./H270M-ITX/ac, BIOS P2.30 04/22/2019'],
  [12, `smpboot: Allowing ${HOST.cpus} CPUs, 0 hotplug CPUs`],
  [
    96,
    `Memory: ${HOST.memMiB * 1024 - 478_000}K/${HOST.memMiB * 1024 - 96_000}K available (16384K kernel code, 2465K rwdata, 11064K rodata, 4104K init, 4652K bss, 410000K reserved, 0K cma-reserved)`,
  ],
  [121, `smpboot: CPU0: ${HOST_CPU.modelName} (family: 0x6, model: 0x${HOST_CPU.model.toString(16)}, stepping: 0x${HOST_CPU.stepping.toString(16)})`],
  [
    138,
    `smp: Brought up 1 node, ${HOST.cpus} CPUs`,
  ],
  [1104, 'Freeing unused kernel image (initmem) memory: 4104K'],
  [1121, 'Run /init as init process'],
  [2288, 'EXT4-fs (sda1): mounted filesystem 3f1c7a52-9d0e-4c1b-8a6e-2b7d5e4f9a10 ro with ordered data mode. Quota mode: none.'],
  [
    HOST_BOOT_MS.kernel,
    'systemd[1]: systemd 257.8-1~deb13u2 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SECCOMP)',
  ],
  [2640, 'systemd[1]: Hostname set to <host>.'],
  [3317, 'EXT4-fs (sda1): re-mounted 3f1c7a52-9d0e-4c1b-8a6e-2b7d5e4f9a10 r/w. Quota mode: none.'],
  [6902, 'bridge: filtering via arp/ip/ip6tables is no longer available by default. Update your scripts to load br_netfilter if you need this.'],
  [6910, 'Bridge firewalling registered'],
  [7544, 'evm: overlay not supported'],
  [7811, 'Initializing XFRM netlink socket'],
]; // prettier-ignore

/** Appends a message at the current simulated time. */
export function logKernel(state: SimState, text: string): void {
  state.kernelLog.push({ atMs: state.clockMs, text });
}

/** The host's ring buffer: each message and its time since the host kernel started. */
export function hostKernelMessages(state: SimState): Array<{ offsetMs: number; text: string }> {
  return [
    ...BOOT.map(([offsetMs, text]) => ({ offsetMs, text })),
    ...state.kernelLog.map((l) => ({ offsetMs: HOST_UPTIME_AT_START_MS + l.atMs, text: l.text })),
  ];
}
