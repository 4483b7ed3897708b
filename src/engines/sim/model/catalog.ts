/** What exists before the learner does anything: registry images, OS identities, kernels (VM definitions: vm-defs.ts). */
import { IMAGE_SIZES } from '../facts';
import { dockerCliImage } from './docker-cli-image';
import { officialImages } from './official-images';
import type { KernelInfo, OsInfo } from './types';

/**
 * /etc/os-release as each distro ships it, field order and quoting included: Debian's from base-files 13.8+deb13u1
 * (trixie 13.1, the point release of the host's 6.12.48-1 kernel); Ubuntu's from base-files 13ubuntu10.3 (24.04.3);
 * Alpine's from aports main/alpine-base/APKBUILD (VERSION_ID unquoted); CirrOS's from cirros-dev/cirros
 * src/etc/os-release. The busybox image ships none (its rootfs is BusyBox's own make install plus /etc/passwd, group).
 */
const RELEASE_FILES = {
  debian13:
    'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="13"\nVERSION="13 (trixie)"\n' +
    'VERSION_CODENAME=trixie\nDEBIAN_VERSION_FULL=13.1\nID=debian\nHOME_URL="https://www.debian.org/"\n' +
    'SUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n',
  alpine322:
    'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME="Alpine Linux v3.22"\n' +
    'HOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  ubuntu2404:
    'PRETTY_NAME="Ubuntu 24.04.3 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.3 LTS (Noble Numbat)"\n' +
    'VERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\n' +
    'SUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\n' +
    'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\n' +
    'UBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n',
  cirros:
    'PRETTY_NAME="CirrOS 0.6.3"\nNAME="CirrOS"\nVERSION_ID="0.6.3"\nID=cirros\nHOME_URL="https://cirros-cloud.net"\n' +
    'BUG_REPORT_URL="https://github.com/cirros-dev/cirros/issues"\n',
};

/** The Alpine minirootfs's /etc/os-release: the same file the alpine image's only layer carries. */
export const ALPINE_OS_RELEASE = RELEASE_FILES.alpine322;

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
    osRelease: RELEASE_FILES.debian13,
  },
  alpine322: {
    id: 'alpine',
    name: 'Alpine Linux',
    prettyName: 'Alpine Linux v3.22',
    versionId: '3.22.2',
    userland: 'busybox',
    osRelease: RELEASE_FILES.alpine322,
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
    osRelease: RELEASE_FILES.ubuntu2404,
  },
  scratch: { id: 'scratch', name: 'scratch', prettyName: 'scratch', versionId: '', userland: 'scratch' },
  cirros: {
    id: 'cirros',
    name: 'CirrOS',
    prettyName: 'CirrOS 0.6.3',
    versionId: '0.6.3',
    userland: 'busybox',
    osRelease: RELEASE_FILES.cirros,
  },
} as const satisfies Record<string, OsInfo>;

const DEBIAN_BUILT_BY =
  '(debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-14 (Debian 14.2.0-19) 14.2.0, GNU ld (GNU Binutils for Debian) 2.44)';

/**
 * Kernels. The host runs Debian 13's 6.12 kernel and the web-vm guest an older 6.12 point release (its image
 * was not upgraded): representative versions, FACTS has none. CirrOS 0.6.3 ships Ubuntu 22.04's 5.15.0-117 kernel
 * (cirros-dev/cirros, bin/build-release at tag 0.6.3: KVER=5.15.0-117.127); its banner is that build's.
 */
export const KERNELS = {
  host: {
    release: '6.12.48+deb13-amd64',
    build: '#1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 (2025-09-20)',
    builtBy: DEBIAN_BUILT_BY,
  },
  webVm: {
    release: '6.12.38+deb13-amd64',
    build: '#1 SMP PREEMPT_DYNAMIC Debian 6.12.38-1 (2025-07-16)',
    builtBy: DEBIAN_BUILT_BY,
  },
  cirros: {
    release: '5.15.0-117-generic',
    build: '#127-Ubuntu SMP Fri Jul 5 20:13:28 UTC 2024',
    builtBy:
      '(buildd@lcy02-amd64-102) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38)',
    signature: '(Ubuntu 5.15.0-117.127-generic 5.15.158)',
  },
} as const satisfies Record<string, KernelInfo>;

/** The kernel's banner: /proc/version and the first line of its log. */
export function kernelBanner(k: KernelInfo): string {
  return `Linux version ${k.release} ${k.builtBy} ${k.build}${k.signature ? ` ${k.signature}` : ''}`;
}

/** One layer of a registry image: its name is what its digest is derived from. */
export interface LayerDef {
  name: string;
  compressed: number;
  disk: number;
  createdBy: string;
  /** The blob's real digest where a primary source lists it (repo-info); otherwise derived from the name. */
  digest?: string;
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
  /** The real index digest the tag resolved to (repo-info), printed as `Digest:`; otherwise derived. */
  digest?: string;
  /** Image config beyond CMD: ENTRYPOINT, ENV (PATH first), WORKDIR, USER, EXPOSE. */
  entrypoint?: string[];
  env?: string[];
  workdir?: string;
  user?: string;
  exposed?: string[];
  users?: Record<string, number>;
  unmodelled?: string[];
  /** The whole build history in order (each row's layer index, or null for a 0B config step); replaces the above. */
  history?: Array<{ createdBy: string; layer: number | null }>;
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
  ...officialImages(OS.debian13),
  dockerCliImage(alpineBase, OS.alpine322),
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
