/**
 * Runs the real-kernel VM for <il-real-vm>: downloads the images (with progress), starts v86, connects the guest's
 * first serial port to the xterm terminal and its second to the goal checker. Loaded only after a button click.
 */
import type { FromVm, ToVm } from './vm-protocol';
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
): Promise<Record<string, ArrayBuffer>> {
  const total = names.reduce((s, n) => s + files[n]!.size, 0);
  let done = 0;
  const out: Record<string, ArrayBuffer> = {};
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
    out[name] = await new Response(counted).arrayBuffer();
  }
  return out;
}

/** Starts the VM in `screen`; resolves once the emulator's worker has its files (the prompt comes later). */
export async function startVm(
  el: HTMLElement,
  screen: HTMLElement,
  opts: { base: string; files: FileTable; mode: BootMode; describedBy?: string },
  view: VmView,
): Promise<VmHandle> {
  const clicked = performance.now();
  const names = filesFor(opts.mode).filter((n) => n !== 'libv86.mjs');
  const buffers = await download(opts.base, opts.files, names, (done, total) =>
    view.progress((0.6 * done) / total, `Downloading: ${(done / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`),
  );
  view.progress(0.6, opts.mode === 'resume' ? 'Restoring the snapshot…' : 'Starting the emulator…');
  // The emulator runs in its own worker: gunzip, restore and emulation never hold the page's main thread.
  const worker = new Worker(new URL('./vm-worker.ts', import.meta.url), { type: 'module' });
  const send = (msg: ToVm, transfer: Transferable[] = []): void => worker.postMessage(msg, transfer);
  send(
    {
      type: 'start',
      libUrl: new URL(urlOf(opts.base, opts.files, 'libv86.mjs'), location.href).href,
      fallbackWasmUrl: new URL(urlOf(opts.base, opts.files, 'v86-fallback.wasm'), location.href).href,
      files: buffers,
      gunzip: names.filter((n) => GUNZIP_ON_ARRIVAL.includes(n)),
      images: {
        bios: 'bios.bin',
        vga_bios: 'vgabios.bin',
        ...(opts.mode === 'resume'
          ? { initial_state: 'state.bin.gzip' }
          : { bzimage: 'bzImage.bin', initrd: 'initramfs.cpio.gzip' }),
      },
      options: {
        ...(opts.mode === 'cold' ? { cmdline: CMDLINE } : {}),
        memory_size: MEMORY_SIZE,
        vga_memory_size: VGA_MEMORY_SIZE,
        autostart: true,
        disable_speaker: true,
        disable_keyboard: true,
        disable_mouse: true,
        // The goal checker's shell (lab-probe) listens on the second serial port.
        uart1: true,
      },
    },
    Object.values(buffers),
  );
  const input = (port: 0 | 1, text: string): void => send({ type: 'input', port, text });

  let log = '';
  let isReady = false;
  let destroyed = false;
  let running = true;
  const term: SerialHandle = mountSerialTerminal(screen, {
    theme: readTheme(el),
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    describedBy: opts.describedBy,
    onData: (data) => {
      input(0, data);
      if (data.includes('\r')) view.line();
    },
    onEscape: view.escape,
  });
  const unwatch = watchTheme(() => term.setTheme(readTheme(el)));
  // A cold boot prints ~40 KB of kernel log in seconds: rebuilding the accessibility tree for each chunk would
  // hold the main thread for hundreds of ms. The progress text speaks the boot stage meanwhile.
  if (opts.mode === 'cold') term.setScreenReader(false);
  const decoders = [new TextDecoder(), new TextDecoder()];
  let probeOut = '';
  const onConsole = (text: string): void => {
    log += text;
    term.write(text);
    if (isReady) return;
    if (log.includes(PROMPT) && (opts.mode === 'resume' || log.includes('boot finished'))) {
      isReady = true;
      term.setScreenReader(true);
      view.progress(1, 'Shell ready');
      view.ready(performance.now() - clicked);
    } else if (opts.mode === 'cold') view.progress(0.6 + Math.min(0.39, log.length / 60000), bootStage(log, PROMPT));
  };
  worker.onmessage = (ev: MessageEvent<FromVm>) => {
    const msg = ev.data;
    if (msg.type === 'serial') {
      const text = decoders[msg.port]!.decode(msg.data, { stream: true });
      if (msg.port === 0) onConsole(text);
      else probeOut += text;
    } else if (msg.type === 'error') view.progress(0.6, `The VM could not start (${msg.message}).`);
    else if (msg.type === 'loaded' && opts.mode === 'resume') {
      // The snapshot was taken at a prompt: a fresh line redraws it. A byte sent in the first moments after the
      // restore can be lost (the guest's UART is still settling), so the Enter is repeated until a prompt shows.
      const nudge = setInterval(() => {
        if (isReady || destroyed) clearInterval(nudge);
        else if (running) input(0, '\n');
      }, 300);
    }
  };

  let asking: Promise<unknown> = Promise.resolve();
  const askNow = (command: string, until: (out: string) => string | undefined, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      probeOut = '';
      input(1, command);
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
    });

  return {
    get console() {
      return log;
    },
    pause: () => {
      if (running) send({ type: 'pause' });
      running = false;
    },
    resume: () => {
      if (!running && !destroyed) send({ type: 'resume' });
      running = true;
    },
    // One question at a time on ttyS1: each waits for the one before, so replies never mix.
    ask: (command, until, timeoutMs = 15_000) => {
      const next = asking.catch(() => undefined).then(() => askNow(command, until, timeoutMs));
      asking = next;
      return next;
    },
    type: (data) => input(0, data),
    focus: () => term.focus(),
    destroy: () => {
      destroyed = true;
      unwatch();
      term.dispose();
      send({ type: 'destroy' });
      // The worker closes itself once v86 has stopped; this is the backstop if it cannot.
      setTimeout(() => worker.terminate(), 1000);
    },
  };
}
