/** Reads a Linux boot log (dmesg or the serial console): milestones with the kernel's own timestamps. */

/** A milestone of the boot, in seconds since the kernel started, as printk stamped it. */
export interface BootMilestone {
  label: string;
  seconds: number;
  line: string;
}

/** What each milestone is, and the first log line that marks it. */
const MILESTONES: Array<{ label: string; pattern: RegExp }> = [
  { label: 'Kernel starts (its version banner)', pattern: /Linux version / },
  { label: 'Command line parsed', pattern: /Kernel command line:/ },
  { label: 'Memory managed by the kernel', pattern: /Memory: \d+K\/\d+K available/ },
  { label: 'Clock calibrated', pattern: /(tsc: (Detected|Refined)|Calibrating delay)/ },
  { label: 'Serial console ready', pattern: /ttyS0 at I\/O 0x3f8/ },
  { label: 'initramfs unpacked', pattern: /(Trying to unpack rootfs|Freeing initrd memory)/ },
  { label: 'First user process (/init) runs', pattern: /Run \/init as init process/ },
];

const STAMP = /^\s*\[\s*(\d+\.\d+)\]\s?(.*)$/;

/** The milestones found in `log`, in boot order; a milestone the log lacks is left out. */
export function bootMilestones(log: string): BootMilestone[] {
  const lines = log.split(/\r?\n/).map((l) => STAMP.exec(l.replace(/^<\d+>/, '')));
  const found: BootMilestone[] = [];
  for (const { label, pattern } of MILESTONES) {
    const m = lines.find((l) => l && pattern.test(l[2]!));
    if (m) found.push({ label, seconds: Number(m[1]), line: m[2]! });
  }
  return found;
}

/** Where a cold boot is, from the console output so far: shown beside the progress bar. */
export function bootStage(log: string, prompt: string): string {
  if (log.includes(prompt) && log.includes('boot finished')) return 'shell ready';
  if (log.includes('Run /init')) return 'init running (user space)';
  if (log.includes('Linux version')) return 'kernel booting';
  return 'firmware (SeaBIOS) and kernel decompression';
}
