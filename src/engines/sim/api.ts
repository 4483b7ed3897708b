/**
 * The contract between the simulation engine (src/engines/sim/) and everything that drives it:
 * the xterm.js view, the race view, exercise checks and tests. Plain data only: no DOM here.
 */

/** A piece of terminal output, released `delayMs` of simulated time after the previous one. */
export interface OutputChunk {
  text: string;
  delayMs: number;
}

/** What running one line in a shell session produced. */
export interface ExecResult {
  /** Output in order; `text` may contain `\n` and ANSI SGR colour codes, nothing else. */
  output: OutputChunk[];
  /** The exit status, as `$?` would show it (0 ok, 1 error, 125 docker daemon error, 127 not found, 137 OOM…). */
  exitCode: number;
  /** True when the command cleared the screen (`clear`, Ctrl+L). */
  clear?: boolean;
}

/** Tab-completion answer: replace `line.slice(start, cursor)` with one of `candidates`. */
export interface Completion {
  start: number;
  candidates: string[];
}

/** One interactive shell on the simulated host (or, after `docker exec -it` / `virsh console`, inside a guest). */
export interface ShellSession {
  /** The prompt for the current environment, e.g. `learner@host:~$ ` or `root@3f2a1b9c0d4e:/# `. */
  prompt(): string;
  /** Runs one line (may hold `;`, `&&`, `||`, quotes); never throws on any input. */
  execute(line: string): ExecResult;
  complete(line: string, cursor: number): Completion;
  /** False while the program reading the line asks for a secret (login's `Password: `): do not show what is typed. */
  echo?(): boolean;
  /**
   * A control key that the program attached to the terminal reads itself rather than the line editor: virsh
   * console's escape, Ctrl+] (`\x1d`). Returns what happened, or null when nothing here takes the key.
   */
  controlKey?(key: string): ExecResult | null;
  /** Lines previously run, oldest first (for `history` and the Up/Down keys). */
  history(): readonly string[];
  /**
   * Ctrl+C `elapsedMs` of simulated time into playing the last line's output (its chunk delays, then its trailing
   * wait): SIGINT to that foreground job. The engine undoes what the line would have done after that moment and
   * returns the job's status (130). With nothing running (Ctrl+C at the prompt: pass Infinity) only `$?` becomes
   * 130, as in bash. The terminal prints `^C` itself; the result holds what the shell printed after it.
   */
  interrupt?(elapsedMs: number): ExecResult;
}

/** A way to run a workload, raced in the boot-versus-start view. */
export type RaceProfile = 'kvm-distro' | 'microvm' | 'container-cached' | 'container-pull';

/** One stage of a boot or start: firmware, bootloader, … or pull, namespaces, … */
export interface RaceStage {
  id: string;
  label: string;
  /** One line a learner reads while the stage runs: what it does and why it costs what it costs. */
  explanation: string;
  startMs: number;
  endMs: number;
  /** Log lines as the real system prints them, each at a simulated time within the stage. */
  lines: Array<{ atMs: number; text: string }>;
}

/** The complete, precomputed timeline of one profile: deterministic for a given seed. */
export interface RaceTimeline {
  profile: RaceProfile;
  title: string;
  stages: RaceStage[];
  /** Time at which the workload is ready (login prompt, or the program's first output). */
  readyAtMs: number;
  /**
   * Guest RAM the VM is configured with (null for a container). On KVM it is ordinary memory of the VMM process,
   * allocated when the guest first touches it, not reserved up front (FACTS C).
   */
  guestRamMiB: number | null;
  /**
   * Memory of the monitor or runtime process beside the workload (QEMU, Firecracker, the containerd shim), in the unit
   * its source gives; `atMost` when the source states an upper bound rather than a measurement.
   */
  overhead: { amount: number; unit: 'MB' | 'MiB'; atMost: boolean };
  diskUsedMiB: number;
  /** Kernels running for this workload: 1 for a VM's guest kernel, 0 for a container (it shares the host's). */
  kernelsStarted: number;
  /** Where each figure comes from (FACTS.md section or a cited source). */
  sources: string[];
}
