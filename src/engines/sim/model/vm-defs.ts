/** The libvirt domains defined on the course host: their guests' OS, kernel, size, disk, firmware and logins. */
import { CIRROS_DISK } from '../facts';
import { KERNELS, OS } from './catalog';
import type { KernelInfo, OsInfo } from './types';

/** An account that can log in on a guest's console; a null password is a locked account. */
export interface GuestAccount {
  user: string;
  uid: number;
  home: string;
  password: string | null;
}

/** A predefined libvirt domain. */
export interface VmDef {
  name: string;
  /** The guest's own host name (CirrOS without a metadata service keeps its default, `cirros`). */
  hostname: string;
  os: OsInfo;
  kernel: KernelInfo;
  vcpus: number;
  memMiB: number;
  disk: { path: string; format: 'qcow2'; virtualMiB: number; fileMiB: number };
  /** Boots with UEFI firmware (OVMF) rather than SeaBIOS. */
  efi: boolean;
  accounts: GuestAccount[];
  /** /etc/issue, which getty prints before its login prompt (`\n` is the host name, `\l` the tty). */
  issue: string;
}

/**
 * The domains defined on the host. web-vm's disk sizes are representative (not in FACTS). web-vm is the course's
 * own Debian image: like CirrOS it states its lab login in /etc/issue, so the console shows it before the prompt.
 */
export const VM_DEFS: VmDef[] = [
  {
    name: 'web-vm',
    hostname: 'web-vm',
    os: OS.debian13,
    kernel: KERNELS.webVm,
    vcpus: 2,
    memMiB: 2048,
    disk: { path: '/var/lib/libvirt/images/web-vm.qcow2', format: 'qcow2', virtualMiB: 20 * 1024, fileMiB: 1843 },
    efi: true,
    accounts: [{ user: 'root', uid: 0, home: '/root', password: 'isolationlab' }],
    // Debian's /etc/issue is "Debian GNU/Linux 13 \n \l" and a blank line; the course image adds its login line.
    issue: "Debian GNU/Linux 13 \\n \\l\nLab image: log in as 'root', password 'isolationlab'.\n\n",
  },
  // FACTS A: CirrOS 0.6.3 qcow2, 20.7 MiB file, 112 MiB virtual disk. Accounts and issue: cirros-dev/cirros
  // src/etc/shadow (root locked), src/etc/passwd, src/etc/issue.
  {
    name: 'tiny',
    hostname: 'cirros',
    os: OS.cirros,
    kernel: KERNELS.cirros,
    vcpus: 1,
    memMiB: 256,
    disk: {
      path: '/var/lib/libvirt/images/cirros-0.6.3.qcow2',
      format: 'qcow2',
      virtualMiB: CIRROS_DISK.virtualMiB,
      fileMiB: CIRROS_DISK.fileMiB,
    },
    efi: false,
    accounts: [
      { user: 'root', uid: 0, home: '/root', password: null },
      { user: 'cirros', uid: 1000, home: '/home/cirros', password: 'gocubsgo' },
    ],
    issue: "login as 'cirros' user. default password: 'gocubsgo'. use 'sudo' for root.\n",
  },
];
