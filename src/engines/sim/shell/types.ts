/** Types shared by the shell and the commands: where a shell runs, and what a command may do. */
import type { Proc, Sim } from '../model/types';

import type { Env } from '../model/types';

export type { Env };

/** One shell on the session's stack (the host shell at the bottom). */
export interface Frame {
  env: Env;
  /** `bash` prints `bash: x: command not found`; busybox `sh` prints `sh: x: not found`. */
  shell: 'bash' | 'sh';
  uid: number;
  /** The real uid when it differs from `uid` (a set-user-ID program's shell run with `-p`); see setuid.ts. */
  ruid?: number;
  user: string;
  home: string;
  cwd: string;
  vars: Map<string, string>;
  /** The shell's own PID as seen from inside its environment, and its host PID (0 inside a VM). */
  shellPid: number;
  shellHostPid: number;
  /** Set while running a `sh -c` script; `exit N` there ends only the script, with `exitCode`. */
  script?: boolean;
  exitCode?: number;
  /** Set by `env -i`: the environment is exactly `vars` (no HOME, PWD or USER added). */
  cleanEnv?: boolean;
  /** HOME or USER after `unset`: the shell no longer falls back to the account's values for them. */
  unsetVars?: Set<string>;
  /** Shell variables set by assignment and never exported: `vars` minus these is the environment. */
  unexported?: Set<string>;
  /** Background jobs started with `&`, and `$!`. */
  jobs?: Job[];
  lastBgPid?: number;
  /** Debian's /bin/sh is dash: a POSIX `sh` frame whose default prompt is `# ` or `$ ` (dash(1), no PS1 escapes). */
  dash?: true;
  /**
   * The host name bash read once at start-up (shell.c shell_initialize): `\h` in its prompt keeps it after a later
   * `hostname NAME`; a new bash started afterwards reads the new one.
   */
  promptHost?: string;
  /** Set on a VM's serial console itself (`virsh console`): no shell runs here; getty and login read the lines. */
  serial?: boolean;
}

/** One background job: its number, its PID in the frame's environment, and its command line. */
export interface Job {
  id: number;
  pid: number;
  text: string;
}

/** Whose wait it is: the foreground program's (SIGINT stops it) or a daemon's it asked (it finishes anyway). */
export interface AdvanceOpts {
  daemon?: boolean;
}

/** When a line replayed up to a Ctrl+C must stop, and whether a daemon-side wait already ran past it. */
export interface Deadline {
  atMs: number;
  /** A wait done on the daemon's side (`docker stop`'s grace period) crossed it: the job ends when it returns. */
  pending: boolean;
  /** Called once, when the job is stopped: what is printed after that is the shell's, after the `^C`. */
  onStop?(): void;
}

/** What a command receives: the simulator, its shell frame, streams, and ways to run further commands. */
export interface Ctx {
  sim: Sim;
  frame: Frame;
  /** Effective uid (0 under `sudo`). */
  uid: number;
  /** PID of this command's own process in its environment (for `$$`-like views and /proc/self). */
  selfPid: number;
  /** This command's process (absent for shell builtins). */
  selfProc?: Proc;
  /** Keeps this command's process alive after `run` returns (a new shell, a background job). */
  keepSelf(): void;
  /** Standard input from a pipe or a file (what is left of it), or null for the terminal; looking does not read it. */
  readonly stdin: string | null;
  /** Reads standard input to its end (cat, grep, wc…): a `while read` loop's next `read` then finds nothing. */
  readStdin(): string | null;
  /** One line of standard input (`read`): null at its end, undefined when it is the terminal. */
  readLine(): { line: string; newline: boolean } | null | undefined;
  /** True when standard output is the terminal, not a pipe or a file (`ls` prints columns only then). */
  stdoutTty: boolean;
  /** True when the line ended in `&` (or for a detached container's PID 1). */
  background: boolean;
  /** False when stdin is closed (docker run/exec without -i): a shell then exits at once. */
  interactive: boolean;
  out(text: string, delayMs?: number): void;
  err(text: string): void;
  /**
   * Advances the simulated clock (a command that takes time); the terminal waits as long. Ctrl+C stops a program's
   * own wait where it is; a wait on a daemon's side (`{ daemon: true }`: docker stop's grace period) runs to its end.
   */
  advance(ms: number, how?: AdvanceOpts): void;
  /** Enters a new shell (container, VM console); `exit` pops it. */
  push(frame: Frame): void;
  depth(): number;
  /** Runs argv as a command in `frame` (default: this one), with output going to this command's streams. */
  run(argv: string[], frame?: Frame, uid?: number): number;
  /**
   * Forks argv as a child of this command's process, in the foreground or background as this command is; when the
   * child stays (a `&` job), this process stays too, its parent waiting for it (sudo).
   */
  runChild(argv: string[], frame: Frame, uid: number): number;
  /** Runs argv as an existing process (a container's PID 1): no fork, the process stays. */
  exec(
    argv: string[],
    opts: {
      frame: Frame;
      proc: Proc;
      background: boolean;
      interactive: boolean;
      out?: (text: string, delayMs?: number) => void;
    },
  ): { code: number; kept: boolean };
  /** Runs a shell script line (`sh -c`) in a new shell started from `frame` (its own variables). */
  runLine(line: string, frame?: Frame): number;
  /** Runs script text in this very shell (`source`, `.`, `eval`: its `label` for syntax errors); its variables and `cd` stay. */
  source(text: string, label?: string): number;
  history(): readonly string[];
  /** Asks the terminal to clear the screen (`clear`). */
  clearScreen(): void;
  /** The exit status of the previous command (`$?`), which `exit` with no argument returns. */
  lastStatus(): number;
  /** Ends the current nested shell with `code`; false on the login shell. */
  exitShell(code: number): boolean;
}

/**
 * What of the real tool a command declares, as probes (argv after the command name, space-separated):
 * each `supported` probe is modelled; each `notSimulated` one exists in the real tool and answers the
 * course's one "not simulated" message. Anything in neither gets the real tool's own error.
 */
export interface Surface {
  supported: string[];
  notSimulated: string[];
}

/** One command, in its own file under commands/. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Built into the shell (always present), rather than a program that must exist in the image. */
  builtin?: boolean;
  /** Tab completion: candidates for the word being typed (`word`, a prefix) after the words `argv` before it. */
  completions?: (argv: string[], sim: Sim, word: string) => string[];
  /** The real tool's options and subcommands, declared so a test can walk them (see commands/honesty.ts). */
  surface: Surface;
  run(argv: string[], ctx: Ctx): number;
}
