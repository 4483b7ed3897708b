// Boots the VM headless in Node (v86 runs there too), waits for the shell, zeroes the guest's free memory so
// the saved RAM compresses well, and returns the state gzipped. (v86 can decompress .zst states itself, 0.4 MB
// smaller, but in one 300 ms main-thread task; the page gunzips with DecompressionStream in small steps instead.)
//
// Reproducible: the machine runs on a virtual clock, so two builds save the same bytes. v86 reads the time
// through performance.now (its microtick: PIT, TSC, ACPI and APIC timers, the main loop's time slice) and Date
// (the CMOS clock); both are replaced, while the snapshot is taken, by a clock that advances a fixed step per
// read and, when the guest halts, jumps to the next timer event instead of waiting for it. Its randomness
// (crypto.getRandomValues behind RDRAND, Math.random) comes from a seeded generator. The main loop is driven
// here rather than by v86's own scheduler: JIT-compiled code is installed between two time slices, not when
// the host's compiler finishes, and input is typed and the machine stopped between two slices chosen by the
// guest's own output, never by a host timer.
import { gzipSync, constants } from 'node:zlib';
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

/** Milliseconds of guest time per clock read (v86 reads it at least once per slice of guest instructions). */
const STEP_MS = 0.1;
/** The virtual clock's performance.now() when the machine is created. */
const START_MS = 1000;

/** A clock that moves only when read (a fixed step) or when told to skip (a halted guest's idle time). */
export function virtualClock(epochSeconds) {
  const clock = {
    now: START_MS,
    tick: () => (clock.now += STEP_MS),
    skip: (ms) => {
      if (ms > 0) clock.now += ms;
    },
    date: () => epochSeconds * 1000 + Math.floor(clock.now),
  };
  return clock;
}

/** xorshift32, seeded: the guest's "hardware" random numbers, the same every build. */
export function seededRandom(seed = 0x1a2b3c4d) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/** Replaces the host's clocks and randomness by the virtual ones; returns the function that puts them back. */
function installVirtualHost(clock, rand) {
  const saved = {
    now: performance.now,
    Date: globalThis.Date,
    getRandomValues: globalThis.crypto.getRandomValues,
    random: Math.random,
  };
  const RealDate = saved.Date;
  class VirtualDate extends RealDate {
    constructor(...args) {
      if (args.length) super(...args);
      else super(clock.date());
    }
    static now() {
      return clock.date();
    }
  }
  performance.now = () => clock.tick();
  globalThis.Date = VirtualDate;
  globalThis.crypto.getRandomValues = (array) => {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let i = 0; i < bytes.length; i++) bytes[i] = rand() & 0xff;
    return array;
  };
  Math.random = () => rand() / 2 ** 32;
  return () => {
    performance.now = saved.now;
    globalThis.Date = saved.Date;
    globalThis.crypto.getRandomValues = saved.getRandomValues;
    Math.random = saved.random;
  };
}

/** Boots, prepares and saves the machine; resolves to the gzipped state. */
export async function takeSnapshot({
  'bzImage.bin': bzImage,
  'initramfs.cpio.gzip': initrd,
  'bios.bin': bios,
  'vgabios.bin': vga,
  wasmPath,
  epoch = 1767225600,
}) {
  const realStart = process.hrtime.bigint();
  const elapsed = () => (Number(process.hrtime.bigint() - realStart) / 1e9).toFixed(1);
  const clock = virtualClock(epoch);
  const restoreHost = installVirtualHost(clock, seededRandom());
  try {
    // Imported only now: v86 binds performance.now when its module is evaluated.
    const { V86 } = await import('v86');
    const emulator = new V86({
      wasm_path: wasmPath,
      bios: buffer(bios),
      vga_bios: buffer(vga),
      bzimage: buffer(bzImage),
      initrd: buffer(initrd),
      cmdline: CMDLINE,
      memory_size: MEMORY_SIZE,
      vga_memory_size: VGA_MEMORY_SIZE,
      autostart: false,
      disable_speaker: true,
      // The goal checker's shell (lab-probe) listens on the second serial port.
      uart1: true,
    });
    await new Promise((resolve) => emulator.add_listener('emulator-loaded', resolve));
    let out = '';
    emulator.add_listener('serial0-output-byte', (byte) => {
      out += String.fromCharCode(byte);
      if (process.env.RK_VERBOSE) process.stdout.write(String.fromCharCode(byte));
    });

    // What to do, in order, each step taken between two time slices once the guest has printed its text.
    let stopped;
    const steps = [
      { wait: 'boot finished', then: () => console.log(`kernel booted (${elapsed()} s)`) },
      { wait: PROMPT, then: () => ((out = ''), emulator.serial0_send(ZERO_FREE + '\n')) },
      { wait: 'SNAPSHOT-READY\r\n' },
      { wait: PROMPT, then: () => (stopped = emulator.stop()) },
    ];
    let done;
    const finished = new Promise((resolve) => (done = resolve));

    const vm = emulator.v86;
    const cpu = vm.cpu;
    // JIT: compile synchronously, install at the next slice boundary (v86 installs when the host's async
    // WebAssembly compile resolves, after a host-dependent number of guest instructions).
    const compiled = [];
    cpu.codegen_finalize = function (index, start, flags, ptr, len) {
      const code = new Uint8Array(this.wasm_memory.buffer, ptr >>> 0, len >>> 0);
      const instance = new WebAssembly.Instance(new WebAssembly.Module(code), { e: this.jit_imports });
      compiled.push(() => {
        this.wm.wasm_table.set(index + 1024, instance.exports.f);
        this.codegen_finalize_finished(index, start, flags);
      });
    };
    vm.yield = function (t, tick) {
      for (const install of compiled.splice(0)) install();
      // A halted guest waits t ms for its next timer: skip them.
      clock.skip(t);
      while (steps.length && out.includes(steps[0].wait)) {
        const step = steps.shift();
        step.then?.();
        if (!steps.length) done();
      }
      setImmediate(() => this.yield_callback(tick));
    };

    const timeout = setTimeout(
      () => done(new Error(`no prompt within 600 s; last output:\n${out.slice(-2000)}`)),
      600_000,
    );
    emulator.run();
    const error = await finished;
    clearTimeout(timeout);
    if (error) throw error;
    await stopped;
    console.log(
      `booted, zeroed free memory and stopped at ${(clock.now / 1000).toFixed(1)} s of virtual time, ${elapsed()} s of real time (headless, Node)`,
    );
    const state = new Uint8Array(await emulator.save_state());
    await emulator.destroy();
    const gz = gzipSync(state, { level: constants.Z_BEST_COMPRESSION });
    console.log(`state ${state.length} bytes, ${gz.length} gzip`);
    return gz;
  } finally {
    restoreHost();
  }
}
