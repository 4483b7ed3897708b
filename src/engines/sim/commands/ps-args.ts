/** How procps reads `ps` arguments: BSD letters (`aux`), SysV options (`-ef`) and GNU long options. */

import { columnKey } from './ps-format';

/** What `ps` was asked for: a selection and a format this course models, or why not. */
export type PsRequest =
  | {
      kind: 'ok';
      all: boolean;
      format: 'short' | 'full' | 'bsd-user' | 'custom';
      /** `-o` columns (with a header when `spec=HEADER` renamed it). */
      columns?: Array<{ key: string; header?: string }>;
      /** `-p`/`--pid`: only these PIDs. */
      pids?: number[];
      forest: boolean;
    }
  | { kind: 'error'; text: string }
  | { kind: 'unsimulated'; what: string };

/** Format specifiers procps has that this course does not model (process groups, sessions, scheduling…). */
const REAL_SPECS = ['pgid', 'pgrp', 'sid', 'sess', 'tpgid', 'ni', 'nice', 'pri', 'nlwp', 'lstart', 'etime', 'etimes', 'pcpu', '%cpu', 'c', 'wchan', 'psr', 'flags', 'f', 'label', 'cgroup', 'lwp', 'cls', 'rtprio', 'suser', 'ruser', 'ruid', 'group', 'gid', 'egid', 'sgi_p', 'state', 's', 'start', 'bsdstart', 'cputime', 'sz', 'addr', 'ipcns', 'mntns', 'netns', 'pidns', 'userns', 'utsns', 'cgroupns', 'exe']; // prettier-ignore

/** Parses `pid,ppid,user=WHO` into columns, or the error / "not simulated" answer. */
function parseColumns(list: string): Array<{ key: string; header?: string }> | PsRequest {
  const out: Array<{ key: string; header?: string }> = [];
  for (const item of list.split(/[,\s]+/).filter(Boolean)) {
    const [name, header] = item.split(/=(.*)/s) as [string, string | undefined];
    const key = columnKey(name.toLowerCase());
    if (key) out.push({ key, ...(header !== undefined ? { header } : {}) });
    else if (REAL_SPECS.includes(name.toLowerCase())) return { kind: 'unsimulated', what: `ps -o ${name}` };
    else return error(`unknown user-defined format specifier "${name}"`);
  }
  return out;
}

/** Parses `1,2 3` into PIDs, or procps's error. */
function parsePids(list: string): number[] | PsRequest {
  const pids = list
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);
  return pids.length && pids.every((n) => Number.isInteger(n) && n > 0) ? pids : error('process ID list syntax error');
}

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
  let columns: Array<{ key: string; header?: string }> | undefined;
  let pids: number[] | undefined;
  let forest = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      if (!LONG.includes(name)) return error('unknown gnu long option');
      if (name === 'forest') forest = true;
      else if (name === 'pid' || name === 'format') {
        const value = inline ?? args[++i];
        if (value === undefined) return error('list of process IDs must follow --pid');
        const parsed = name === 'pid' ? parsePids(value) : parseColumns(value);
        if (!Array.isArray(parsed)) return parsed;
        if (name === 'pid') pids = [...(pids ?? []), ...(parsed as number[])];
        else columns = [...(columns ?? []), ...(parsed as Array<{ key: string; header?: string }>)];
      } else return { kind: 'unsimulated', what: `ps --${name}` };
      continue;
    }
    const dash = a.startsWith('-');
    const letters = dash ? a.slice(1) : a;
    for (let j = 0; j < letters.length; j++) {
      const ch = letters[j] as string;
      if (dash) {
        if (!SYSV.includes(ch)) return error('unsupported SysV option');
        if (ch === 'o' || ch === 'p') {
          const value = letters.slice(j + 1) || args[++i];
          if (value === undefined)
            return error(ch === 'o' ? 'improper format list' : 'list of process IDs must follow -p');
          const parsed = ch === 'o' ? parseColumns(value) : parsePids(value);
          if (!Array.isArray(parsed)) return parsed;
          if (ch === 'p') pids = [...(pids ?? []), ...(parsed as number[])];
          else columns = [...(columns ?? []), ...(parsed as Array<{ key: string; header?: string }>)];
          break;
        }
        if (!'eAf'.includes(ch)) return { kind: 'unsimulated', what: `ps -${ch}` };
        sysv.add(ch);
      } else {
        if (!BSD.includes(ch)) return error('unsupported option (BSD syntax)');
        if (ch === 'f') forest = true;
        else if (!'aux'.includes(ch)) return { kind: 'unsimulated', what: `ps ${ch}` };
        else bsd.add(ch);
      }
    }
  }
  if (bsd.size && (sysv.size || columns || pids))
    return { kind: 'unsimulated', what: `ps ${args.join(' ')} (BSD and SysV options mixed)` };
  if (bsd.size)
    return bsd.size === 3
      ? { kind: 'ok', all: true, format: 'bsd-user', forest }
      : { kind: 'unsimulated', what: `ps ${[...bsd].join('')}` };
  const format = columns ? 'custom' : sysv.has('f') ? 'full' : 'short';
  return {
    kind: 'ok',
    all: sysv.has('e') || sysv.has('A'),
    format,
    forest,
    ...(columns ? { columns } : {}),
    ...(pids ? { pids } : {}),
  };
}

/** BusyBox ps (with its desktop options): -o and -T exist; -a, -A, -d, -e, -f, -l and -Z it ignores, as here. */
export function parseBusyboxPsArgs(args: string[]): PsRequest {
  for (const a of args) {
    if (!a.startsWith('-') || a === '-') continue; // BusyBox ps ignores operands (`ps aux` lists everything)
    for (const ch of a.slice(1)) {
      if (ch === 'o' || ch === 'T') return { kind: 'unsimulated', what: `ps -${ch}` }; // BusyBox's -o: not modelled
      if (!'aAdeflZ'.includes(ch))
        return {
          kind: 'error',
          text: `ps: unrecognized option: ${ch}\nBusyBox v1.37.0 multi-call binary.\n\nUsage: ps [-o COL1,COL2=HEADER] [-T]\n`,
        };
    }
  }
  return { kind: 'ok', all: true, format: 'short', forest: false };
}
