/**
 * The honesty rule: whatever exists in the real tool either works as the real tool does, or answers
 * with this one message, never "unknown" or "does not exist"; a typo still gets the real tool's error.
 */
import type { Ctx, Surface } from '../shell/types';
import type { OptSpec, Parsed } from './opts';

/**
 * Exit status of every "not simulated" answer: 126, POSIX's "found but cannot be executed" (the shell,
 * `env`, `timeout`, `nohup` and `docker run` use it). The thing exists, this machine cannot run it. It
 * is not success, not 127 ("not found", the very lie this rule removes), and not the 1 or 2 a tool uses
 * for its own failures and typos, so a script or a test can tell the two apart.
 */
export const NOT_SIMULATED_STATUS = 126;

/** The words every such answer carries (tests look for them). */
export const NOT_SIMULATED = 'not simulated in this course';

/** Where to try what the course leaves out. */
export const HINT = {
  linux: 'Try it on a real Linux machine.',
  docker: 'Try it on a real Linux machine with Docker installed.',
  libvirt: 'Try it on a real Linux host with KVM and libvirt.',
} as const;

/**
 * Prints `WHAT: not simulated in this course (it exists in the real TOOL). HINT` on stderr and
 * returns 126. `what` names the command as typed (`docker top`, `ps -o`); `why` replaces the
 * parenthesis when there is something more precise to say (an image that is on Docker Hub).
 */
export function notSimulated(ctx: Ctx, what: string, hint: string = HINT.linux, why?: string): number {
  ctx.err(notSimulatedLine(what, hint, why));
  return NOT_SIMULATED_STATUS;
}

/** The line itself, for the shell's own use (a real program the course does not model). */
export function notSimulatedLine(what: string, hint: string = HINT.linux, why?: string): string {
  const tool = what.split(' ')[0] ?? what;
  return `${what}: ${NOT_SIMULATED} (${why ?? `it exists in the real ${tool}`}). ${hint}\n`;
}

/** A command with no options of its own worth declaring. */
export const NO_OPTIONS: Surface = { supported: [], notSimulated: [] };

/** The surface an option spec declares, each probe prefixed (`run -d`, `run -p`). */
export function surfaceOf(spec: OptSpec, prefix = ''): Surface {
  const at = (o: string) => (prefix ? `${prefix} ${o}` : o);
  return {
    supported: [...Object.keys(spec.flags ?? {}), ...Object.keys(spec.values ?? {})].map(at),
    notSimulated: [...(spec.unsimulated ?? [])].map(at),
  };
}

/** Several surfaces as one. */
export function joinSurfaces(...all: Surface[]): Surface {
  return {
    supported: all.flatMap((s) => s.supported),
    notSimulated: all.flatMap((s) => s.notSimulated),
  };
}

/** How a tool words option errors: GNU getopt (coreutils, procps…) or BusyBox on musl. */
export interface OptStyle {
  busybox?: boolean;
  /** Exit status for a bad option (coreutils 1; ls, grep and wget 2). */
  status?: number;
  /** GNU tools add `Try 'TOOL --help' for more information.`; some print other lines. */
  after?: string;
}

/** Reports the first option problem of `p` as the tool would; null when there is none. */
export function optionError(ctx: Ctx, tool: string, p: Parsed, style: OptStyle = {}): number | null {
  if (p.unsimulated) return notSimulated(ctx, `${tool} ${p.unsimulated}`);
  const bad = p.unknown ?? p.missing;
  if (bad === undefined) return null;
  const long = bad.startsWith('--');
  const name = bad.replace(/^-+/, '');
  let line: string;
  if (style.busybox) line = p.unknown ? `unrecognized option: ${name}` : `option requires an argument: ${name}`;
  else if (p.unknown) line = long ? `unrecognized option '${bad}'` : `invalid option -- '${name}'`;
  else line = long ? `option '${bad}' requires an argument` : `option requires an argument -- '${name}'`;
  const after = style.after ?? (style.busybox ? '' : `Try '${tool} --help' for more information.\n`);
  ctx.err(`${tool}: ${line}\n${after}`);
  return style.status ?? 1;
}
