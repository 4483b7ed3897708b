/** The initial machine: a Debian 13 host running docker, containerd and libvirt. */
import { builtinNetworks } from './networks';
import { MINIROOTFS, MINIROOTFS_MARKER } from './minirootfs';
import { HOST } from '../facts';
import type { Rng } from '../rng';
import { VM_DEFS } from './vm-defs';
import { spawn } from './procs';
import type { NsSet, SimState, Vm } from './types';

/** The host's initial namespaces: the fixed inode numbers a fresh Linux boot gives them. */
export const HOST_NS: NsSet = {
  cgroup: 4026531835,
  ipc: 4026531839,
  mnt: 4026531841,
  net: 4026531840,
  pid: 4026531836,
  time: 4026531834,
  user: 4026531837,
  uts: 4026531838,
};

/** Simulation epoch: 2025-11-20 09:00:00 UTC (any fixed instant keeps runs reproducible). */
export const EPOCH_MS = Date.UTC(2025, 10, 20, 9, 0, 0);

// Host daemons with representative RSS values (KiB) as seen on a small Debian server; not from FACTS.
const DAEMONS: Array<[string, string, number, number, string]> = [
  ['systemd', '/sbin/init', 12800, 0, '/init.scope'],
  ['kthreadd', '[kthreadd]', 0, 0, '/'],
  ['systemd-journal', '/usr/lib/systemd/systemd-journald', 22000, 0, '/system.slice/systemd-journald.service'],
  ['systemd-udevd', '/usr/lib/systemd/systemd-udevd', 9800, 0, '/system.slice/systemd-udevd.service'],
  ['sshd', 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups', 8900, 0, '/system.slice/ssh.service'],
  ['containerd', '/usr/bin/containerd', 48000, 0, '/system.slice/containerd.service'],
  [
    'dockerd',
    '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock',
    82000,
    0,
    '/system.slice/docker.service',
  ],
  ['libvirtd', '/usr/sbin/libvirtd --timeout 120', 31000, 0, '/system.slice/libvirtd.service'],
  ['sshd-session', 'sshd-session: learner [priv]', 11000, 0, '/user.slice/user-1000.slice/session-1.scope'],
  ['bash', '-bash', 5200, 1000, '/user.slice/user-1000.slice/session-1.scope'],
];

/**
 * Two small projects to build ("Building images"): ~/app, a static page on the official nginx image (it
 * runs and serves), and ~/pyapp, a Flask app on python:3.13-slim laid out for the layer cache (its build
 * works; running Python itself is not modelled).
 */
const PROJECTS: Array<[string, string]> = [
  ['/home/learner/app/Dockerfile', 'FROM nginx:1.31\nWORKDIR /usr/share/nginx/html\nCOPY index.html .\nEXPOSE 80\n'],
  ['/home/learner/app/index.html', '<h1>Hello from my first image</h1>\n'],
  [
    '/home/learner/pyapp/Dockerfile',
    'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nEXPOSE 5000\nCMD ["python", "app.py"]\n',
  ],
  ['/home/learner/pyapp/requirements.txt', 'flask==3.1.2\n'],
  [
    '/home/learner/pyapp/app.py',
    'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get("/")\ndef hello():\n    return "Hello from Flask\\n"\n\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000)\n',
  ],
];

/** Builds the starting state: host processes, no images, two VMs defined and shut off. */
export function createInitialState(rng: Rng): SimState {
  const state: SimState = {
    clockMs: 0,
    epochMs: EPOCH_MS,
    hostname: 'host',
    procs: [],
    nextPid: 1,
    nextNsInode: 4026532200,
    hostNs: HOST_NS,
    images: new Map(),
    layers: new Map(),
    containers: [],
    vms: [],
    hostFiles: new Map([
      ['/home/learner/notes.txt', 'Compare: uname -r, hostname, ps, lsns — on the host, in a container, in a VM.\n'],
      [MINIROOTFS, MINIROOTFS_MARKER],
      ...PROJECTS,
    ]),
    networks: builtinNetworks(0),
    volumes: [],
    userLinks: [],
    namedNetns: [],
    nextIfIndex: 4,
    nextVmId: 1,
    cgroups: new Map(),
    pidNsNext: new Map(),
    procMounts: new Map(),
    utsNames: new Map(),
    kernelLog: [],
  };
  for (const [comm, args, rssKiB, uid, cgroup] of DAEMONS) {
    const ppid = comm === 'systemd' || comm === 'kthreadd' ? 0 : comm === 'bash' ? state.nextPid - 1 : 1;
    spawn(state, { ppid, uid, comm, args, rssKiB, vszKiB: rssKiB * 3, cgroup, tty: comm === 'bash' ? 'pts/0' : '?' });
    if (comm === 'kthreadd') state.nextPid = 100; // kernel threads take the low PIDs
  }
  state.vms = VM_DEFS.map((d): Vm => ({
    name: d.name,
    uuid: uuidFrom(rng),
    id: null,
    kind: 'kvm',
    os: d.os,
    kernel: { ...d.kernel },
    hostname: d.hostname,
    efi: d.efi,
    accounts: d.accounts.map((a) => ({ ...a })),
    issue: d.issue,
    vcpus: d.vcpus,
    memMiB: d.memMiB,
    disk: { ...d.disk },
    ...poweredOff(),
    files: new Map(),
  }));
  return state;
}

/** The run-time part of a domain that is defined but not running: no QEMU process, no boot, no guest processes. */
export function poweredOff(): Pick<
  Vm,
  | 'startedMs'
  | 'bootPlan'
  | 'bootLog'
  | 'running'
  | 'pausedAtMs'
  | 'serial'
  | 'qemuPid'
  | 'procs'
  | 'guestUsedMiB'
  | 'touchedMiB'
> {
  return {
    startedMs: 0,
    bootPlan: [],
    bootLog: [],
    running: false,
    pausedAtMs: null,
    serial: { loginPid: null, shells: [], pendingUser: null, failures: 0 },
    qemuPid: null,
    procs: [],
    guestUsedMiB: 0,
    touchedMiB: 0,
  };
}

/** A random RFC 4122-looking UUID from the seeded PRNG. */
export function uuidFrom(rng: Rng): string {
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`;
}

/** The host's RAM in MiB (FACTS has no lab-host figure: 16 GiB is our representative machine). */
export const HOST_MEM_MIB = HOST.memMiB;
