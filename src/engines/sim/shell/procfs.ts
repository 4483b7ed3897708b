/** Files the kernel and runtime generate from state: /proc, /sys/fs/cgroup, and Docker's /etc bind mounts. */
import { capMask, ALL_CAPS } from '../model/caps';
import { kernelBanner } from '../model/catalog';
import { HOST_UPTIME_AT_START_MS } from '../model/kernel-log';
import { cgroupOf, pidsCurrent } from '../model/containers';
import { containerMemoryBytes } from '../model/memory';
import { memoryMaxEvents } from '../model/cgroups';
import type { Sim } from '../model/types';
import { cpuinfo, procModules } from './hardware';
import type { SeenProc, SysView } from './view';
import { own } from '../own';

/** /etc/os-release as the distro ships it (undefined when the image has none: busybox, scratch). */
export function osRelease(v: SysView): string | undefined {
  return v.os.osRelease;
}

/** The cgroup a process is in, relative to the viewer's cgroup-namespace root (`/` inside a container). */
function cgroupLine(v: SysView, p: SeenProc): string {
  if (v.kind === 'container' && v.container)
    return `0::${p.proc.cgroup.slice(cgroupOf(v.container.id).length) || '/'}\n`;
  return `0::${p.proc.cgroup}\n`;
}

/** Capability sets and seccomp mode of a process, as /proc/PID/status prints them. */
function securityOf(sim: Sim, p: SeenProc): { caps: readonly string[]; seccomp: number; nnp: number } {
  const c = p.proc.container ? sim.state.containers.find((x) => x.id === p.proc.container) : undefined;
  // A non-root process keeps no capabilities (capabilities(7), execve of a non-root uid); its bounding set stays.
  if (c)
    return {
      caps: p.proc.uid === 0 ? c.config.caps : [],
      seccomp: c.config.seccomp ? 2 : 0,
      nnp: c.config.noNewPrivileges ? 1 : 0,
    };
  return { caps: p.proc.uid === 0 ? ALL_CAPS : [], seccomp: 0, nnp: 0 };
}

/** /proc/PID/status: the fields the course looks at (Name, Pid, NSpid, CapEff, Seccomp…). */
export function procStatus(sim: Sim, _v: SysView, p: SeenProc): string {
  const sec = securityOf(sim, p);
  const nspid = p.proc.nsPid !== undefined && p.pid !== p.proc.nsPid ? `${p.pid}\t${p.proc.nsPid}` : `${p.pid}`;
  const uid = p.proc.uid;
  const c = p.proc.container ? sim.state.containers.find((x) => x.id === p.proc.container) : undefined;
  const bnd = capMask(c ? c.config.caps : ALL_CAPS);
  return [
    `Name:\t${p.proc.comm.slice(0, 15)}`,
    'Umask:\t0022',
    `State:\t${p.proc.comm === 'ps' || p.proc.comm === 'cat' ? 'R (running)' : 'S (sleeping)'}`,
    `Tgid:\t${p.pid}`,
    'Ngid:\t0',
    `Pid:\t${p.pid}`,
    `PPid:\t${p.ppid}`,
    'TracerPid:\t0',
    // Real, effective, saved set and filesystem uid (proc(5)): a set-user-ID program's real uid is its caller's.
    `Uid:\t${p.proc.ruid ?? uid}\t${uid}\t${uid}\t${uid}`,
    // The gid follows the user (gid = uid for every account here); the set-user-ID bit leaves it alone.
    `Gid:\t${p.proc.ruid ?? uid}\t${p.proc.ruid ?? uid}\t${p.proc.ruid ?? uid}\t${p.proc.ruid ?? uid}`,
    'FDSize:\t64',
    `NStgid:\t${nspid}`,
    `NSpid:\t${nspid}`,
    `VmSize:\t${String(p.proc.vszKiB).padStart(8)} kB`,
    `VmRSS:\t${String(p.proc.rssKiB).padStart(8)} kB`,
    'Threads:\t1',
    'CapInh:\t0000000000000000',
    `CapPrm:\t${capMask(sec.caps)}`,
    `CapEff:\t${capMask(sec.caps)}`,
    `CapBnd:\t${bnd}`,
    'CapAmb:\t0000000000000000',
    `NoNewPrivs:\t${sec.nnp}`,
    `Seccomp:\t${sec.seccomp}`,
    `Seccomp_filters:\t${sec.seccomp ? 1 : 0}`,
    '',
  ].join('\n');
}

/** /proc/meminfo of the viewing kernel (a container reads the host's). */
function meminfo(v: SysView): string {
  const m = v.mem;
  const row = (k: string, n: number) => `${`${k}:`.padEnd(16)}${String(n).padStart(8)} kB`;
  return [
    row('MemTotal', m.totalKiB),
    row('MemFree', m.freeKiB),
    row('MemAvailable', m.availableKiB),
    row('Buffers', Math.round(m.buffCacheKiB * 0.05)),
    row('Cached', Math.round(m.buffCacheKiB * 0.95)),
    row('SwapTotal', 0),
    row('SwapFree', 0),
    '',
  ].join('\n');
}

/** Files of the container's own cgroup, seen at /sys/fs/cgroup thanks to its cgroup namespace. */
export function cgroupFiles(sim: Sim, v: SysView): Record<string, string> {
  const files: Record<string, string> = { 'cgroup.controllers': 'cpuset cpu io memory hugetlb pids rdma misc\n' };
  const c = v.container;
  if (!c) return files; // the root cgroup has no memory.max/cpu.max/pids.max files
  const cfg = c.config;
  files['memory.max'] = cfg.memoryBytes > 0 ? `${cfg.memoryBytes}\n` : 'max\n';
  files['memory.current'] = `${containerMemoryBytes(sim.state, c)}\n`;
  const oom = c.oomKilled ? 1 : 0;
  files['memory.events'] =
    `low 0\nhigh 0\nmax ${memoryMaxEvents(oom, cfg.memoryBytes)}\noom ${oom}\noom_kill ${oom}\noom_group_kill 0\n`;
  // Docker's default --memory-swap is twice -m, which cgroup v2 holds as memory.swap.max = the same as memory.max.
  files['memory.swap.max'] = files['memory.max'];
  files['memory.swap.current'] = '0\n';
  files['cpu.max'] = cfg.nanoCpus > 0 ? `${Math.round((cfg.nanoCpus / 1e9) * 100000)} 100000\n` : 'max 100000\n';
  files['pids.max'] = cfg.pidsLimit > 0 ? `${cfg.pidsLimit}\n` : 'max\n';
  files['pids.current'] = `${pidsCurrent(sim.state, c)}\n`;
  return files;
}

/** /proc/mounts: overlay root in a container (ro with --read-only), a disk on the host or a VM. */
export function mounts(v: SysView): string {
  if (v.kind === 'container' && v.container) {
    const ro = v.container.config.readOnly ? 'ro' : 'rw';
    const id = v.container.id.slice(0, 26).toUpperCase();
    return [
      `overlay / overlay ${ro},relatime,lowerdir=/var/lib/docker/overlay2/l/${id}:…,upperdir=/var/lib/docker/overlay2/${v.container.id}/diff,workdir=/var/lib/docker/overlay2/${v.container.id}/work 0 0`,
      'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
      'tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755 0 0',
      `sysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0`,
      'cgroup /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime,nsdelegate 0 0',
      'shm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0',
      // The three files Docker writes per container are bind mounts (resolv.conf, hostname, hosts, in that order).
      `/dev/sda1 /etc/resolv.conf ext4 ${ro},relatime 0 0`,
      `/dev/sda1 /etc/hostname ext4 ${ro},relatime 0 0`,
      `/dev/sda1 /etc/hosts ext4 ${ro},relatime 0 0`,
      ...(v.container.hostDiskAt ?? []).map((at) => `/dev/sda1 ${at} ext4 rw,relatime 0 0`),
      '',
    ].join('\n');
  }
  const root = v.kind === 'vm' ? '/dev/vda1' : '/dev/sda1';
  return [
    `${root} / ext4 rw,relatime,errors=remount-ro 0 0`,
    'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
    'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
    'cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0',
    'tmpfs /run tmpfs rw,nosuid,nodev,size=1631264k,mode=755 0 0',
    '',
  ].join('\n');
}

/** Content of a generated file at `path`, or undefined when nothing generates it. */
export function generatedFile(sim: Sim, v: SysView, path: string, selfPid: number): string | undefined {
  const fixed: Record<string, () => string | undefined> = {
    '/etc/os-release': () => osRelease(v),
    '/etc/hostname': () => `${v.hostname}\n`,
    '/etc/hosts': () =>
      `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n${v.container?.endpoints[0] ? `${v.container.endpoints[0].ip}\t${v.hostname}\n` : `127.0.1.1\t${v.hostname}\n`}`,
    '/etc/passwd': () =>
      `root:x:0:0:root:/root:/bin/${v.os.userland === 'gnu' ? 'bash' : 'sh'}\n${v.kind === 'host' ? 'learner:x:1000:1000:Learner,,,:/home/learner:/bin/bash\n' : ''}`,
    '/proc/version': () => `${kernelBanner(v.kernel)}\n`,
    // The kernel answers these from the caller's UTS namespace and its own build, a container's too.
    '/proc/sys/kernel/osrelease': () => `${v.kernel.release}\n`,
    '/proc/sys/kernel/ostype': () => 'Linux\n',
    '/proc/sys/kernel/hostname': () => `${v.hostname}\n`,
    '/proc/meminfo': () => meminfo(v),
    '/proc/cpuinfo': () => cpuinfo(v),
    '/proc/modules': () => procModules(sim, v),
    '/proc/mounts': () => mounts(v),
    '/proc/uptime': () => {
      // A guest counts from its own kernel's start; a container shares the host's kernel and its uptime.
      const kernelStart = v.vm?.bootPlan.find((b) => b.stage === 'kernel')?.atMs;
      const up =
        kernelStart !== undefined ? sim.state.clockMs - kernelStart : sim.state.clockMs + HOST_UPTIME_AT_START_MS;
      return `${(Math.max(0, up) / 1000).toFixed(2)} ${((Math.max(0, up) * v.cpus * 0.98) / 1000).toFixed(2)}\n`;
    },
  };
  const gen = fixed[path];
  if (gen) return gen();
  const m = /^\/proc\/(self|\d+)\/(status|cgroup|cmdline|comm)$/.exec(path);
  if (m) {
    const pid = m[1] === 'self' ? selfPid : Number(m[1]);
    const p = v.procs.find((x) => x.pid === pid);
    if (!p) return undefined;
    if (m[2] === 'status') return procStatus(sim, v, p);
    if (m[2] === 'cgroup') return cgroupLine(v, p);
    if (m[2] === 'comm') return `${p.proc.comm}\n`;
    return p.proc.args.replace(/ /g, '\0');
  }
  const cg = /^\/sys\/fs\/cgroup\/([\w.]+)$/.exec(path);
  if (cg) return own(cgroupFiles(sim, v), cg[1] as string);
  return undefined;
}
