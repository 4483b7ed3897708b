// Boots the VM headless in Node (v86 runs there too), waits for the shell, zeroes the guest's free memory so
// the saved RAM compresses well, and returns the state gzipped. (v86 can decompress .zst states itself, 0.4 MB
// smaller, but in one 300 ms main-thread task; the page gunzips with DecompressionStream in small steps instead.)
import { gzipSync, constants } from 'node:zlib';
import { V86 } from 'v86';
import { CMDLINE, MEMORY_SIZE, PROMPT, VGA_MEMORY_SIZE } from './vm-config.mjs';

const buffer = (b) => ({ buffer: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) });

/** Fills free memory with zeros in a tmpfs sized to it, frees it again and drops the caches. */
const ZERO_FREE = [
  'mkdir -p /run/z',
  "mount -t tmpfs -o size=$(( $(awk '/MemAvailable/{print $2}' /proc/meminfo) - 12288 ))k z /run/z",
  'cat /dev/zero > /run/z/fill 2>/dev/null',
  'rm /run/z/fill',
  'umount /run/z',
  'rmdir /run/z',
  'sync',
  'echo 3 > /proc/sys/vm/drop_caches',
  'clear',
  'echo SNAPSHOT-READY',
].join('; ');

/** Boots, prepares and saves the machine; resolves to the gzipped state. */
export async function takeSnapshot({
  'bzImage.bin': bzImage,
  'initramfs.cpio.gzip': initrd,
  'bios.bin': bios,
  'vgabios.bin': vga,
  wasmPath,
}) {
  const emulator = new V86({
    wasm_path: wasmPath,
    bios: buffer(bios),
    vga_bios: buffer(vga),
    bzimage: buffer(bzImage),
    initrd: buffer(initrd),
    cmdline: CMDLINE,
    memory_size: MEMORY_SIZE,
    vga_memory_size: VGA_MEMORY_SIZE,
    autostart: true,
    disable_speaker: true,
    // The goal checker's shell (lab-probe) listens on the second serial port.
    uart1: true,
  });
  let out = '';
  const waitFor = (text, timeoutMs) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "${text}" within ${timeoutMs} ms; last output:\n${out.slice(-2000)}`)),
        timeoutMs,
      );
      const poll = setInterval(() => {
        if (out.includes(text)) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      }, 50);
    });
  emulator.add_listener('serial0-output-byte', (byte) => {
    out += String.fromCharCode(byte);
    if (process.env.RK_VERBOSE) process.stdout.write(String.fromCharCode(byte));
  });
  const started = Date.now();
  await waitFor('boot finished', 180_000);
  await waitFor(PROMPT, 30_000);
  console.log(`booted to a prompt in ${((Date.now() - started) / 1000).toFixed(1)} s (headless, Node)`);
  out = '';
  emulator.serial0_send(ZERO_FREE + '\n');
  await waitFor('SNAPSHOT-READY\r\n', 180_000);
  await waitFor(PROMPT, 10_000);
  await emulator.stop();
  const state = new Uint8Array(await emulator.save_state());
  await emulator.destroy();
  const gz = gzipSync(state, { level: constants.Z_BEST_COMPRESSION });
  console.log(`state ${state.length} bytes, ${gz.length} gzip`);
  return gz;
}
