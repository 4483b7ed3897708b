/** Which files each way of starting the VM downloads, and how big that is: the button's "N MB" comes from here. */

/** The two ways to start: from the build-time snapshot, or a full boot to watch. */
export type BootMode = 'resume' | 'cold';

/** Files every start needs: the emulator and its firmware. */
const COMMON = ['libv86.mjs', 'v86.wasm', 'bios.bin', 'vgabios.bin'] as const;
/** What each mode adds. */
const BY_MODE: Record<BootMode, readonly string[]> = {
  resume: ['state.bin.gzip'],
  cold: ['bzImage.bin', 'initramfs.cpio.gzip'],
};

/** Files the page gunzips as they arrive (the kernel unpacks initramfs.cpio.gzip itself). */
export const GUNZIP_ON_ARRIVAL: readonly string[] = ['state.bin.gzip'];

/** The files `mode` downloads, in the order the page fetches them. */
export function filesFor(mode: BootMode): string[] {
  return [...COMMON, ...BY_MODE[mode]];
}

/** Total bytes of `mode`'s files; names missing from `sizes` are an author error (the images were not built). */
export function downloadBytes(mode: BootMode, sizes: Record<string, number>): number {
  return filesFor(mode).reduce((sum, f) => {
    const size = sizes[f];
    if (size === undefined)
      throw new Error(`public/real-kernel/manifest.json: no size for ${f}; run node scripts/real-kernel/build.mjs`);
    return sum + size;
  }, 0);
}

/** "7.9 MB" (decimal megabytes, one decimal), as the buttons and the progress bar say it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
