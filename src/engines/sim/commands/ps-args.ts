/** How procps reads `ps` arguments: BSD letters (`aux`), SysV options (`-ef`) and GNU long options. */

/** What `ps` was asked for: a selection and a format this course models, or why not. */
export type PsRequest =
  | { kind: 'ok'; all: boolean; format: 'short' | 'full' | 'bsd-user' }
  | { kind: 'error'; text: string }
  | { kind: 'unsimulated'; what: string };

/** SysV letters procps accepts; e, A and f are modelled. */
const SYSV = 'AaCcdeFfGgHjLlMmNnOopqrsTtUuVvwXxyZ';
/** BSD letters procps accepts; a, u and x together (`ps aux`) are modelled. */
const BSD = 'acefghjlLmnoOpqrsStTuUvVwxXZ';
/** GNU long options of procps. */
const LONG = [
  'forest', 'sort', 'format', 'pid', 'ppid', 'user', 'User', 'group', 'Group', 'sid', 'tty', 'deselect',
  'no-headers', 'no-heading', 'headers', 'cols', 'columns', 'width', 'lines', 'rows', 'cumulative', 'context',
  'help', 'info', 'version', 'quick-pid', 'signames',
]; // prettier-ignore

const USAGE =
  "\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";

/** procps's error block. */
const error = (what: string): PsRequest => ({ kind: 'error', text: `error: ${what}${USAGE}` });

/** Reads procps arguments into a request. */
export function parsePsArgs(args: string[]): PsRequest {
  const sysv = new Set<string>();
  const bsd = new Set<string>();
  for (const a of args) {
    if (a.startsWith('--')) {
      const name = a.slice(2).split('=')[0] as string;
      if (!LONG.includes(name)) return error('unknown gnu long option');
      return { kind: 'unsimulated', what: `ps --${name}` };
    }
    const letters = a.startsWith('-') ? a.slice(1) : a;
    for (const ch of letters) {
      if (a.startsWith('-')) {
        if (!SYSV.includes(ch)) return error('unsupported SysV option');
        if (!'eAf'.includes(ch)) return { kind: 'unsimulated', what: `ps -${ch}` };
        sysv.add(ch);
      } else {
        if (!BSD.includes(ch)) return error('unsupported option (BSD syntax)');
        if (!'aux'.includes(ch)) return { kind: 'unsimulated', what: `ps ${ch}` };
        bsd.add(ch);
      }
    }
  }
  if (bsd.size && sysv.size) return { kind: 'unsimulated', what: `ps ${args.join(' ')} (BSD and SysV options mixed)` };
  if (bsd.size)
    return bsd.size === 3
      ? { kind: 'ok', all: true, format: 'bsd-user' }
      : { kind: 'unsimulated', what: `ps ${[...bsd].join('')}` };
  return { kind: 'ok', all: sysv.has('e') || sysv.has('A'), format: sysv.has('f') ? 'full' : 'short' };
}

/** BusyBox ps (with its desktop options): -o and -T exist; -a, -A, -d, -e, -f, -l and -Z it ignores, as here. */
export function parseBusyboxPsArgs(args: string[]): PsRequest {
  for (const a of args) {
    if (!a.startsWith('-') || a === '-') continue; // BusyBox ps ignores operands (`ps aux` lists everything)
    for (const ch of a.slice(1)) {
      if (ch === 'o' || ch === 'T') return { kind: 'unsimulated', what: `ps -${ch}` };
      if (!'aAdeflZ'.includes(ch))
        return {
          kind: 'error',
          text: `ps: unrecognized option: ${ch}\nBusyBox v1.37.0 multi-call binary.\n\nUsage: ps [-o COL1,COL2=HEADER] [-T]\n`,
        };
    }
  }
  return { kind: 'ok', all: true, format: 'short' };
}
