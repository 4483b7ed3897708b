/** What exists before the learner does anything: registry images, OS identities, kernels, VM definitions. */
import { CIRROS_DISK, IMAGE_SIZES } from '../facts';
import type { OsInfo } from './types';

/** OS identities, as each distro's /etc/os-release states them. */
export const OS = {
  debian13: {
    id: 'debian',
    name: 'Debian GNU/Linux',
    prettyName: 'Debian GNU/Linux 13 (trixie)',
    versionId: '13',
    version: '13 (trixie)',
    codename: 'trixie',
    userland: 'gnu',
  },
  alpine322: {
    id: 'alpine',
    name: 'Alpine Linux',
    prettyName: 'Alpine Linux v3.22',
    versionId: '3.22.2',
    userland: 'busybox',
  },
  busybox: { id: 'busybox', name: 'BusyBox', prettyName: 'BusyBox v1.37.0', versionId: '1.37.0', userland: 'busybox' },
  ubuntu2404: {
    id: 'ubuntu',
    name: 'Ubuntu',
    prettyName: 'Ubuntu 24.04.3 LTS',
    versionId: '24.04',
    version: '24.04.3 LTS (Noble Numbat)',
    codename: 'noble',
    userland: 'gnu',
  },
  scratch: { id: 'scratch', name: 'scratch', prettyName: 'scratch', versionId: '', userland: 'scratch' },
  cirros: { id: 'cirros', name: 'CirrOS', prettyName: 'CirrOS 0.6.3', versionId: '0.6.3', userland: 'busybox' },
} as const satisfies Record<string, OsInfo>;

/**
 * Kernels. Representative versions (FACTS has none): the host runs Debian 13's 6.12 kernel; the
 * web-vm guest an older 6.12 point release (its image was not upgraded); CirrOS 0.6 ships Ubuntu's 5.15.
 */
export const KERNELS = {
  host: { release: '6.12.48+deb13-amd64', build: '#1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 (2025-09-20)' },
  webVm: { release: '6.12.38+deb13-amd64', build: '#1 SMP PREEMPT_DYNAMIC Debian 6.12.38-1 (2025-07-16)' },
  cirros: { release: '5.15.0-71-generic', build: '#78-Ubuntu SMP Tue Apr 18 09:00:29 UTC 2023' },
} as const;

/** One layer of a registry image: its name is what its digest is derived from. */
export interface LayerDef {
  name: string;
  compressed: number;
  disk: number;
  createdBy: string;
}

/** An image the simulated registry can serve. */
export interface RegistryImage {
  repo: string;
  tags: string[];
  layers: LayerDef[];
  cmd: string[];
  os: OsInfo;
  /** Days before the simulation's epoch the image was built (for CREATED). */
  ageDays: number;
  cmdHistory: string;
  /** Config-only build steps before CMD (EXPOSE, ENV…): history rows of 0B, no layer. */
  metaHistory?: string[];
  /** Programs and files the image's own layers add (see Image). */
  extraTools?: string[];
  files?: Record<string, string>;
}

const alpineBase: LayerDef = {
  name: 'alpine-minirootfs-3.22.2',
  compressed: IMAGE_SIZES.alpine.compressed,
  disk: IMAGE_SIZES.alpine.disk,
  createdBy: 'ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit',
};
const debianBase: LayerDef = {
  name: 'debian-13-slim-rootfs',
  compressed: IMAGE_SIZES.debianSlim.compressed,
  disk: IMAGE_SIZES.debianSlim.disk,
  createdBy: '# debian.sh --arch amd64 out/ trixie @1760918400',
};

/** The simulated registry. `alpine:latest` is 3.22 here so the figures stay those of FACTS A. */
export const REGISTRY: RegistryImage[] = [
  {
    repo: 'alpine',
    tags: ['3.22', 'latest'],
    layers: [alpineBase],
    cmd: ['/bin/sh'],
    os: OS.alpine322,
    ageDays: 21,
    cmdHistory: 'CMD ["/bin/sh"]',
  },
  {
    repo: 'busybox',
    tags: ['latest'],
    layers: [
      {
        name: 'busybox-1.37.0-glibc',
        compressed: IMAGE_SIZES.busybox.compressed,
        disk: IMAGE_SIZES.busybox.disk,
        createdBy: 'ADD busybox.tar.xz / # buildkit',
      },
    ],
    cmd: ['sh'],
    os: OS.busybox,
    ageDays: 60,
    cmdHistory: 'CMD ["sh"]',
  },
  {
    repo: 'debian',
    tags: ['13-slim', 'trixie-slim'],
    layers: [debianBase],
    cmd: ['bash'],
    os: OS.debian13,
    ageDays: 14,
    cmdHistory: 'CMD ["bash"]',
  },
  {
    repo: 'ubuntu',
    tags: ['24.04', 'noble', 'latest'],
    layers: [
      {
        name: 'ubuntu-24.04-rootfs',
        compressed: IMAGE_SIZES.ubuntu.compressed,
        disk: IMAGE_SIZES.ubuntu.disk,
        createdBy: 'ADD file:ubuntu-noble-oci-amd64-root.tar.gz in / ',
      },
    ],
    cmd: ['/bin/bash'],
    os: OS.ubuntu2404,
    ageDays: 30,
    cmdHistory: 'CMD ["/bin/bash"]',
  },
  {
    repo: 'hello-world',
    tags: ['latest'],
    layers: [
      {
        name: 'hello-world-static',
        compressed: IMAGE_SIZES.helloWorld.compressed,
        disk: IMAGE_SIZES.helloWorld.disk,
        createdBy: 'COPY hello / # buildkit',
      },
    ],
    cmd: ['/hello'],
    os: OS.scratch,
    ageDays: 120,
    cmdHistory: 'CMD ["/hello"]',
  },
  // The course's own image, FROM alpine:3.22: pulling it after alpine reports "Already exists" for alpineBase.
  {
    repo: 'isolationlab/web',
    tags: ['1'],
    os: OS.alpine322,
    ageDays: 2,
    layers: [
      alpineBase,
      {
        name: 'isolationlab-web-1-run',
        compressed: IMAGE_SIZES.isolationlabWebRun.compressed,
        disk: IMAGE_SIZES.isolationlabWebRun.disk,
        createdBy:
          'RUN /bin/sh -c apk add --no-cache busybox-extras && ln -sf /bin/busybox-extras /usr/sbin/httpd # buildkit',
      },
      {
        name: 'isolationlab-web-1-copy',
        compressed: IMAGE_SIZES.isolationlabWebCopy.compressed,
        disk: IMAGE_SIZES.isolationlabWebCopy.disk,
        createdBy: 'COPY site/ /var/www/ # buildkit',
      },
    ],
    cmd: ['httpd', '-f', '-v', '-p', '8080', '-h', '/var/www'],
    cmdHistory: 'CMD ["httpd" "-f" "-v" "-p" "8080" "-h" "/var/www"]',
    metaHistory: ['EXPOSE map[8080/tcp:{}]'],
    extraTools: ['httpd'],
    files: { '/var/www/index.html': '<h1>Isolation Lab</h1>\n' },
  },
  {
    repo: 'lab/myapp',
    tags: ['1.0', 'latest'],
    layers: [
      debianBase,
      {
        name: 'lab-myapp-1.0-app',
        compressed: IMAGE_SIZES.myappLayer.compressed,
        disk: IMAGE_SIZES.myappLayer.disk,
        createdBy: 'COPY app/ /opt/app # buildkit',
      },
    ],
    cmd: ['bash'],
    os: OS.debian13,
    ageDays: 3,
    cmdHistory: 'CMD ["bash"]',
  },
];

/** Splits `repo[:tag]` (default tag `latest`); strips a leading `docker.io/library/`. */
export function parseRef(ref: string): { repo: string; tag: string } {
  const clean = ref.replace(/^docker\.io\/(library\/)?/, '');
  const colon = clean.lastIndexOf(':');
  if (colon > 0 && !clean.slice(colon).includes('/'))
    return { repo: clean.slice(0, colon), tag: clean.slice(colon + 1) };
  return { repo: clean, tag: 'latest' };
}

/** Looks an image up in the simulated registry. */
export function findInRegistry(ref: string): RegistryImage | undefined {
  const { repo, tag } = parseRef(ref);
  return REGISTRY.find((r) => r.repo === repo && r.tags.includes(tag));
}

/** A predefined libvirt domain. */
export interface VmDef {
  name: string;
  os: OsInfo;
  kernel: { release: string; build: string };
  vcpus: number;
  memMiB: number;
  disk: { path: string; format: 'qcow2'; virtualMiB: number; fileMiB: number };
}

/** The domains defined on the host. web-vm's disk sizes are representative (not in FACTS). */
export const VM_DEFS: VmDef[] = [
  {
    name: 'web-vm',
    os: OS.debian13,
    kernel: KERNELS.webVm,
    vcpus: 2,
    memMiB: 2048,
    disk: { path: '/var/lib/libvirt/images/web-vm.qcow2', format: 'qcow2', virtualMiB: 20 * 1024, fileMiB: 1843 },
  },
  // FACTS A: CirrOS 0.6.3 qcow2, 20.7 MiB file, 112 MiB virtual disk.
  {
    name: 'tiny',
    os: OS.cirros,
    kernel: KERNELS.cirros,
    vcpus: 1,
    memMiB: 256,
    disk: {
      path: '/var/lib/libvirt/images/cirros-0.6.3.qcow2',
      format: 'qcow2',
      virtualMiB: CIRROS_DISK.virtualMiB,
      fileMiB: CIRROS_DISK.fileMiB,
    },
  },
];
