/**
 * The emulator's own thread: v86 (loaded from the site after the learner's click), the snapshot's gunzip, the
 * restore and the emulation loop all run here, so the page's main thread only draws the terminal. Serial bytes
 * travel as messages, batched so a busy console is a few messages per frame, not one per byte.
 */
import type { V86, V86Options } from 'v86';
import type { FromVm, ToVm } from './vm-protocol';

/** The worker's global scope, typed here (the project's DOM types would otherwise describe a window). */
const scope = self as unknown as {
  postMessage(msg: FromVm, transfer: Transferable[]): void;
  onmessage: ((ev: MessageEvent<ToVm>) => void) | null;
  close(): void;
};
let emulator: V86 | undefined;
const post = (msg: FromVm, transfer: Transferable[] = []): void => scope.postMessage(msg, transfer);

/** Serial output, flushed every 16 ms. */
function batcher(port: 0 | 1): (byte: number) => void {
  let bytes: number[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (byte) => {
    bytes.push(byte);
    timer ??= setTimeout(() => {
      timer = undefined;
      const data = new Uint8Array(bytes);
      bytes = [];
      post({ type: 'serial', port, data }, [data.buffer]);
    }, 16);
  };
}

async function gunzip(buf: ArrayBuffer): Promise<ArrayBuffer> {
  return new Response(new Blob([buf]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

async function start(msg: Extract<ToVm, { type: 'start' }>): Promise<void> {
  const { V86: V86Ctor } = (await import(/* @vite-ignore */ msg.libUrl)) as { V86: new (o: V86Options) => V86 };
  const files = msg.files;
  if (msg.gunzip) for (const name of msg.gunzip) files[name] = await gunzip(files[name]!);
  emulator = new V86Ctor({
    wasm_fn: async (env: WebAssembly.Imports) => {
      try {
        return (await WebAssembly.instantiate(files['v86.wasm']!, env)).instance.exports;
      } catch {
        const res = await fetch(msg.fallbackWasmUrl);
        return (await WebAssembly.instantiate(await res.arrayBuffer(), env)).instance.exports;
      }
    },
    ...Object.fromEntries(Object.entries(msg.images).map(([option, name]) => [option, { buffer: files[name]! }])),
    ...msg.options,
  } as V86Options);
  emulator.add_listener('serial0-output-byte', batcher(0));
  emulator.add_listener('serial1-output-byte', batcher(1));
  emulator.add_listener('emulator-loaded', () => post({ type: 'loaded' }));
}

scope.onmessage = (ev: MessageEvent<ToVm>) => {
  const msg = ev.data;
  if (msg.type === 'start') {
    start(msg).catch((err: unknown) => post({ type: 'error', message: String(err) }));
    return;
  }
  if (!emulator) return;
  if (msg.type === 'input') emulator.serial_send_bytes(msg.port, new TextEncoder().encode(msg.text));
  else if (msg.type === 'pause') void emulator.stop();
  else if (msg.type === 'resume') void emulator.run();
  else if (msg.type === 'destroy') void emulator.destroy().then(() => scope.close());
};
