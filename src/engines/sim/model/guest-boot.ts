/**
 * What a guest prints on its serial console: its boot (a systemd distro as the race's kvm-distro lane, or CirrOS's
 * busybox init), getty's /etc/issue before the login prompt, and the messages of a reboot.
 */
import { KVM_BOOT_MS } from '../facts';
import type { RaceStage } from '../api';
import { dmesg, jitter, layOut, type StageSpec } from '../race/build';
import { kvmStages } from '../race/kvm';
import type { Rng } from '../rng';
import { kernelBanner } from './catalog';
import type { Vm } from './types';

/**
 * CirrOS's stage durations. FACTS has no CirrOS boot figure, so these are representative: SeaBIOS and GRUB
 * (timeout 0) print nothing on the serial port; the kernel takes FACTS B's distro-kernel 990 ms; CirrOS's own
 * initramfs and busybox init scripts are short. Left out: the EC2 metadata search, which on a host without a
 * metadata service retries for tens of seconds before `=== datasource: None None ===`.
 */
const CIRROS_MS = { firmware: 400, loader: 250, kernel: KVM_BOOT_MS.kernel, initrd: 600, userspace: 2400 } as const;

/** CirrOS 0.6 logo, printed by /etc/init.d/logo just before getty (cirros-dev/cirros src/usr/share/cirros/logo). */
const CIRROS_LOGO = [
  '  ____               ____  ____',
  ' / __/ __ ____ ____ / __ \\/ __/',
  '/ /__ / // __// __// /_/ /\\ \\ ',
  '\\___//_//_/  /_/   \\____/___/ ',
  '   http://cirros-cloud.net',
];

/** A CirrOS 0.6 boot: Ubuntu's 5.15 kernel, CirrOS's initramfs `/init`, busybox init running /etc/rc3.d. */
function cirrosStages(rng: Rng, vm: Vm): StageSpec[] {
  const k = jitter(rng, CIRROS_MS.kernel);
  const i = jitter(rng, CIRROS_MS.initrd);
  const u = jitter(rng, CIRROS_MS.userspace);
  const up = (ms: number) => (ms / 1000).toFixed(2);
  return [
    {
      id: 'firmware',
      label: 'Firmware (BIOS)',
      durationMs: jitter(rng, CIRROS_MS.firmware),
      explanation: '',
      lines: [],
    },
    { id: 'bootloader', label: 'Bootloader', durationMs: jitter(rng, CIRROS_MS.loader), explanation: '', lines: [] },
    {
      id: 'kernel',
      label: 'Guest kernel',
      durationMs: k,
      explanation: '',
      lines: [
        [0, dmesg(0, kernelBanner(vm.kernel))],
        [0.01, dmesg(0, 'Command line: LABEL=cirros-rootfs ro console=tty1 console=ttyS0')],
        [0.05, dmesg(0, 'Hypervisor detected: KVM')],
        [0.06, dmesg(0, 'DMI: QEMU Standard PC (Q35 + ICH9, 2009), BIOS 1.16.3-debian-1.16.3-2 04/01/2014')],
        [0.3, dmesg(k * 0.3, `smpboot: Allowing ${vm.vcpus} CPUs, 0 hotplug CPUs`)],
        [0.5, dmesg(k * 0.5, `Memory: ${vm.memMiB * 1024 - 52_000}K/${vm.memMiB * 1024 - 400}K available`)],
        [0.9, dmesg(k * 0.9, 'Freeing unused kernel image (initmem) memory: 3284K')],
        [1, dmesg(k, 'Run /init as init process')],
      ],
    },
    {
      id: 'initrd',
      label: 'initrd',
      durationMs: i,
      explanation: '',
      lines: [
        [0.05, `info: initramfs: up at ${up(k + i * 0.05)}`],
        [
          0.8,
          dmesg(
            k + i * 0.8,
            'EXT4-fs (vda1): mounted filesystem with ordered data mode. Opts: (null). Quota mode: disabled.',
          ),
        ],
        [0.95, 'info: initramfs loading root from /dev/vda1'],
      ],
    },
    {
      id: 'userspace',
      label: 'Init and services',
      durationMs: u,
      explanation: '',
      lines: [
        [0, `info: /etc/init.d/rc.sysinit: up at ${up(k + i)}`],
        [0.01, 'info: container: none'],
        [0.05, 'Starting syslogd: OK'],
        [0.3, 'Starting network: OK'],
        [0.6, 'Starting dropbear sshd: OK'],
        [0.9, '=== datasource: None None ==='],
        [0.95, `=== cirros: current=${vm.os.versionId} uptime=${up(k + i + u * 0.95)} ===`],
        ...CIRROS_LOGO.map((l): [number, string] => [1, l]),
      ],
    },
    { id: 'login', label: 'Login prompt', durationMs: 0, explanation: '', lines: [] },
  ];
}

/** getty's output before its prompt: a new line, then /etc/issue with `\n` (node name) and `\l` (tty) expanded. */
export function gettyIssue(vm: Vm): string {
  return `\n${vm.issue.replace(/\\n/g, vm.hostname).replace(/\\l/g, 'ttyS0')}`;
}

/** The PS1 a login shell gets from the guest's /etc/profile: CirrOS sets `# ` for root and `$ ` for others. */
export function profilePs1(vm: Vm, uid: number): string | undefined {
  return vm.os.id === 'cirros' ? (uid === 0 ? '# ' : '$ ') : undefined; // cirros-dev/cirros src/etc/profile
}

/** getty's and login's prompt for a name. */
export function loginPrompt(vm: Vm): string {
  return `${vm.hostname} login: `;
}

/**
 * The guest's boot schedule from `startMs`: the stages the race shows for a distro guest (with its own kernel and
 * name), or CirrOS's; its last stage prints getty's issue, and the login prompt follows it.
 */
export function bootStagesOf(vm: Vm, rng: Rng, startMs: number): RaceStage[] {
  const specs =
    vm.os.id === 'cirros'
      ? cirrosStages(rng, vm)
      : kvmStages(rng, {
          hostname: vm.hostname,
          prettyName: vm.os.prettyName,
          kernel: vm.kernel.release,
          kernelBuild: vm.kernel.build,
          memMiB: vm.memMiB,
          vcpus: vm.vcpus,
        });
  const issue = gettyIssue(vm).replace(/\n$/, '').split('\n');
  const login = specs.find((s) => s.id === 'login');
  if (login) login.lines = issue.map((l): [number, string] => [0, l]);
  return layOut(specs, startMs);
}

/**
 * What the console shows as the guest goes down for a reboot, and how long that takes (representative: a
 * systemd guest stops its units in about a second; busybox init just signals everything).
 */
export function rebootMessages(vm: Vm, uptimeMs: number): { lines: string[]; durationMs: number } {
  const restart = dmesg(uptimeMs, 'reboot: Restarting system');
  if (vm.os.id === 'cirros')
    return {
      durationMs: 300,
      lines: [
        'The system is going down NOW!',
        'Sent SIGTERM to all processes',
        'Sent SIGKILL to all processes',
        'Requesting system reboot',
        restart,
      ],
    };
  return {
    durationMs: 1200,
    lines: [
      '[\u001b[0;32m  OK  \u001b[0m] Stopped \u001b[0;1;39mssh.service\u001b[0m - OpenBSD Secure Shell server.',
      '[\u001b[0;32m  OK  \u001b[0m] Stopped \u001b[0;1;39msystemd-journald.service\u001b[0m - Journal Service.',
      '[\u001b[0;32m  OK  \u001b[0m] Reached target \u001b[0;1;39mreboot.target\u001b[0m - System Reboot.',
      restart,
    ],
  };
}
