/**
 * `ls -l` rows: GNU coreutils aligns each column to its widest cell; BusyBox prints fixed widths
 * (`%4u %-8s %-8s %9s`, busybox coreutils/ls.c). Directories are 4096-byte `d` entries (one ext4
 * block), files show their bytes, procfs and cgroupfs files 0, devices their major, minor.
 */
import type { Ctx } from '../shell/types';
import { isLink, listDir, resolvePath, statPath, type Stat } from '../shell/vfs';

/** One entry to print: its name as shown and its path. */
export interface Entry {
  name: string;
  path: string;
}

/** The date column: a fixed representative time (the simulator does not keep file times). */
const DATE = 'Nov 20 09:00';
/** Device nodes are made by udev (or Docker) when the machine boots, a day before the course's files; dockerd's socket too. */
const DEVICE_DATE = 'Nov 19 09:00';
const DIR_BYTES = 4096;

/** procfs directories: `/proc` and each `/proc/PID` (proc(5)). */
const PROC_DIR = /^\/proc(\/(\d+|self))?$/;

function mode(path: string, st: Stat): string {
  if (st.type === 'link') return 'lrwxrwxrwx';
  if (st.type === 'chr' || st.type === 'sock') return st.mode;
  if (st.type === 'dir' && PROC_DIR.test(path)) return 'dr-xr-xr-x';
  if (st.type === 'dir') return path === '/tmp' ? 'drwxrwxrwt' : path === '/root' ? 'drwx------' : 'drwxr-xr-x';
  if (path === '/etc/shadow') return '-rw-r-----';
  return path.startsWith('/proc/') ? '-r--r--r--' : '-rw-r--r--';
}

/** 1024-byte blocks the entry uses, for `total` (links, devices and generated files use none). */
function blocks(st: Stat): number {
  if (st.type === 'dir') return DIR_BYTES / 1024;
  return st.type === 'file' ? Math.ceil(st.size / 4096) * 4 : 0;
}

/** Directories inside `path` (its link count is 2 plus these); /proc's are its PID directories. */
function subdirCount(ctx: Ctx, path: string): number {
  const names = listDir(ctx.sim, ctx.frame, path) ?? [];
  if (path === '/proc') return names.filter((n) => /^\d+$/.test(n)).length; // without generating each one
  return names.filter((n) => {
    const child = resolvePath(path, n);
    return !isLink(ctx.sim, ctx.frame, child) && listDir(ctx.sim, ctx.frame, child) !== undefined;
  }).length;
}

/** `-h`: 4096 → 4.0K, 220 → 220 (GNU rounds up to one decimal below 10). */
export function human(n: number): string {
  if (n < 1024) return String(n);
  const units = ['K', 'M', 'G', 'T'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : Math.ceil(v)}${units[u]}`;
}

/** The long-format lines for `entries` (and `total N` first when listing a directory). */
export function longLines(ctx: Ctx, entries: Entry[], opts: { gnu: boolean; human: boolean; total: boolean }): string {
  const rows = entries.flatMap((e) => {
    const st = statPath(ctx.sim, ctx.frame, e.path);
    if (!st) return [];
    const subdirs = st.type === 'dir' ? subdirCount(ctx, e.path) : 0;
    const owner =
      st.type === 'link' && st.owner
        ? st.owner
        : e.path === ctx.frame.home || e.path.startsWith(`${ctx.frame.home}/`)
          ? ctx.frame.user
          : 'root';
    const group =
      st.type === 'chr' || st.type === 'sock' ? st.group : e.path === '/etc/shadow' && opts.gnu ? 'shadow' : owner;
    // Directories of procfs and sysfs are 0 bytes; on disk, one 4096-byte block.
    const virtual = e.path === '/proc' || e.path.startsWith('/proc/') || e.path.startsWith('/sys');
    const bytes =
      st.type === 'dir'
        ? virtual
          ? 0
          : DIR_BYTES
        : st.type === 'file'
          ? st.size
          : st.type === 'link'
            ? virtual
              ? 0
              : st.target.length
            : 0;
    const [major = '', minor = ''] = st.type === 'chr' ? st.dev.split(', ') : [];
    const size = st.type === 'chr' ? '' : opts.human ? human(bytes) : String(bytes);
    // GNU ls on a terminal quotes a name with shell specials, as it does `'pid:[4026531836]'`.
    const quote = (t: string) => (opts.gnu && ctx.stdoutTty && /[[\]]/.test(t) ? `'${t}'` : t);
    const name = st.type === 'link' ? `${e.name} -> ${quote(st.target)}` : e.name;
    return [
      {
        // BusyBox ls does not mark ACLs.
        mode: opts.gnu ? mode(e.path, st) : mode(e.path, st).replace('+', ''),
        links: String(st.type === 'dir' ? 2 + subdirs : 1),
        owner,
        group,
        size,
        major,
        minor,
        date: st.type === 'chr' || st.type === 'sock' ? DEVICE_DATE : DATE,
        name,
        blocks: virtual ? 0 : blocks(st),
      },
    ];
  });
  const widest = (k: 'links' | 'owner' | 'group' | 'size' | 'major' | 'minor' | 'mode') =>
    Math.max(0, ...rows.map((r) => r[k].length));
  // GNU aligns a device's major and minor each to the widest of the listing (ls.c print_long_format);
  // BusyBox prints `%4u, %3u` (and `%9s` sizes for others).
  const majors = widest('major');
  const minors = widest('minor');
  for (const r of rows)
    if (r.major)
      r.size = opts.gnu
        ? `${r.major.padStart(majors)}, ${r.minor.padStart(minors)}`
        : `${r.major.padStart(4)}, ${r.minor.padStart(3)}`;
  // When one entry carries an ACL (`+`), GNU leaves a blank after every other mode.
  const modeWidth = widest('mode');
  for (const r of rows) r.mode = r.mode.padEnd(modeWidth);
  const w = { links: widest('links'), owner: widest('owner'), group: widest('group'), size: widest('size') };
  const total = rows.reduce((n, r) => n + r.blocks, 0);
  let out = opts.total ? `total ${opts.human && total ? human(total * 1024) : total}\n` : '';
  for (const r of rows)
    out += opts.gnu
      ? `${r.mode} ${r.links.padStart(w.links)} ${r.owner.padEnd(w.owner)} ${r.group.padEnd(w.group)} ${r.size.padStart(w.size)} ${r.date} ${r.name}\n`
      : `${r.mode} ${r.links.padStart(4)} ${r.owner.padEnd(8)} ${r.group.padEnd(8)} ${r.size.padStart(9)} ${r.date} ${r.name}\n`;
  return out;
}
