/** Linux capabilities: numbers from <linux/capability.h>, Docker's default set from FACTS E. */

/** All capabilities in kernel order (bit n = CAP_n); 41 of them as of Linux 6.x. */
export const ALL_CAPS = [
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'LINUX_IMMUTABLE',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_ADMIN',
  'NET_RAW',
  'IPC_LOCK',
  'IPC_OWNER',
  'SYS_MODULE',
  'SYS_RAWIO',
  'SYS_CHROOT',
  'SYS_PTRACE',
  'SYS_PACCT',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_NICE',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'MKNOD',
  'LEASE',
  'AUDIT_WRITE',
  'AUDIT_CONTROL',
  'SETFCAP',
  'MAC_OVERRIDE',
  'MAC_ADMIN',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
  'AUDIT_READ',
  'PERFMON',
  'BPF',
  'CHECKPOINT_RESTORE',
] as const;

/** Docker's default 14 capabilities (FACTS E: moby/moby `oci/caps/defaults.go`). */
export const DOCKER_DEFAULT_CAPS = [
  'CHOWN',
  'DAC_OVERRIDE',
  'FSETID',
  'FOWNER',
  'MKNOD',
  'NET_RAW',
  'SETGID',
  'SETUID',
  'SETFCAP',
  'SETPCAP',
  'NET_BIND_SERVICE',
  'SYS_CHROOT',
  'KILL',
  'AUDIT_WRITE',
];

/** Normalizes `cap_net_admin` / `NET_ADMIN` / `CAP_NET_ADMIN` to `NET_ADMIN`; undefined if unknown. */
export function normalizeCap(name: string): string | undefined {
  const n = name.toUpperCase().replace(/^CAP_/, '');
  return n === 'ALL' || (ALL_CAPS as readonly string[]).includes(n) ? n : undefined;
}

/** The effective set after Docker applies --cap-add/--cap-drop (ALL allowed on either side) and --privileged. */
export function effectiveCaps(add: string[], drop: string[], privileged: boolean): string[] {
  if (privileged) return [...ALL_CAPS];
  let caps = drop.includes('ALL') ? [] : DOCKER_DEFAULT_CAPS.filter((c) => !drop.includes(c));
  caps = add.includes('ALL') ? [...ALL_CAPS] : [...new Set([...caps, ...add])];
  return caps;
}

/** The 16-hex-digit mask /proc/PID/status prints for a capability set (e.g. 00000000a80425fb). */
export function capMask(caps: readonly string[]): string {
  let mask = 0n;
  for (const c of caps) {
    const bit = (ALL_CAPS as readonly string[]).indexOf(c);
    if (bit >= 0) mask |= 1n << BigInt(bit);
  }
  return mask.toString(16).padStart(16, '0');
}
