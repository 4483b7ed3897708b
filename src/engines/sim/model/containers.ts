/** Container lifecycle as containerd + runc perform it: shim, namespaces, cgroup, PID 1, exit. */
import { OVERHEAD_MIB } from '../facts';
import { randomName, type Rng } from '../rng';
import { attach, findNetwork } from './networks';
import { removeVolume, volumeUsers } from './volumes';
import { containerUser } from './container-user';
import { containerProcs, reap, spawn, unshare } from './procs';
import type { Container, ContainerConfig, Image, Proc, SimState } from './types';

/** Representative RSS (KiB) of common programs, so memory accounting has something real to sum. */
const RSS_KIB: Record<string, number> = { sh: 1500, ash: 1500, bash: 3600, sleep: 600, hello: 400, stress: 1200 };

/** The RSS we give a freshly started program. */
export function rssOf(comm: string): number {
  return RSS_KIB[comm] ?? 1800;
}

/** The cgroup Docker (systemd driver, cgroup v2) puts a container in. */
export function cgroupOf(id: string): string {
  return `/system.slice/docker-${id}.scope`;
}

/** Creates a container in state `created` with fresh namespaces; nothing runs yet. */
export function createContainer(
  state: SimState,
  rng: Rng,
  image: Image,
  ref: string,
  cmd: string[],
  config: ContainerConfig,
  name?: string,
  hostname?: string,
): Container {
  const id = rng.hex(64);
  let chosen = name;
  while (!chosen || state.containers.some((c) => c.name === chosen)) chosen = name ?? randomName(rng);
  // --network host shares the host's network namespace; everything else is new (no user ns: not enabled).
  const fresh: Array<'mnt' | 'uts' | 'ipc' | 'pid' | 'net' | 'cgroup'> = [
    'mnt',
    'uts',
    'ipc',
    'pid',
    'cgroup',
    ...(config.network === 'host' ? [] : ['net' as const]),
  ];
  const container: Container = {
    id,
    name: chosen,
    imageId: image.id,
    imageRef: ref,
    cmd,
    hostname: hostname ?? id.slice(0, 12),
    status: 'created',
    exitCode: 0,
    oomKilled: false,
    createdMs: state.clockMs,
    startedMs: 0,
    finishedMs: 0,
    config,
    ns: unshare(state, state.hostNs, fresh),
    ip: '',
    endpoints: [],
    nextNsPid: 1,
    files: new Map(),
    tmpfs: new Map(),
    logs: [],
  };
  state.containers.push(container);
  // A bridge network gives it an address and a veth pair; host and none give none.
  const net = findNetwork(state, config.network);
  if (net?.driver === 'bridge') attach(state, container, net);
  return container;
}

/** Starts PID 1 under a containerd-shim-runc-v2 (FACTS F: docker → containerd → shim → runc → process). */
export function startContainer(state: SimState, c: Container): Proc {
  c.status = 'running';
  c.startedMs = state.clockMs;
  c.exitCode = 0;
  c.nextNsPid = 1;
  const shim = spawn(state, {
    ppid: 1,
    uid: 0,
    comm: 'containerd-shim',
    rssKiB: Math.round(OVERHEAD_MIB.shim * 1024),
    vszKiB: 1_240_000, // FACTS C: shim 5.2 MB RSS
    args: `/usr/bin/containerd-shim-runc-v2 -namespace moby -id ${c.id} -address /run/containerd/containerd.sock`,
    cgroup: '/system.slice/containerd.service',
    container: undefined,
  });
  if (!c.config.init) return spawnInContainer(state, c, c.cmd, shim.pid);
  // --init: the daemon bind-mounts its docker-init (tini) at /sbin/docker-init and runs it as PID 1 with
  // the command after `--` (docs.docker.com, docker run reference "--init"); tini forks the command.
  const init = spawnInContainer(state, c, ['/sbin/docker-init', '--', ...c.cmd], shim.pid);
  // runc's init is a Go program: its threads held the PIDs after 1 in the new namespace before tini forked.
  c.nextNsPid = 7;
  return spawnInContainer(state, c, c.cmd, init.pid);
}

/** What SIGTERM does to a container: tini passes it to its child, which dies of it unless an interactive shell. */
export function endsOnSigterm(c: Container): boolean {
  if (!c.config.init) return false; // PID 1 without a handler: the kernel drops it
  const prog = (c.cmd[0] ?? '').split('/').pop() ?? '';
  const shell = ['sh', 'ash', 'bash'].includes(prog) && !c.cmd.includes('-c');
  // An interactive shell (sh -i, or sh on a terminal) ignores SIGTERM (bash(1) and ash alike).
  return !(shell && c.config.interactive);
}

/** Runs one more process inside a container's namespaces and cgroup (PID 1's child, or a `docker exec`). */
export function spawnInContainer(state: SimState, c: Container, argv: string[], ppid: number, endsAtMs?: number): Proc {
  const comm = (argv[0] ?? 'sh').split('/').pop() ?? 'sh';
  return spawn(state, {
    ppid,
    uid: containerUser(c).uid,
    comm,
    args: argv.join(' '),
    rssKiB: rssOf(comm),
    vszKiB: rssOf(comm) * 2,
    ns: c.ns,
    cgroup: cgroupOf(c.id),
    container: c.id,
    nsPid: c.nextNsPid++,
    tty: c.config.tty ? 'pts/0' : '?',
    ...(endsAtMs !== undefined ? { endsAtMs } : {}),
  });
}

/** PID 1 exited (or was killed): the kernel kills the rest of the PID namespace; the shim exits. */
export function stopContainer(state: SimState, c: Container, exitCode: number): void {
  if (c.status !== 'running') return;
  c.status = 'exited';
  c.exitCode = exitCode;
  c.finishedMs = state.clockMs;
  c.tmpfs.clear(); // a tmpfs lives in memory: unmounted, its files are gone
  reap(state, (p) => p.container === c.id || p.args.includes(`-id ${c.id} `));
  if (c.config.autoRemove) removeContainer(state, c);
}

/** Deletes a stopped container and its thin writable layer. */
export function removeContainer(state: SimState, c: Container): void {
  state.containers = state.containers.filter((x) => x !== c);
  // --rm also removes the container's anonymous volumes (docker run reference, "--rm"), unless shared.
  if (c.config.autoRemove)
    for (const m of c.config.mounts)
      if (m.type === 'volume' && state.volumes.find((v) => v.name === m.source)?.anonymous)
        if (!volumeUsers(state, m.source).length) removeVolume(state, m.source);
}

/** The number of processes in the container's pids cgroup (pids.current). */
export function pidsCurrent(state: SimState, c: Container): number {
  return containerProcs(state, c.id).length;
}

/** Finds a container by name, full id or unique id prefix (as the Docker API does). */
export function findContainer(state: SimState, key: string): Container | undefined {
  const name = key.replace(/^\//, '');
  const byName = state.containers.find((c) => c.name === name);
  if (byName) return byName;
  if (!/^[0-9a-f]+$/.test(key)) return undefined;
  const matches = state.containers.filter((c) => c.id.startsWith(key));
  return matches.length === 1 ? matches[0] : undefined;
}
