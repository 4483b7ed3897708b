/** The simulator's state: plain data, mutated only by the model functions beside this file. */
import type { Rng } from '../rng';

/** The machine a shell runs on: the host, inside a container, or on a VM's console. */
/** A container's `root`: the directory (of the container) chroot made its `/` — only the host's root, bind-mounted. */
export type Env =
  ({ kind: 'host' } & HostPlace) | { kind: 'container'; id: string; root?: string } | { kind: 'vm'; name: string };

/**
 * Where a host shell made by unshare(1), nsenter(1) or chroot(1) runs; absent fields are the host's own.
 * `ns`: its namespaces. `mapUid`: in a user namespace, the host uid its root maps to (`-r`), and `owned`
 * the namespaces made with that user namespace (its root may change those, nothing else). `root`: the
 * host directory chroot made its `/`.
 */
export interface HostPlace {
  ns?: NsSet;
  mapUid?: number;
  owned?: NsKind[];
  root?: string;
  /** `mount -t proc proc /proc` was run inside the chroot. */
  rootProc?: boolean;
}

/** Namespace types as `lsns` names them. */
export type NsKind = 'cgroup' | 'ipc' | 'mnt' | 'net' | 'pid' | 'time' | 'user' | 'uts';
/** The namespace inode numbers a process lives in. */
export type NsSet = Record<NsKind, number>;

/** One process, as the kernel that runs it sees it. */
export interface Proc {
  pid: number;
  ppid: number;
  uid: number;
  /** The real uid when it differs from the effective `uid` (a set-user-ID program, shell/setuid.ts). */
  ruid?: number;
  comm: string;
  args: string;
  rssKiB: number;
  vszKiB: number;
  startMs: number;
  tty: string;
  ns: NsSet;
  /** The PID namespace its children start in when it differs from its own (`unshare --pid --fork`, unshare(2)). */
  pidForChildren?: number;
  /** cgroup v2 path from the root, e.g. `/system.slice/docker-<id>.scope`. */
  cgroup: string;
  /** Set for container processes: which container, and the PID inside its PID namespace. */
  container?: string;
  nsPid?: number;
  /** CPUs this process would keep busy if unthrottled (a stress --cpu worker is 1). */
  cpu?: number;
  /** A process that ends by itself (sleep N) at this simulated time. */
  endsAtMs?: number;
  /** A server's listening socket (busybox `httpd`): port, document root, and its `-v` count. */
  listen?: { port: number; home: string; verbose: number; server?: 'nginx' };
}

/** A layer as the local content store holds it. */
export interface Layer {
  digest: string;
  compressedBytes: number;
  diskBytes: number;
}

/** An OS identity: what /etc/os-release says. */
export interface OsInfo {
  id: string;
  name: string;
  prettyName: string;
  versionId: string;
  version?: string;
  codename?: string;
  /** Which userland provides the tools: decides which commands exist and how they print. */
  userland: 'gnu' | 'busybox' | 'scratch';
  /** /etc/os-release byte for byte as the distro ships it; absent when the image has no such file (busybox). */
  osRelease?: string;
}

/** A pulled image: tags point at an image id, which lists its layer digests. */
export interface Image {
  /** The config digest (`docker image inspect` Id, `docker images -q`). */
  id: string;
  /** The manifest digest the tag resolved to at pull (`Digest: sha256:…`); `docker images` shows it as ID. */
  digest?: string;
  repo: string;
  tags: string[];
  layers: string[];
  cmd: string[];
  os: OsInfo;
  createdMs: number;
  /** Build steps, oldest first; `createdMs` when a row is older than the image (a built image's base rows). */
  history: Array<{ createdBy: string; sizeBytes: number; createdMs?: number }>;
  /** Programs the image's own layers add beyond its OS userland (e.g. httpd from busybox-extras). */
  extraTools?: string[];
  /** Files the image's own layers add (path → content), read below the container's writable layer. */
  files?: Record<string, string>;
  /** Image config (Dockerfile ENTRYPOINT, ENV, WORKDIR, USER, EXPOSE, LABEL); absent = Docker's defaults. */
  entrypoint?: string[];
  env?: string[];
  workdir?: string;
  user?: string;
  exposed?: string[];
  labels?: Record<string, string>;
  /** Accounts the image's own layers added (useradd in a RUN step), by name → uid. */
  users?: Record<string, number>;
  /** Programs a RUN `cp` put in a bin directory under a new name (name → the program copied, e.g. rootsh → sh). */
  copies?: Record<string, string>;
  /** Programs a RUN `chmod u+s` gave the set-user-ID bit (owned by root, as RUN runs as root by default). */
  setuid?: string[];
  /** Programs the image really ships that the course does not model (python3 in python): "not simulated". */
  unmodelled?: string[];
  /** Made on this host by `docker build` rather than pulled. */
  built?: boolean;
}

/** Resource limits and security options fixed at `docker run`. */
export interface ContainerConfig {
  memoryBytes: number;
  nanoCpus: number;
  pidsLimit: number;
  /** `--network`: `bridge` (the default), `host`, `none`, or a user-defined network's name. */
  network: string;
  /** `-p`/`-P`: host ports published to container ports (the daemon's DNAT rules and docker-proxy). */
  ports: PortBinding[];
  /** `-v`/`--mount`: what is mounted over the container's filesystem. */
  mounts: MountSpec[];
  readOnly: boolean;
  caps: string[];
  capAdd: string[];
  capDrop: string[];
  privileged: boolean;
  seccomp: boolean;
  noNewPrivileges: boolean;
  autoRemove: boolean;
  tty: boolean;
  interactive: boolean;
  /** `-e NAME=VALUE`: the container's environment, on top of the image's PATH. */
  env: string[];
  /** `-w DIR`: where PID 1 and every `docker exec` start ('' = `/`). */
  workdir: string;
  /** `--user UID[:GID]` as given ('' = the image's USER, root for every image here); see model/container-user.ts. */
  user: string;
  /** `--init`: docker-init (tini) runs as PID 1, starts the command as its child and forwards signals to it. */
  init: boolean;
}

/** One published port: `hostIp:hostPort` on the host forwards to `containerPort/proto` in the container. */
export interface PortBinding {
  hostIp: string;
  hostPort: number;
  containerPort: number;
  proto: 'tcp' | 'udp' | 'sctp';
}

/** One mount: a host path (bind), a named volume, or a tmpfs, over `target` in the container. */
export interface MountSpec {
  type: 'bind' | 'volume' | 'tmpfs';
  /** The host path (bind) or the volume's name (volume); '' for tmpfs. */
  source: string;
  target: string;
  readOnly: boolean;
  /** The flag that asked for it: a missing bind source is created for -v, refused for --mount (HostConfig.Binds vs Mounts). */
  via: '-v' | '--mount' | '--tmpfs';
}

/** A container's attachment to one network: its address there and the veth pair that carries it. */
export interface Endpoint {
  network: string;
  ip: string;
  mac: string;
  /** ifindex of the container's end (eth0) and of the host's end (vethXXXXXXX), as `ip link` numbers them. */
  ifIndex: number;
  peerIndex: number;
  veth: string;
}

/** A Docker network: the built-in bridge, host and none, or one made with `docker network create`. */
export interface Network {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  /** IPv4 subnet and gateway ('' for host and none). */
  subnet: string;
  gateway: string;
  createdMs: number;
  /** The host's bridge device for a bridge network (`docker0`, `br-<id12>`) and its ifindex. */
  bridge: string;
  ifIndex: number;
  internal: boolean;
  labels: Record<string, string>;
}

/** An interface made with `ip link add` (veth, bridge, dummy), in the host's namespace or a named one. */
export interface UserLink {
  index: number;
  name: string;
  kind: 'veth' | 'bridge' | 'dummy';
  /** The other end of a veth pair (its index). */
  peer?: number;
  /** The named namespace it is in (`ip netns add`), or null for the host's. */
  netns: string | null;
  up: boolean;
  master?: string;
  mac: string;
  addrs: string[];
}

/** A network namespace made with `ip netns add` (a bind mount under /run/netns), and whether its lo is up. */
export interface NamedNetns {
  name: string;
  inode: number;
  loUp: boolean;
}

/** A named volume: its data lives on the host under /var/lib/docker/volumes/NAME/_data. */
export interface Volume {
  name: string;
  createdMs: number;
  labels: Record<string, string>;
  /** Made by `docker run -v NAME:…` without a name (none here) or by name: Docker marks neither; kept for prune. */
  anonymous: boolean;
}

/** A container: a process tree in its own namespaces and cgroup, on a thin writable layer. */
export interface Container {
  id: string;
  name: string;
  imageId: string;
  imageRef: string;
  cmd: string[];
  hostname: string;
  status: 'created' | 'running' | 'exited';
  exitCode: number;
  oomKilled: boolean;
  createdMs: number;
  startedMs: number;
  finishedMs: number;
  config: ContainerConfig;
  ns: NsSet;
  /** The address on its first network ('' with host or none), as `docker inspect` IPAddress shows it. */
  ip: string;
  /** Its attachments, first network first (empty with --network host or none). */
  endpoints: Endpoint[];
  nextNsPid: number;
  /** The thin writable layer: path → content. */
  files: Map<string, string>;
  /** Contents of its tmpfs mounts (path → content), gone when it stops. */
  tmpfs: Map<string, string>;
  logs: string[];
  /** Directories where a privileged process mounted the host's root partition (`mount /dev/sda1 /mnt`). */
  hostDiskAt?: string[];
}

/** Where a VM is in its boot (or not running). */
export type VmStage = 'off' | 'firmware' | 'bootloader' | 'kernel' | 'initrd' | 'services' | 'running';

/** A kernel build: `uname -r` and `-v`, and who built it (its banner in /proc/version and dmesg). */
export interface KernelInfo {
  release: string;
  build: string;
  builtBy: string;
  /** Ubuntu kernels end their banner with the Ubuntu package version and the upstream one. */
  signature?: string;
}

/** A shell logged in on a guest's serial console: what the guest kernel knows of it (its process, user, cwd). */
export interface SerialShell {
  pid: number;
  uid: number;
  user: string;
  home: string;
  cwd: string;
  shell: 'bash' | 'sh';
  vars: Array<[string, string]>;
}

/** The guest's serial console (ttyS0): who is logged in there, or getty and login waiting for a name. */
export interface SerialConsole {
  /** The shell login started on ttyS0 (its logout brings getty back), or null while nobody is logged in. */
  loginPid: number | null;
  /** The shells left running on ttyS0 when the learner detached (innermost last); restored on `virsh console`. */
  shells: SerialShell[];
  /** The name login took before asking `Password: `; null while getty waits for a name. */
  pendingUser: string | null;
  /** Failed attempts of the current login (login gives up after its retry limit and getty starts again). */
  failures: number;
}

/** A libvirt domain with its own kernel, OS, hostname, processes and RAM. */
export interface Vm {
  name: string;
  uuid: string;
  id: number | null;
  kind: 'kvm' | 'microvm';
  os: OsInfo;
  kernel: KernelInfo;
  hostname: string;
  /** Boots with UEFI firmware (OVMF) rather than SeaBIOS. */
  efi: boolean;
  /** Who may log in on the console (a null password is a locked account), and /etc/issue, which getty prints. */
  accounts: Array<{ user: string; uid: number; home: string; password: string | null }>;
  issue: string;
  vcpus: number;
  memMiB: number;
  disk: { path: string; format: 'qcow2' | 'raw'; virtualMiB: number; fileMiB: number };
  /** Simulated time the domain was started, and its boot schedule (stage → start offset ms). */
  startedMs: number;
  bootPlan: Array<{ stage: VmStage; atMs: number }>;
  /** What the guest prints on its serial console while booting, at absolute simulated times. */
  bootLog: Array<{ atMs: number; text: string }>;
  running: boolean;
  /** Simulated time `virsh suspend` paused the vCPUs at; null while they run. */
  pausedAtMs: number | null;
  /** A reboot asked for while paused: the guest acts on it when it resumes. */
  rebootPending?: boolean;
  serial: SerialConsole;
  /** How many times `virsh console` attached to this guest: a lab can ask that the learner went there and back. */
  consoleAttaches?: number;
  qemuPid: number | null;
  procs: Proc[];
  guestUsedMiB: number;
  /** Guest RAM the guest has touched so far, and so the host has allocated to qemu; it only grows. */
  touchedMiB: number;
  files: Map<string, string>;
  /** The libvirt host it runs on (or, shut off, is defined on): absent = this host; `host-b` after a migration. */
  host?: string;
  /** Other hosts that keep an inactive copy of its definition (a migration without --undefinesource). */
  alsoDefinedOn?: string[];
  /** False for a transient domain (migrated without --persistent): it vanishes when it stops. */
  persistent?: boolean;
  /** Its snapshots, oldest first, and the current one (the last made or reverted to). */
  snapshots?: VmSnapshot[];
  currentSnapshot?: string | null;
  /** The last completed job (an incoming or outgoing migration), as `virsh domjobinfo --completed` shows it. */
  lastJob?: MigrationJob;
  /** How many times `virsh domjobinfo --completed` showed that job (a lab can ask that the learner looked). */
  jobShown?: number;
}

/** A libvirt domain snapshot: the guest's disk, and for an internal snapshot of a running domain its memory. */
export interface VmSnapshot {
  name: string;
  description: string;
  /** Seconds since the epoch (the snapshot XML's creationTime). */
  creationTime: number;
  /** The domain's state when taken, as snapshot-list shows it; `disk-snapshot` for --disk-only. */
  state: 'running' | 'paused' | 'shutoff' | 'disk-snapshot';
  location: 'internal' | 'external';
  parent: string | null;
  /** The guest's files at that moment (its disk). */
  files: Map<string, string>;
  /** For a running domain's internal snapshot: what was in RAM (processes, console logins, boot schedule). */
  memory?: {
    atMs: number;
    startedMs: number;
    procs: Proc[];
    serial: SerialConsole;
    bootPlan: Vm['bootPlan'];
    bootLog: Vm['bootLog'];
    guestUsedMiB: number;
    touchedMiB: number;
  };
  /** For --disk-only: the overlay file the domain writes to from then on, and the disk it froze. */
  overlay?: { path: string; base: string };
}

/** A finished live migration's statistics, in the units libvirt reports them. */
export interface MigrationJob {
  /** Which side this is (domjobinfo prints "Operation: Incoming migration" on the destination). */
  operation: 'Outgoing migration' | 'Incoming migration';
  timeElapsedMs: number;
  downtimeMs: number;
  /** Bytes of guest RAM: total, sent (including re-sent dirty pages), zero pages, normal pages sent, iterations. */
  memTotal: number;
  memProcessed: number;
  memBps: number;
  dirtyRate: number;
  iterations: number;
  constantPages: number;
  normalPages: number;
  normalBytes: number;
  pageSize: number;
}

/** The whole simulated machine. */
export interface SimState {
  clockMs: number;
  epochMs: number;
  hostname: string;
  procs: Proc[];
  nextPid: number;
  nextNsInode: number;
  hostNs: NsSet;
  /** Local image store (image id → image) and content store (digest → layer). */
  images: Map<string, Image>;
  layers: Map<string, Layer>;
  containers: Container[];
  vms: Vm[];
  hostFiles: Map<string, string>;
  /** Docker's networks (bridge, host, none first) and named volumes. */
  networks: Network[];
  volumes: Volume[];
  /** Interfaces made with `ip link add`, and namespaces made with `ip netns add`. */
  userLinks: UserLink[];
  namedNetns: NamedNetns[];
  /** The next network interface index the host kernel hands out (1–3 are lo, eno1, docker0). */
  nextIfIndex: number;
  nextVmId: number;
  /** cgroups made by hand (`mkdir /sys/fs/cgroup/NAME`), by path from the root (`/demo`); see model/cgroups.ts. */
  cgroups: Map<string, UserCgroup>;
  /** Next PID inside each PID namespace made by `unshare --pid` (namespace inode → next PID). */
  pidNsNext: Map<number, number>;
  /** Which PID namespace's proc is mounted on /proc in each mount namespace (`--mount-proc`; else the host's). */
  procMounts: Map<number, number>;
  /** Hostnames of UTS namespaces made by `unshare --uts` (namespace inode → hostname). */
  utsNames: Map<number, string>;
  /** What the host kernel logged after its boot (dmesg prints its boot messages, then these). */
  kernelLog: Array<{ atMs: number; text: string }>;
}

/** A cgroup made with mkdir: its limits (0 = `max`) and the counters its memory.events and pids.events show. */
export interface UserCgroup {
  memoryMax: number;
  pidsMax: number;
  /** memory.events `max`, `oom` and `oom_kill` (one each per OOM kill here), and pids.events `max`. */
  oomKills: number;
  pidsRefused: number;
}

/** A simulator: its state plus the injected randomness. */
export interface Sim {
  state: SimState;
  rng: Rng;
}
