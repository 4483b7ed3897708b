/**
 * procps `ps` output: the standard formats (default, `-f`, `aux`) and user-defined ones (`-o pid,ppid,user,comm,args`),
 * in PID order or as a `--forest` (children under their parent, the command indented with `\_ `), per ps(1)
 * "STANDARD FORMAT SPECIFIERS". Also used by `docker top`, which runs ps on the host for one container.
 */
import type { Ctx } from '../shell/types';
import { seenUid, type SeenProc, type SysView } from '../shell/view';

/** User names for the uids we model: a guest's from its own accounts (CirrOS's 1000 is cirros). */
export function userOf(uid: number, v: SysView): string {
  const account = v.vm?.accounts.find((a) => a.uid === uid);
  if (account) return account.user;
  // In a user namespace: root for the mapped uid, Debian's nobody for the overflow uid.
  if (v.userns) return seenUid(v, uid) === 0 ? 'root' : 'nobody';
  return uid === 0 ? 'root' : uid === 1000 ? 'learner' : uid === 64055 ? 'libvirt+' : String(uid);
}

/** One -o column: its header, alignment and value. */
interface Column {
  header: string;
  right: boolean;
  /** procps's own minimum width for the column (PID is 7 wide since procps-ng 4, USER 8, COMMAND 15). */
  width?: number;
  value: (p: SeenProc, ctx: Ctx, v: SysView, tree: string) => string;
}

const hhmm = (ctx: Ctx, p: SeenProc) => new Date(ctx.sim.state.epochMs + p.proc.startMs).toISOString().slice(11, 16);
const stat = (p: SeenProc) => (p.proc.comm === 'ps' ? 'R+' : p.proc.tty === '?' ? 'Ss' : 'Ss+');

/** The format specifiers modelled (ps(1) names and headers); aliases map to the same column. */
export const COLUMNS: Record<string, Column> = {
  pid: { header: 'PID', right: true, width: 7, value: (p) => String(p.pid) },
  ppid: { header: 'PPID', right: true, width: 7, value: (p) => String(p.ppid) },
  uid: { header: 'UID', right: true, width: 5, value: (p, _c, v) => String(seenUid(v, p.proc.uid)) },
  // procps cuts a name longer than the column to 7 characters and a `+`.
  user: { header: 'USER', right: false, width: 8, value: (p, _c, v) => { const u = userOf(p.proc.uid, v); return u.length > 8 ? `${u.slice(0, 7)}+` : u; } }, // prettier-ignore
  comm: { header: 'COMMAND', right: false, width: 15, value: (p, _c, _v, tree) => tree + p.proc.comm.slice(0, 15) },
  args: { header: 'COMMAND', right: false, value: (p, _c, _v, tree) => tree + p.proc.args },
  cmd: { header: 'CMD', right: false, value: (p, _c, _v, tree) => tree + p.proc.args },
  tty: { header: 'TT', right: false, width: 8, value: (p) => p.proc.tty },
  stat: { header: 'STAT', right: false, width: 4, value: stat },
  time: { header: 'TIME', right: true, width: 8, value: () => '00:00:00' },
  rss: { header: 'RSS', right: true, width: 5, value: (p) => String(p.proc.rssKiB) },
  vsz: { header: 'VSZ', right: true, width: 6, value: (p) => String(p.proc.vszKiB) },
  '%mem': {
    header: '%MEM',
    right: true,
    width: 4,
    value: (p, _c, v) => ((p.proc.rssKiB / v.mem.totalKiB) * 100).toFixed(1),
  },
  stime: { header: 'STIME', right: false, width: 5, value: (p, c) => hhmm(c, p) },
};
const ALIASES: Record<string, string> = { command: 'args', ucmd: 'comm', euser: 'user', uname: 'user', tt: 'tty', tname: 'tty', rssize: 'rss', vsize: 'vsz', pmem: '%mem', start_time: 'stime', euid: 'uid' }; // prettier-ignore

/** The column key for a specifier, or undefined when ps has no such specifier modelled here. */
export function columnKey(spec: string): string | undefined {
  const k = ALIASES[spec] ?? spec;
  return COLUMNS[k] ? k : undefined;
}

/** Processes in --forest order, each with its `\_ ` prefix. */
export function forestOrder(procs: SeenProc[]): Array<{ p: SeenProc; tree: string }> {
  const pids = new Set(procs.map((p) => p.pid));
  const kids = new Map<number, SeenProc[]>();
  for (const p of procs)
    if (pids.has(p.ppid) && p.ppid !== p.pid) (kids.get(p.ppid) ?? kids.set(p.ppid, []).get(p.ppid)!).push(p);
  const out: Array<{ p: SeenProc; tree: string }> = [];
  const walk = (p: SeenProc, depth: number) => {
    out.push({ p, tree: depth ? `${'    '.repeat(depth - 1)} \\_ ` : '' });
    for (const k of kids.get(p.pid) ?? []) walk(k, depth + 1);
  };
  // Roots come last-PID-first, as procps prints them ([kthreadd]'s tree before init's); children by PID.
  for (const p of procs.filter((x) => !pids.has(x.ppid) || x.ppid === x.pid).reverse()) walk(p, 0);
  return out;
}

/** Lays out rows as procps does: numbers right-aligned, text left, the last column unpadded. */
export function layout(columns: Column[], rows: string[][], headers: boolean): string {
  const widths = columns.map((c, i) =>
    Math.max(c.width ?? 0, headers ? c.header.length : 0, ...rows.map((r) => (r[i] as string).length)),
  );
  const fmt = (cells: string[]) =>
    cells
      .map((x, i) =>
        i === cells.length - 1 && !columns[i]?.right
          ? x
          : columns[i]?.right
            ? x.padStart(widths[i] as number)
            : x.padEnd(widths[i] as number),
      )
      .join(' ');
  return [...(headers ? [fmt(columns.map((c) => c.header))] : []), ...rows.map(fmt)].map((l) => `${l}\n`).join('');
}

/** `ps -o SPEC,…` output for `procs` (forest order when asked). */
export function customFormat(
  ctx: Ctx,
  v: SysView,
  procs: SeenProc[],
  specs: Array<{ key: string; header?: string }>,
  forest: boolean,
): string {
  const columns = specs.map((s) => ({
    ...(COLUMNS[s.key] as Column),
    ...(s.header !== undefined ? { header: s.header } : {}),
  }));
  const order = forest ? forestOrder(procs) : procs.map((p) => ({ p, tree: '' }));
  const rows = order.map(({ p, tree }) => columns.map((c) => c.value(p, ctx, v, tree)));
  return layout(
    columns,
    rows,
    columns.some((c) => c.header !== ''),
  );
}
