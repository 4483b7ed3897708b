/** A small filesystem per environment: image/OS directories, generated files, and what the learner wrote. */
import { containerResolvConf, HOST_RESOLV_CONF } from '../model/resolv-conf';
import { findContainer } from '../model/containers';
import { socketAt } from '../model/docker-socket';
import type { Sim } from '../model/types';
import { backingOf, childrenIn, type Backing } from '../model/volumes';
import { makeCgroup, writeCgroupFile } from './cgroup-write';
import { listCgroupDir, readCgroupFile } from './cgroupfs';
import { deviceAt, devicesOf, readKvm } from './devices';
import { kernelUid } from './host-place';
import { kernelFsPath, onHostDisk } from './host-disk';
import { jailPath } from './chroot-fs';
import { listNsDir, nsLink } from './proc-ns';
import { cgroupFiles, generatedFile } from './procfs';
import type { Frame } from './types';
import { placeOf, viewOf } from './view';

/** Normalizes `path` against `cwd`, resolving `.` and `..`. */
export function resolvePath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const seg of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** Where the learner's own files live for a frame: the host's home, a container's writable layer, a VM disk. */
export function writableFiles(sim: Sim, frame: Frame): Map<string, string> {
  const env = frame.env;
  if (env.kind === 'container') return findContainer(sim.state, env.id)?.files ?? new Map();
  if (env.kind === 'vm') return sim.state.vms.find((v) => v.name === env.name)?.files ?? new Map();
  return sim.state.hostFiles;
}

/** The mount (bind, volume, tmpfs) a container path is on, if any: it hides the image and writable layer there. */
export function mountedAt(sim: Sim, frame: Frame, path: string): Backing | undefined {
  if (frame.env.kind !== 'container') return undefined;
  const c = findContainer(sim.state, frame.env.id);
  return c?.config.mounts.length ? backingOf(sim.state, c, path) : undefined;
}

/** Where a write to `path` goes: the mount's store, or the environment's own files. */
export function storeFor(sim: Sim, frame: Frame, path: string): { files: Map<string, string>; key: string } {
  return mountedAt(sim, frame, path) ?? { files: writableFiles(sim, frame), key: path };
}

/** Directories a container's mount targets imply inside `path` (the mount point and its missing parents). */
function mountPointsIn(sim: Sim, frame: Frame, path: string): string[] {
  if (frame.env.kind !== 'container') return [];
  const c = findContainer(sim.state, frame.env.id);
  const prefix = path === '/' ? '/' : `${path}/`;
  return (c?.config.mounts ?? [])
    .filter((m) => m.target.startsWith(prefix))
    .map((m) => m.target.slice(prefix.length).split('/', 1)[0] as string);
}

/** Files the container's image layers added (below its writable layer); empty elsewhere. */
function imageFiles(sim: Sim, frame: Frame): Record<string, string> {
  if (frame.env.kind !== 'container') return {};
  const c = findContainer(sim.state, frame.env.id);
  return (c && sim.state.images.get(c.imageId)?.files) ?? {};
}

/**
 * Debian's root has merged /usr (`bin -> usr/bin`…, the usrmerge layout of every Debian since 12); the
 * simulated tree has these as links to directories whose contents it does not model.
 */
const GNU_LINKS: Record<string, string> = {
  '/bin': 'usr/bin',
  '/lib': 'usr/lib',
  '/lib64': 'usr/lib64',
  '/sbin': 'usr/sbin',
};

const fixedCache = new Map<string, Record<string, string[]>>();

/** Fixed directory contents, by userland (built once per kind of place); `/proc` is added dynamically. */
function fixedDirs(v: ReturnType<typeof placeOf>): Record<string, string[]> {
  const key = `${v.kind}:${v.os.userland}:${v.os.osRelease !== undefined}`;
  const hit = fixedCache.get(key);
  if (hit) return hit;
  const dirs = buildFixedDirs(v);
  fixedCache.set(key, dirs);
  return dirs;
}

function buildFixedDirs(v: ReturnType<typeof placeOf>): Record<string, string[]> {
  const gnu = v.os.userland === 'gnu';
  const root =
    v.os.userland === 'scratch'
      ? ['dev', 'etc', 'hello', 'proc', 'sys']
      : [
          'bin',
          ...(gnu ? ['boot'] : []),
          'dev',
          'etc',
          'home',
          'lib',
          ...(gnu ? ['lib64'] : []),
          'media',
          'mnt',
          'opt',
          'proc',
          'root',
          'run',
          'sbin',
          'srv',
          'sys',
          'tmp',
          'usr',
          'var',
        ];
  return {
    '/': root,
    '/etc': [
      'hostname',
      'hosts',
      ...(v.os.osRelease !== undefined ? ['os-release'] : []),
      'passwd',
      'resolv.conf',
      ...(gnu ? ['shadow'] : []),
    ],
    '/home': v.kind === 'host' ? ['learner'] : [],
    '/home/learner': [],
    '/root': [],
    '/tmp': [],
    '/mnt': [],
    '/media': [],
    '/opt': [],
    '/srv': [],
    // sysfs's top level on the Debian 6.12 kernel (hypervisor: CONFIG_SYS_HYPERVISOR, selected by Xen support).
    '/sys': ['block', 'bus', 'class', 'dev', 'devices', 'firmware', 'fs', 'hypervisor', 'kernel', 'module', 'power'],
    '/sys/block': [],
    '/sys/bus': [],
    '/sys/class': [],
    '/sys/dev': [],
    '/sys/devices': [],
    '/sys/firmware': [],
    '/sys/hypervisor': [],
    '/sys/module': [],
    '/sys/power': [],
    '/sys/fs': ['cgroup'],
    '/usr': ['bin', 'lib', ...(gnu ? ['lib64'] : []), 'sbin', 'share'],
    '/var': ['cache', 'lib', 'log', 'tmp'],
    '/var/tmp': [],
    '/dev': ['null', 'pts', 'shm', 'urandom', 'zero'],
    '/dev/shm': [],
  };
}

/** System directories that exist but whose contents the course does not model (`ls` says so). */
const OPAQUE = ['/bin', '/sbin', '/lib', '/lib64', '/boot', '/run', '/usr/bin', '/usr/lib', '/usr/lib64', '/usr/sbin', '/usr/share', '/var/cache', '/var/lib', '/var/log', '/dev/pts', '/sys/kernel', '/sys/block', '/sys/bus', '/sys/class', '/sys/dev', '/sys/devices', '/sys/firmware', '/sys/module', '/sys/power']; // prettier-ignore

/** True for a directory whose contents are not modelled (its listing would be a guess). */
export function isOpaqueDir(sim: Sim, frame: Frame, path: string): boolean {
  if (!OPAQUE.includes(path)) return false;
  const v = placeOf(sim, frame.env);
  return (
    v.os.userland !== 'scratch' &&
    (path !== '/boot' || v.os.userland === 'gnu') &&
    (!path.includes('lib64') || v.os.userland === 'gnu')
  );
}

/** What `ls -l` and `test` need to know about one path. */
export type Stat =
  | { type: 'dir'; opaque: boolean }
  | { type: 'file'; size: number }
  | { type: 'link'; target: string; owner?: string }
  | { type: 'chr'; dev: string; mode: string; group: string }
  | { type: 'sock'; mode: string; group: string };

/** True for Debian's merged-/usr links (`/bin` → `usr/bin`…). */
export function isLink(sim: Sim, frame: Frame, path: string): boolean {
  return path in GNU_LINKS && placeOf(sim, frame.env).os.userland === 'gnu';
}

const utf8 = new TextEncoder();

/** The kind and size of `path`, or undefined when nothing is there. */
export function statPath(sim: Sim, frame: Frame, path: string): Stat | undefined {
  const jail = jailPath(frame, path);
  if (jail && !jail.proc) return statPath(sim, jail.frame, jail.path);
  const disk = onHostDisk(sim, frame, path);
  if (disk && !kernelFsPath(disk.path)) return statPath(sim, disk.frame, disk.path);
  const gnu = placeOf(sim, frame.env).os.userland === 'gnu';
  const link = gnu ? GNU_LINKS[path] : undefined;
  if (link) return { type: 'link', target: link };
  const ns = path.startsWith('/proc/') ? nsLink(sim, frame, path, frame.shellPid, 0) : undefined;
  if (ns) return { type: 'link', target: ns.target, owner: ns.owner };
  const device = deviceAt(sim, frame, path);
  if (device) return { type: 'chr', dev: `${device.major}, ${device.minor}`, mode: device.mode, group: device.group };
  const sock = socketAt(sim.state, frame.env, path);
  if (sock) return { type: 'sock', mode: sock.mode, group: sock.group };
  if (listDir(sim, frame, path) !== undefined) return { type: 'dir', opaque: isOpaqueDir(sim, frame, path) };
  const r = readFile(sim, frame, path, frame.shellPid, 0);
  if (!r.ok) return r.errno === 'ENOENT' ? undefined : { type: 'file', size: 0 };
  // procfs and cgroupfs files report size 0 (they are generated when read); others their bytes.
  const generated = path.startsWith('/proc/') || path.startsWith('/sys/');
  return { type: 'file', size: generated ? 0 : utf8.encode(r.text).length };
}

/** Lists a directory; undefined when it does not exist. */
export function listDir(sim: Sim, frame: Frame, path: string): string[] | undefined {
  const jail = jailPath(frame, path);
  if (jail && !jail.proc) return listDir(sim, jail.frame, jail.path);
  const disk = onHostDisk(sim, frame, path);
  if (disk) {
    const kfs = kernelFsPath(disk.path);
    return kfs === 'mountpoint' ? [] : kfs === 'inside' ? undefined : listDir(sim, disk.frame, disk.path);
  }
  if (socketAt(sim.state, frame.env, path)) return undefined;
  const mounted = mountedAt(sim, frame, path);
  if (mounted) {
    // A bind-mounted file is a file at the mount point, not a directory.
    if (mounted.files.has(mounted.key)) return undefined;
    const inside = childrenIn(mounted.files, mounted.key);
    const under = mountPointsIn(sim, frame, path);
    if (path === mounted.mount.target || under.length) return [...new Set([...(inside ?? []), ...under])].sort();
    return inside;
  }
  const place = placeOf(sim, frame.env);
  const fixed = fixedDirs(place)[path];
  let names: string[] | undefined = fixed ? [...fixed] : isOpaqueDir(sim, frame, path) ? [] : undefined;
  // Only /proc and the cgroup tree need the whole view (processes, limits): build it for them alone.
  if (path === '/proc')
    names = [
      ...viewOf(sim, frame.env).procs.map((p) => String(p.pid)),
      'cpuinfo',
      'meminfo',
      'modules',
      'mounts',
      'self',
      'uptime',
      'version',
    ];
  else if (/^\/proc\/(self|\d+)$/.test(path))
    names =
      generatedFile(sim, viewOf(sim, frame.env), `${path}/status`, frame.shellPid) !== undefined
        ? ['cgroup', 'cmdline', 'comm', 'ns', 'status']
        : undefined;
  else if (/^\/proc\/(self|\d+)\/ns$/.test(path)) names = listNsDir(sim, frame, path);
  else if (path === '/dev') names = [...(names ?? []), ...devicesOf(sim, frame).map((d) => d.path.slice(5))];
  else if (path === '/sys/fs/cgroup')
    names = [
      ...Object.keys(cgroupFiles(sim, viewOf(sim, frame.env))),
      ...(place.kind === 'container' ? [] : ['init.scope', 'machine.slice', 'system.slice', 'user.slice']),
      ...(place.kind === 'host' ? (listCgroupDir(sim, path) ?? []) : []),
    ];
  else if (place.kind === 'host' && path.startsWith('/sys/fs/cgroup/')) names = listCgroupDir(sim, path);
  // A directory made with mkdir is stored as `path/`: it exists even while empty.
  if (writableFiles(sim, frame).has(`${path}/`)) names ??= [];
  // Every ancestor of a stored path is a directory (image files carry no separate directory entries):
  // a key under `path` names one child, its first segment after `path/`.
  const prefix = path === '/' ? '/' : `${path}/`;
  const childOf = (key: string) => {
    if (!key.startsWith(prefix)) return;
    const name = key.slice(prefix.length).split('/', 1)[0];
    if (name) (names ??= []).push(name);
  };
  for (const key in imageFiles(sim, frame)) childOf(key);
  for (const key of writableFiles(sim, frame).keys()) childOf(key);
  for (const name of mountPointsIn(sim, frame, path)) (names ??= []).push(name);
  if (!names) return undefined;
  return names.length < 2 ? names : [...new Set(names)].sort();
}

/** Result of reading a file: its text, or the errno a real read gives. */
export type ReadResult =
  { ok: true; text: string } | { ok: false; errno: 'ENOENT' | 'EISDIR' | 'EACCES' | 'EINVAL' | 'ENXIO' };

/** Reads a file as the frame's user would. */
export function readFile(sim: Sim, frame: Frame, path: string, selfPid: number, asUid: number): ReadResult {
  const jail = jailPath(frame, path);
  if (jail && !jail.proc) return readFile(sim, jail.frame, jail.path, selfPid, asUid);
  const disk = onHostDisk(sim, frame, path);
  if (disk)
    return kernelFsPath(disk.path) === 'inside'
      ? { ok: false, errno: 'ENOENT' }
      : readFile(sim, disk.frame, disk.path, selfPid, asUid);
  const uid = kernelUid(sim.state, frame.env, asUid);
  // open(2) on a socket: ENXIO ("No such device or address"); a client connect(2)s to it instead.
  if (socketAt(sim.state, frame.env, path)) return { ok: false, errno: 'ENXIO' };
  const mounted = mountedAt(sim, frame, path);
  if (mounted) {
    const text = mounted.files.get(mounted.key);
    if (text !== undefined) return { ok: true, text };
    return { ok: false, errno: listDir(sim, frame, path) !== undefined ? 'EISDIR' : 'ENOENT' };
  }
  const written = writableFiles(sim, frame).get(path) ?? imageFiles(sim, frame)[path];
  if (written !== undefined) return { ok: true, text: written };
  if (listDir(sim, frame, path) !== undefined) return { ok: false, errno: 'EISDIR' };
  if (path === '/etc/shadow')
    return uid === 0 ? { ok: true, text: 'root:*:20300:0:99999:7:::\n' } : { ok: false, errno: 'EACCES' };
  if (path === '/etc/resolv.conf') return { ok: true, text: resolvConfOf(sim, frame) };
  if (path === '/dev/null') return { ok: true, text: '' };
  if (path === '/dev/kvm' && deviceAt(sim, frame, path)) return readKvm(uid);
  const cgroupText = frame.env.kind === 'host' ? readCgroupFile(sim, path) : undefined;
  if (cgroupText !== undefined) return { ok: true, text: cgroupText };
  const text = generatedFile(sim, viewOf(sim, frame.env), path, selfPid);
  return text === undefined ? { ok: false, errno: 'ENOENT' } : { ok: true, text };
}

/** /etc/resolv.conf where the frame runs: a container's is Docker's generated copy, anywhere else the host's. */
function resolvConfOf(sim: Sim, frame: Frame): string {
  const c =
    frame.env.kind === 'container' && frame.env.root === undefined ? findContainer(sim.state, frame.env.id) : undefined;
  return c ? containerResolvConf(c) : HOST_RESOLV_CONF;
}

/** Errors a write can meet: read-only rootfs, permissions, a missing parent directory, a parent that is a file. */
export type WriteError = 'EROFS' | 'EACCES' | 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EINVAL' | 'ESRCH';

/** Why the kernel would refuse to create or change `path` (null when it would not). */
function checkWritable(sim: Sim, frame: Frame, path: string, asUid: number): WriteError | null {
  const uid = kernelUid(sim.state, frame.env, asUid);
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  if (path.startsWith('/proc/') || path.startsWith('/sys/')) return frame.env.kind === 'container' ? 'EROFS' : 'EACCES';
  // A mount has its own read-only flag; --read-only covers the root filesystem only.
  const mounted = mountedAt(sim, frame, path);
  if (mounted?.readOnly) return 'EROFS';
  if (!mounted && frame.env.kind === 'container' && findContainer(sim.state, frame.env.id)?.config.readOnly)
    return 'EROFS';
  if (listDir(sim, frame, parent) === undefined) return parentIsFile(sim, frame, parent) ? 'ENOTDIR' : 'ENOENT';
  if (uid !== 0 && !(path.startsWith(`${frame.home}/`) || path.startsWith('/tmp/'))) return 'EACCES';
  return null;
}

/** Writes (or appends to) a file in the frame's environment, or says why the kernel refused. */
export function writeFile(
  sim: Sim,
  frame: Frame,
  path: string,
  text: string,
  append: boolean,
  uid: number,
): WriteError | null {
  if (path === '/dev/null') return null;
  const jail = jailPath(frame, path);
  if (jail && !jail.proc) return writeFile(sim, jail.frame, jail.path, text, append, uid);
  const disk = onHostDisk(sim, frame, path);
  if (disk) return writeFile(sim, disk.frame, disk.path, text, append, uid);
  if (listDir(sim, frame, path) !== undefined) return 'EISDIR';
  if (frame.env.kind === 'host' && path.startsWith('/sys/fs/cgroup/')) {
    const e = writeCgroupFile(sim, frame, path, text, kernelUid(sim.state, frame.env, uid));
    return e === 'EEXIST' || e === 'EBUSY' ? 'EACCES' : e;
  }
  const err = checkWritable(sim, frame, path, uid);
  if (err) return err;
  const { files, key } = storeFor(sim, frame, path);
  files.set(key, (append ? (files.get(key) ?? '') : '') + text);
  return null;
}

/** Creates a directory (mkdir); same errors as a write, and EEXIST where a file is. */
export function makeDir(sim: Sim, frame: Frame, path: string, uid: number): WriteError | 'EEXIST' | null {
  const jail = jailPath(frame, path);
  if (jail && !jail.proc) return makeDir(sim, jail.frame, jail.path, uid);
  const disk = onHostDisk(sim, frame, path);
  if (disk) return makeDir(sim, disk.frame, disk.path, uid);
  if (frame.env.kind === 'host' && path.startsWith('/sys/fs/cgroup/')) {
    const e = makeCgroup(sim, path, kernelUid(sim.state, frame.env, uid));
    return e === 'EINVAL' || e === 'ESRCH' || e === 'EBUSY' ? 'EACCES' : e;
  }
  if (listDir(sim, frame, path) !== undefined) return null;
  if (readFile(sim, frame, path, frame.shellPid, 0).ok) return 'EEXIST';
  const err = checkWritable(sim, frame, path, uid);
  if (err) return err;
  const { files, key } = storeFor(sim, frame, path);
  files.set(`${key}/`, '');
  return null;
}

/** True when some ancestor of `dir` (or `dir` itself) is a file: creating below it fails with ENOTDIR. */
function parentIsFile(sim: Sim, frame: Frame, dir: string): boolean {
  for (let d = dir; d !== '' && d !== '/'; d = d.slice(0, d.lastIndexOf('/')))
    if (listDir(sim, frame, d) === undefined && readFile(sim, frame, d, frame.shellPid, 0).ok) return true;
  return false;
}

/** strerror text for the errnos we model. */
export const STRERROR: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  EROFS: 'Read-only file system',
  EPERM: 'Operation not permitted',
  ENOTDIR: 'Not a directory',
  EINVAL: 'Invalid argument',
  ESRCH: 'No such process',
  EBUSY: 'Device or resource busy',
  ENXIO: 'No such device or address',
};
