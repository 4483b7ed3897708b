/**
 * `systemd-analyze [time]`: how long the last boot took, split as systemd measured it. In a KVM guest the split
 * comes from its own boot stages (FACTS B's measured guest via the race stages, firmware representative); the
 * host's boot is not in FACTS, its figures are representative (model/kernel-log.ts). Format: systemd's
 * src/analyze/analyze-time-data.c (`Startup finished in …` with the trailing space before the newline).
 */
import { HOST_BOOT_MS } from '../model/kernel-log';
import type { Vm, VmStage } from '../model/types';
import type { Command } from '../shell/types';
import { viewOf } from '../shell/view';
import { notSimulated } from './honesty';

/** Verbs of systemd 257's systemd-analyze other than `time`. */
const VERBS = [
  'blame', 'critical-chain', 'plot', 'dot', 'dump', 'cat-config', 'unit-files', 'unit-paths', 'exit-status',
  'capability', 'condition', 'syscall-filter', 'filesystems', 'calendar', 'timestamp', 'timespan', 'security',
  'inspect-elf', 'malloc', 'fdstore', 'image-policy', 'has-tpm2', 'pcrs', 'srk', 'architectures', 'smbios11',
  'log-level', 'log-target', 'service-watchdogs', 'verify', 'compare-versions',
]; // prettier-ignore
const OPTIONS = [
  '-h', '--help', '--version', '--no-pager', '--json', '--system', '--user', '--global', '-H', '--host', '-M',
  '--machine', '-q', '--quiet', '--order', '--require', '--fuzz', '--man', '--generators', '--root', '--image',
]; // prettier-ignore

/** systemd's format_timespan at millisecond accuracy: `990ms`, `1.5s` as `1.500s`, whole seconds as `2s`. */
export function timespan(ms: number): string {
  const r = Math.round(ms);
  if (r < 1000) return `${r}ms`;
  if (r >= 60_000) return `${Math.floor(r / 60_000)}min ${timespan(r % 60_000)}`;
  return r % 1000 === 0 ? `${r / 1000}s` : `${Math.floor(r / 1000)}.${String(r % 1000).padStart(3, '0')}s`;
}

/** The guest's stage durations: firmware, loader, kernel, initrd, userspace (from its boot plan). */
function guestSplit(vm: Vm): Array<[string, number]> {
  const at = (s: VmStage) => vm.bootPlan.find((p) => p.stage === s)?.atMs ?? 0;
  return [
    ['firmware', at('bootloader') - at('firmware')],
    ['loader', at('kernel') - at('bootloader')],
    ['kernel', at('initrd') - at('kernel')],
    ['initrd', at('services') - at('initrd')],
    ['userspace', at('running') - at('services')],
  ];
}

/** `systemd-analyze [time]` on a systemd machine (the host or a distro guest). */
export const systemdAnalyze: Command = {
  name: 'systemd-analyze',
  usage: 'systemd-analyze [time]',
  summary: 'show how long the last boot took',
  surface: { supported: ['', 'time'], notSimulated: [...VERBS, ...OPTIONS] },
  run(argv, ctx) {
    const arg = argv[1];
    if (arg !== undefined && (VERBS.includes(arg) || OPTIONS.includes(arg.split('=')[0] as string)))
      return notSimulated(ctx, `systemd-analyze ${arg}`);
    if (arg?.startsWith('-')) {
      ctx.err(`systemd-analyze: unrecognized option '${arg}'\n`);
      return 1;
    }
    if (arg !== undefined && arg !== 'time') {
      ctx.err(`Unknown command verb '${arg}'.\n`);
      return 1;
    }
    if (argv.length > 2) {
      ctx.err(`Too many arguments.\n`);
      return 1;
    }
    const vm = viewOf(ctx.sim, ctx.frame.env).vm;
    // The host boots with GRUB, which reports no firmware or loader time, and initramfs-tools (no initrd split).
    const parts: Array<[string, number]> = vm
      ? guestSplit(vm)
      : [
          ['kernel', HOST_BOOT_MS.kernel],
          ['userspace', HOST_BOOT_MS.userspace],
        ];
    const total = parts.reduce((n, [, ms]) => n + ms, 0);
    const userspace = parts.at(-1)?.[1] ?? 0;
    ctx.out(
      `Startup finished in ${parts.map(([k, ms]) => `${timespan(ms)} (${k})`).join(' + ')} = ${timespan(total)} \nmulti-user.target reached after ${timespan(userspace)} in userspace.\n`,
    );
    return 0;
  },
};
