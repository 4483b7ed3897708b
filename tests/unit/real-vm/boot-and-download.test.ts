import { describe, expect, it } from 'vitest';
import { bootMilestones, bootStage } from '../../../src/engines/real-vm/boot-log';
import { downloadBytes, filesFor, formatMegabytes } from '../../../src/engines/real-vm/download';

const LOG = [
  '[    0.000000] Linux version 6.1.192 (lab@isolation-lab) (gcc (Debian 12.2.0-14) 12.2.0) #1 2026-01-01',
  '[    0.000000] Kernel command line: tsc=reliable console=ttyS0',
  '[    0.031000] Memory: 118532K/130680K available (2100K kernel code)',
  '[    0.120000] tsc: Detected 2400.000 MHz processor',
  '[    0.455859] Unpacking initramfs...',
  '[    1.631202] serial8250: ttyS0 at I/O 0x3f8 (irq = 4, base_baud = 115200) is a 16550A',
  '[    1.723028] Run /init as init process',
].join('\r\n');

describe('boot milestones from the kernel log', () => {
  it('reads each milestone with its printk time, in boot order', () => {
    expect(bootMilestones(LOG).map((m) => [m.label, m.seconds])).toEqual([
      ['Kernel starts (its version banner)', 0],
      ['Command line parsed', 0],
      ['Memory managed by the kernel', 0.031],
      ['Clock calibrated', 0.12],
      ['Serial console ready', 1.631202],
      ['First user process (/init) runs', 1.723028],
    ]);
  });

  it('leaves out what the log lacks and ignores unstamped lines', () => {
    expect(bootMilestones('Run /init as init process\n[ 2.5] Run /init as init process')).toEqual([
      { label: 'First user process (/init) runs', seconds: 2.5, line: 'Run /init as init process' },
    ]);
    expect(bootMilestones('')).toEqual([]);
  });

  it('names the stage a cold boot has reached', () => {
    expect(bootStage('SeaBIOS (version 1.16.2)', '# ')).toBe('firmware (SeaBIOS) and kernel decompression');
    expect(bootStage(LOG.split('\r\n')[0]!, '# ')).toBe('kernel booting');
    expect(bootStage(LOG, '# ')).toBe('init running (user space)');
    expect(bootStage(`${LOG}\nlab-vm: boot finished\nroot@lab-vm:~# `, '# ')).toBe('shell ready');
  });
});

describe('download sizes', () => {
  const sizes = {
    'libv86.mjs': 100,
    'v86.wasm': 1000,
    'bios.bin': 10,
    'vgabios.bin': 1,
    'state.bin.gzip': 5000,
    'bzImage.bin': 2000,
    'initramfs.cpio.gzip': 3000,
  };

  it('counts the emulator, firmware and each mode’s own files', () => {
    expect(filesFor('resume')).toEqual(['libv86.mjs', 'v86.wasm', 'bios.bin', 'vgabios.bin', 'state.bin.gzip']);
    expect(downloadBytes('resume', sizes)).toBe(6111);
    expect(downloadBytes('cold', sizes)).toBe(6111);
  });

  it('fails with the fix when the images were not built', () => {
    expect(() => downloadBytes('cold', { 'libv86.mjs': 1 })).toThrow(
      'public/real-kernel/manifest.json: no size for v86.wasm; run node scripts/real-kernel/build.mjs',
    );
  });

  it('says megabytes with one decimal', () => {
    expect(formatMegabytes(5_230_000)).toBe('5.2 MB');
    expect(formatMegabytes(0)).toBe('0.0 MB');
  });
});

describe('the shipped images', () => {
  it('keep either download path within 10 MB', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync('public/real-kernel/manifest.json', 'utf8')) as {
      files: Record<string, { size: number }>;
    };
    const sizes = Object.fromEntries(Object.entries(manifest.files).map(([f, v]) => [f, v.size]));
    expect(downloadBytes('resume', sizes)).toBeLessThan(10e6);
    expect(downloadBytes('cold', sizes)).toBeLessThan(10e6);
  });
});
