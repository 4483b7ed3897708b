/**
 * /proc/PID/ns (namespaces(7)): one symbolic link per namespace type whose target, `TYPE:[INODE]`, is the
 * same inode number that lsns(8) prints, so two processes share a namespace exactly when the links match.
 */
import type { NsKind, Sim } from '../model/types';
import type { Frame } from './types';
import { viewOf } from './view';

/** The entries of /proc/PID/ns, as Linux 6.x lists them. */
export const NS_ENTRIES = [
  'cgroup',
  'ipc',
  'mnt',
  'net',
  'pid',
  'pid_for_children',
  'time',
  'time_for_children',
  'user',
  'uts',
];

/** The user a uid shows as in `ls -l`. */
function userName(uid: number): string {
  return uid === 0 ? 'root' : uid === 1000 ? 'learner' : uid === 65534 ? 'nobody' : String(uid);
}

/** The process behind /proc/PID (or /proc/self) in the frame's view. */
function procAt(sim: Sim, frame: Frame, pidPart: string, selfPid: number) {
  const pid = pidPart === 'self' ? selfPid : Number(pidPart);
  return viewOf(sim, frame.env).procs.find((p) => p.pid === pid);
}

/** `/proc/PID/ns` itself: its entries, or undefined when that process is not there. */
export function listNsDir(sim: Sim, frame: Frame, path: string): string[] | undefined {
  const m = /^\/proc\/(self|\d+)\/ns$/.exec(path);
  return m && procAt(sim, frame, m[1] as string, frame.shellPid) ? [...NS_ENTRIES] : undefined;
}

/** A link under /proc/PID/ns: its target and owner; `denied` when the caller may not inspect that process. */
export function nsLink(
  sim: Sim,
  frame: Frame,
  path: string,
  selfPid: number,
  uid: number,
): { target: string; owner: string; denied: boolean } | undefined {
  const m = /^\/proc\/(self|\d+)\/ns\/(\w+)$/.exec(path);
  if (!m || !NS_ENTRIES.includes(m[2] as string)) return undefined;
  const seen = procAt(sim, frame, m[1] as string, selfPid);
  if (!seen) return undefined;
  const kind = (m[2] as string).replace('_for_children', '') as NsKind;
  // Reading another user's links needs ptrace access (PTRACE_MODE_READ): root, or the same user.
  const denied = uid !== 0 && seen.proc.uid !== uid;
  const inode = m[2] === 'pid_for_children' ? (seen.proc.pidForChildren ?? seen.proc.ns.pid) : seen.proc.ns[kind];
  return { target: `${kind}:[${inode}]`, owner: userName(seen.proc.uid), denied };
}
