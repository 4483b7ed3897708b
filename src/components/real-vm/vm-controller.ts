/**
 * Runs the real-kernel VM for <il-real-vm>: downloads the images (with progress), starts v86, connects the guest's
 * first serial port to the xterm terminal and its second to the goal checker. Loaded only after a button click.
 */
import type { V86, V86Options } from 'v86';
import { CMDLINE, MEMORY_SIZE, PROMPT, VGA_MEMORY_SIZE } from '../../../scripts/real-kernel/vm-config.mjs';
import { bootStage } from '../../engines/real-vm/boot-log';
import { filesFor, GUNZIP_ON_ARRIVAL, type BootMode } from '../../engines/real-vm/download';
import { mountSerialTerminal, type SerialHandle } from '../terminal/xterm-view';
import { readTheme, watchTheme } from '../terminal/theme';

/** Per file: size and sha256, from public/real-kernel/manifest.json (passed in by the page at build time). */
export type FileTable = Record<string, { size: number; sha256: string }>;

/** What the element shows while the VM starts. */
export interface VmView {
  progress(fraction: number, text: string): void;
  /** The shell prompt appeared: ms since the click. */
  ready(ms: number): void;
  escape(): void;
  /** The learner pressed Enter in the console: time to check the goal. */
  line(): void;
}

/** A running VM, as the element sees it. */
export interface VmHandle {
  readonly console: string;
  pause(): void;
  resume(): void;
  /** Sends a command to the checker's shell on ttyS1 and resolves to its output (between request markers). */
  ask(command: string, until: (out: string) => string | undefined, timeoutMs?: number): Promise<string>;
  /** Types into the console as the learner would (tests and the key bar). */
  type(data: string): void;
  focus(): void;
  destroy(): void;
}

const urlOf = (base: string, files: FileTable, name: string): string =>
  `${base}${name}?v=${files[name]!.sha256.slice(0, 16)}`;

/** Fetches the files one after another, reporting bytes received out of the total. */
async function download(
  base: string,
  files: FileTable,
  names: string[],
  onBytes: (done: number, total: number) => void,
): Promise<Map<string, ArrayBuffer>> {
  const total = names.reduce((s, n) => s + files[n]!.size, 0);
  let done = 0;
  const out = new Map<string, ArrayBuffer>();
  for (const name of names) {
    const res = await fetch(urlOf(base, files, name));
    if (!res.ok || !res.body) throw new Error(`${name}: the server answered ${res.status}`);
    const counted = res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          done += chunk.byteLength;
          onBytes(done, total);
          controller.enqueue(chunk);
        },
      }),
    );
    // Gunzipped in small steps as it arrives, so no single task holds the main thread (see snapshot.mjs).
    const body = GUNZIP_ON_ARRIVAL.includes(name) ? counted.pipeThrough(new DecompressionStream('gzip')) : counted;
    out.set(name, await new Response(body).arrayBuffer());
  }
  return out;
}

/** Collects serial bytes as text and hands them on once per frame, so the terminal is not redrawn per byte. */
function byteSink(onText: (text: string) => void): (byte: number) => void {
  const decoder = new TextDecoder();
  let pending: number[] = [];
  let scheduled = false;
  return (byte) => {
    pending.push(byte);
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      const bytes = new Uint8Array(pending);
      pending = [];
      onText(decoder.decode(bytes, { stream: true }));
    });
  };
}

/** Starts the VM in `screen`; resolves once the emulator runs (the prompt comes later, through `view.ready`). */
export async function startVm(
  el: HTMLElement,
  screen: HTMLElement,
  opts: { base: string; files: FileTable; mode: BootMode; describedBy?: string },
  view: VmView,
): Promise<VmHandle> {
  const clicked = performance.now();
  // libv86 first, by URL (the policy allows scripts from the site only, so not from a blob); then the images.
  const { V86: V86Ctor } = (await import(/* @vite-ignore */ urlOf(opts.base, opts.files, 'libv86.mjs'))) as {
    V86: new (o: V86Options) => V86;
  };
  const names = filesFor(opts.mode).filter((n) => n !== 'libv86.mjs');
  const buffers = await download(opts.base, opts.files, names, (done, total) =>
    view.progress((0.6 * done) / total, `Downloading: ${(done / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`),
  );
  view.progress(0.6, opts.mode === 'resume' ? 'Restoring the snapshot…' : 'Starting the emulator…');
  performance.mark('il-vm-downloaded');
  const buffer = (name: string) => ({ buffer: buffers.get(name)! });
  const emulator = new V86Ctor({
    // The wasm was downloaded with the rest (for the progress bar); the fallback build is fetched only if the
    // browser cannot compile the main one.
    wasm_fn: async (env: WebAssembly.Imports) => {
      try {
        return (await WebAssembly.instantiate(buffers.get('v86.wasm')!, env)).instance.exports;
      } catch {
        const res = await fetch(urlOf(opts.base, opts.files, 'v86-fallback.wasm'));
        return (await WebAssembly.instantiate(await res.arrayBuffer(), env)).instance.exports;
      }
    },
    bios: buffer('bios.bin'),
    vga_bios: buffer('vgabios.bin'),
    ...(opts.mode === 'resume'
      ? { initial_state: buffer('state.bin.gzip') }
      : { bzimage: buffer('bzImage'), initrd: buffer('initramfs.cpio.gzip'), cmdline: CMDLINE }),
    memory_size: MEMORY_SIZE,
    vga_memory_size: VGA_MEMORY_SIZE,
    autostart: true,
    disable_speaker: true,
    disable_keyboard: true,
    disable_mouse: true,
    uart1: true,
  } as V86Options);

  let log = '';
  let isReady = false;
  let destroyed = false;
  const theme = readTheme(el);
  const term: SerialHandle = mountSerialTerminal(screen, {
    theme,
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    describedBy: opts.describedBy,
    onData: (data) => {
      emulator.serial0_send(data);
      if (data.includes('\r')) view.line();
    },
    onEscape: view.escape,
  });
  const unwatch = watchTheme(() => term.setTheme(readTheme(el)));
  emulator.add_listener(
    'serial0-output-byte',
    byteSink((text) => {
      log += text;
      term.write(text);
      if (isReady) return;
      if (log.includes(PROMPT) && (opts.mode === 'resume' || log.includes('boot finished'))) {
        isReady = true;
        performance.mark('il-vm-prompt');
        view.progress(1, 'Shell ready');
        view.ready(performance.now() - clicked);
      } else if (opts.mode === 'cold') view.progress(0.6 + Math.min(0.39, log.length / 60000), bootStage(log, PROMPT));
    }),
  );
  emulator.add_listener('emulator-loaded', () => performance.mark('il-vm-loaded'));
  let probeOut = '';
  emulator.add_listener('serial1-output-byte', byteSink((text) => (probeOut += text)));
  if (opts.mode === 'resume') {
    // The snapshot was taken at a prompt: a fresh line redraws it. A byte sent in the first moments after the
    // restore can be lost (the guest's UART is still settling), so the Enter is repeated until a prompt shows.
    const nudge = setInterval(() => {
      if (isReady || destroyed) clearInterval(nudge);
      else if (emulator.is_running()) emulator.serial0_send('\n');
    }, 300);
  }

  return {
    get console() {
      return log;
    },
    pause: () => void (emulator.is_running() && emulator.stop()),
    resume: () => void (!destroyed && !emulator.is_running() && emulator.run()),
    ask: (command, until, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        probeOut = '';
        emulator.serial_send_bytes(1, new TextEncoder().encode(command));
        const started = performance.now();
        const poll = setInterval(() => {
          const reply = until(probeOut);
          if (reply !== undefined) {
            clearInterval(poll);
            resolve(reply);
          } else if (performance.now() - started > timeoutMs || destroyed) {
            clearInterval(poll);
            reject(new Error('the VM did not answer the check in time'));
          }
        }, 100);
      }),
    type: (data) => emulator.serial0_send(data),
    focus: () => term.focus(),
    destroy: () => {
      destroyed = true;
      unwatch();
      term.dispose();
      void emulator.destroy();
    },
  };
}
