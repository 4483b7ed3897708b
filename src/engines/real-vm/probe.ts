/**
 * The goal checker's view of the real VM: the page sends `lab-probe <id>` to a root shell on the guest's second
 * serial port (scripts/real-kernel/lab-probe.sh) and parses the marker-framed reply here. Nothing the learner
 * typed is read: only what the guest kernel reports about its processes, namespaces and cgroups.
 */

/** One process as the guest's /proc shows it. */
export interface ProbeProcess {
  pid: number;
  comm: string;
  /** Namespace inode numbers by kind. */
  ns: Partial<Record<NsKind, number>>;
  /** cgroup v2 path, e.g. "/lab". */
  cgroup: string;
  /** Where its root directory is (chroot), "/" when not changed. */
  root: string;
}

/** A first-level cgroup under /sys/fs/cgroup. */
export interface ProbeCgroup {
  path: string;
  /** memory.max in bytes, or undefined for "max". */
  memoryMax: number | undefined;
  oomKills: number;
}

/** Everything one probe reported. */
export interface ProbeReport {
  hostname: string;
  processes: ProbeProcess[];
  /** Hostname seen inside each UTS namespace, by its inode number. */
  utsHostnames: Map<number, string>;
  cgroups: ProbeCgroup[];
  /** The kernel's `oom-kill:` log lines (dmesg). */
  oomLog: string[];
}

/** The namespace kinds the lab looks at. */
export type NsKind = 'uts' | 'pid' | 'mnt' | 'net';
const NS_KINDS: readonly string[] = ['uts', 'pid', 'mnt', 'net'];

/** The command line that asks the guest for a report; the id pairs the reply with this request. */
export function probeCommand(id: number): string {
  return `lab-probe ${id}\n`;
}

/** Finds the reply to request `id` in the serial output; undefined until its end marker has arrived. */
export function extractReply(output: string, id: number): string | undefined {
  const begin = output.indexOf(`@@BEGIN ${id}@@`);
  if (begin < 0) return undefined;
  const end = output.indexOf(`@@END ${id}@@`, begin);
  if (end < 0) return undefined;
  return output.slice(begin + `@@BEGIN ${id}@@`.length, end);
}

const pidOf = (path: string): number | undefined => {
  const m = /^\/proc\/(\d+)\//.exec(path);
  return m ? Number(m[1]) : undefined;
};

/** Parses the lines between the markers into a report; unknown or broken lines are skipped. */
export function parseProbe(reply: string): ProbeReport {
  const report: ProbeReport = { hostname: '', processes: [], utsHostnames: new Map(), cgroups: [], oomLog: [] };
  const procs = new Map<number, ProbeProcess>();
  const proc = (pid: number): ProbeProcess => {
    let p = procs.get(pid);
    if (!p) procs.set(pid, (p = { pid, comm: '', ns: {}, cgroup: '/', root: '/' }));
    return p;
  };
  for (const line of reply.split(/\r?\n/)) {
    const [tag, ...rest] = line.trim().split(' ');
    const arg = rest.join(' ');
    if (tag === 'host') report.hostname = arg;
    else if (tag === 'ns') parseNs(rest, proc);
    else if (tag === 'f') parseFile(arg, proc);
    else if (tag === 'root') {
      const pid = pidOf(rest[0] ?? '');
      if (pid !== undefined && rest[1]) proc(pid).root = rest[1];
    } else if (tag === 'uts' && rest[0]) report.utsHostnames.set(Number(rest[0]), rest.slice(1).join(' '));
    else if (tag === 'cg' && rest.length >= 2) report.cgroups.push(parseCgroup(rest));
    else if (tag === 'oom') report.oomLog.push(arg);
  }
  report.processes = [...procs.values()].sort((a, b) => a.pid - b.pid);
  return report;
}

function parseNs(rest: string[], proc: (pid: number) => ProbeProcess): void {
  const [path = '', inode] = rest;
  const pid = pidOf(path);
  const kind = path.split('/').pop() ?? '';
  if (pid !== undefined && NS_KINDS.includes(kind) && inode) proc(pid).ns[kind as NsKind] = Number(inode);
}

function parseFile(arg: string, proc: (pid: number) => ProbeProcess): void {
  const m = /^\/proc\/(\d+)\/(comm|cgroup):(.*)$/.exec(arg);
  if (!m) return;
  const p = proc(Number(m[1]));
  if (m[2] === 'comm') p.comm = m[3]!;
  else if (m[3]!.startsWith('0::')) p.cgroup = m[3]!.slice(3);
}

function parseCgroup([path = '', max = '', kills = '0']: string[]): ProbeCgroup {
  return {
    path: path.replace(/^\/sys\/fs\/cgroup/, '') || '/',
    memoryMax: max === 'max' ? undefined : Number(max),
    oomKills: Number(kills) || 0,
  };
}
