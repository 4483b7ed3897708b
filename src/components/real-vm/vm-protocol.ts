/** Messages between the page (vm-controller.ts) and the emulator's worker (vm-worker.ts). */

/** Page → worker. */
export type ToVm =
  | {
      type: 'start';
      libUrl: string;
      fallbackWasmUrl: string;
      /** Downloaded files by name (transferred, not copied). */
      files: Record<string, ArrayBuffer>;
      /** Files to gunzip before use. */
      gunzip?: string[];
      /** v86 image options (bios, initial_state, …) → file name. */
      images: Record<string, string>;
      /** Other v86 options (plain data). */
      options: Record<string, unknown>;
    }
  | { type: 'input'; port: 0 | 1; text: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'destroy' };

/** Worker → page. */
export type FromVm =
  { type: 'serial'; port: 0 | 1; data: Uint8Array } | { type: 'loaded' } | { type: 'error'; message: string };
