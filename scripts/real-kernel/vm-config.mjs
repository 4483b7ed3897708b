// The one description of the real-kernel VM, shared by the build script (which boots it headless to take the
// snapshot) and the page (src/components/real-vm/): the same memory size and kernel command line, or the
// snapshot would not fit the machine that resumes it.

/** Guest RAM: the kernel needs 128 MiB to boot Debian's generic 686 kernel with room for the OOM lab. */
export const MEMORY_SIZE = 128 * 1024 * 1024;
/** The serial console carries everything; a small VGA memory keeps the snapshot small. */
export const VGA_MEMORY_SIZE = 2 * 1024 * 1024;
/** Kernel command line; console= must come last. The last three options save ~10 s of probing on v86. */
export const CMDLINE = 'tsc=reliable mitigations=off nokaslr cryptomgr.notests noisapnp pnpbios=off console=ttyS0';
/** What the shell prints as its prompt: the page and the build script wait for it. */
export const PROMPT = '# ';
