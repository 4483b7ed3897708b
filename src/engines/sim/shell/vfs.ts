/** A small filesystem per environment: image/OS directories, generated files, and what the learner wrote. */
import { findContainer } from '../model/containers';
import type { Sim } from '../model/types';
import { deviceAt, devicesOf, readKvm } from './devices';
import { cgroupFiles, generatedFile } from './procfs';
import type { Frame } from './types';
import { viewOf, type SysView } from './view';

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

/** Files the container's image layers added (below its writable layer); empty elsewhere. */
function imageFiles(sim: Sim, frame: Frame): Record<string, string> {
  if (frame.env.kind !== 'container') return {};
  const c = findContainer(sim.state, frame.env.id);
  return (c && sim.state.images.get(c.imageId)?.files) ?? {};
}

/** Fixed directory contents, by userland; `/proc` and the home directory are added dynamically. */
function fixedDirs(v: SysView): Record<string, string[]> {
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
    '/etc': ['hostname', 'hosts', 'os-release', 'passwd', 'resolv.conf', ...(gnu ? ['shadow'] : [])],
    '/home': v.kind === 'host' ? ['learner'] : [],
    '/home/learner': [],
    '/root': [],
    '/tmp': [],
    '/mnt': [],
    '/sys': ['fs', 'kernel'],
    '/sys/fs': ['cgroup'],
    '/usr': ['bin', 'lib', 'sbin', 'share'],
    '/var': ['cache', 'lib', 'log', 'tmp'],
    '/dev': ['null', 'pts', 'shm', 'zero', 'urandom'],
  };
}

/** Lists a directory; undefined when it does not exist. */
export function listDir(sim: Sim, frame: Frame, path: string): string[] | undefined {
  const v = viewOf(sim, frame.env);
  const fixed = fixedDirs(v)[path];
  let names: string[] | undefined = fixed ? [...fixed] : undefined;
  if (path === '/proc')
    names = [
      ...v.procs.map((p) => String(p.pid)),
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
      generatedFile(sim, v, `${path}/status`, frame.shellPid) !== undefined
        ? ['cgroup', 'cmdline', 'comm', 'status']
        : undefined;
  else if (path === '/dev') names = [...(names ?? []), ...devicesOf(sim, frame).map((d) => d.path.slice(5))];
  else if (path === '/sys/fs/cgroup')
    names = [
      ...Object.keys(cgroupFiles(sim, v)),
      ...(v.kind === 'container' ? [] : ['init.scope', 'machine.slice', 'system.slice', 'user.slice']),
    ];
  // A directory made with mkdir is stored as `path/`: it exists even while empty.
  if (writableFiles(sim, frame).has(`${path}/`)) names ??= [];
  for (const key of [...Object.keys(imageFiles(sim, frame)), ...writableFiles(sim, frame).keys()]) {
    // Every ancestor of a stored path is a directory (image files carry no separate directory entries).
    for (
      let dir = key.endsWith('/') ? key.slice(0, -1) : key;
      dir.lastIndexOf('/') >= 0 && dir !== '';
      dir = dir.slice(0, dir.lastIndexOf('/'))
    ) {
      const parent = dir.slice(0, dir.lastIndexOf('/')) || '/';
      if (parent === path) (names ??= []).push(dir.slice(dir.lastIndexOf('/') + 1));
    }
  }
  return names ? [...new Set(names)].sort() : undefined;
}

/** Result of reading a file: its text, or the errno a real read gives. */
export type ReadResult = { ok: true; text: string } | { ok: false; errno: 'ENOENT' | 'EISDIR' | 'EACCES' | 'EINVAL' };

/** Reads a file as the frame's user would. */
export function readFile(sim: Sim, frame: Frame, path: string, selfPid: number, uid: number): ReadResult {
  const written = writableFiles(sim, frame).get(path) ?? imageFiles(sim, frame)[path];
  if (written !== undefined) return { ok: true, text: written };
  if (listDir(sim, frame, path) !== undefined) return { ok: false, errno: 'EISDIR' };
  if (path === '/etc/shadow')
    return uid === 0 ? { ok: true, text: 'root:*:20300:0:99999:7:::\n' } : { ok: false, errno: 'EACCES' };
  if (path === '/etc/resolv.conf') return { ok: true, text: 'nameserver 1.1.1.1\n' };
  if (path === '/dev/null') return { ok: true, text: '' };
  if (path === '/dev/kvm' && deviceAt(sim, frame, path)) return readKvm(uid);
  const text = generatedFile(sim, viewOf(sim, frame.env), path, selfPid);
  return text === undefined ? { ok: false, errno: 'ENOENT' } : { ok: true, text };
}

/** Errors a write can meet: read-only rootfs, permissions, a missing parent directory. */
export type WriteError = 'EROFS' | 'EACCES' | 'ENOENT' | 'EISDIR';

/** Why the kernel would refuse to create or change `path` (null when it would not). */
function checkWritable(sim: Sim, frame: Frame, path: string, uid: number): WriteError | null {
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  if (path.startsWith('/proc/') || path.startsWith('/sys/')) return frame.env.kind === 'container' ? 'EROFS' : 'EACCES';
  if (frame.env.kind === 'container' && findContainer(sim.state, frame.env.id)?.config.readOnly) return 'EROFS';
  if (listDir(sim, frame, parent) === undefined) return 'ENOENT';
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
  if (listDir(sim, frame, path) !== undefined) return 'EISDIR';
  const err = checkWritable(sim, frame, path, uid);
  if (err) return err;
  const files = writableFiles(sim, frame);
  files.set(path, (append ? (files.get(path) ?? '') : '') + text);
  return null;
}

/** Creates a directory (mkdir); same errors as a write. */
export function makeDir(sim: Sim, frame: Frame, path: string, uid: number): WriteError | null {
  if (listDir(sim, frame, path) !== undefined) return null;
  const err = checkWritable(sim, frame, path, uid);
  if (err) return err;
  writableFiles(sim, frame).set(`${path}/`, '');
  return null;
}

/** strerror text for the errnos we model. */
export const STRERROR: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  EROFS: 'Read-only file system',
  EPERM: 'Operation not permitted',
  EINVAL: 'Invalid argument',
};
