/**
 * Every duration and size the simulator uses, each next to its source in /work/shared/FACTS.md.
 * Where FACTS has no figure we pick a representative value and say so; lessons must say so too.
 */

const MB = 1_000_000;
const MiB = 1024 * 1024;

/** Compressed (pull) and on-disk sizes of the images in the simulated registry, in bytes. */
export const IMAGE_SIZES = {
  alpine: { compressed: 3.8 * MB, disk: 8.3 * MB }, // FACTS A: alpine:3.22 3.8 MB / ~8.3 MB
  busybox: { compressed: 2.2 * MB, disk: 4.5 * MB }, // FACTS A: busybox:latest (glibc) 2.2 MB / ~4.5 MB
  debianSlim: { compressed: 29.8 * MB, disk: 78.6 * MB }, // FACTS A: debian:13-slim 29.8 MB / ~78.6 MB
  ubuntu: { compressed: 29.8 * MB, disk: 78.2 * MB }, // FACTS A: ubuntu:24.04 29.8 MB / ~78.2 MB
  // FACTS A: hello-world 2.4 KB compressed; FACTS has no on-disk figure: 10 KB is our representative value.
  helloWorld: { compressed: 2_400, disk: 10_000 },
  // The course's own app layer (not in FACTS): a representative 12 MB / 35 MB on top of debian:13-slim.
  myappLayer: { compressed: 12 * MB, disk: 35 * MB },
  // isolationlab/web:1 exists only in the course's registry. Its base layer IS alpine's (sizes above); its
  // two own layers are course-chosen small sizes, not from FACTS: RUN apk add busybox-extras, COPY site/.
  isolationlabWebRun: { compressed: 0.4 * MB, disk: 1.1 * MB },
  isolationlabWebCopy: { compressed: 1_200, disk: 4_000 },
} as const;

/**
 * Official images beyond FACTS A, per layer (linux/amd64). Compressed sizes and digests are the blob sizes
 * docker-library/repo-info lists in `repos/<image>/remote/<tag>.md` (nginx:latest 1.31.3, redis:latest 8.10.1,
 * python:3.13-slim 3.13.14, debian:13). On-disk sizes: nginx's total is repo-info `repos/nginx/local/latest.md`
 * ("Virtual Size ~ 161.33 Mb"), its base layer FACTS A's debian:13-slim 78.6 MB; every other on-disk figure
 * is representative (repo-info has no local page for these tags here), kept near the compressed ratio.
 */
export const OFFICIAL_LAYER_BYTES = {
  nginxBase: { compressed: 29_780_905, disk: 78.6 * MB },
  nginxRun: { compressed: 33_325_076, disk: 82.7 * MB },
  // the five COPYed entrypoint scripts: compressed from repo-info, on-disk representative
  nginxCopies: [626, 955, 403, 1_210, 1_397],
  redisBase: { compressed: 29_830_418, disk: 78.6 * MB },
  redisUser: { compressed: 1_101, disk: 4_500 },
  redisTzdata: { compressed: 824, disk: 3_100 },
  redisBuild: { compressed: 25_639_861, disk: 61.2 * MB },
  redisData: { compressed: 97, disk: 0 },
  redisEntrypoint: { compressed: 2_109, disk: 6_200 },
  pythonBase: { compressed: 29_780_765, disk: 78.6 * MB },
  pythonApt: { compressed: 1_293_270, disk: 3.9 * MB },
  pythonBuild: { compressed: 11_887_174, disk: 42.1 * MB },
  pythonLinks: { compressed: 249, disk: 36 },
  debianFull: { compressed: 49_312_314, disk: 120.3 * MB },
} as const;

/** The empty layer tar BuildKit writes for WORKDIR (32 bytes gzipped; repo-info lists it in redis:latest). */
export const EMPTY_LAYER = {
  digest: '4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1',
  compressed: 32,
  disk: 0,
} as const;

/** CirrOS 0.6.3 qcow2: the smallest bootable VM image (FACTS A: 20.7 MiB file, 112 MiB virtual). */
export const CIRROS_DISK = { fileMiB: 20.7, virtualMiB: 112 } as const;

/**
 * Registry bandwidth. FACTS B only says pull time is proportional to compressed size over the network;
 * 100 Mbit/s (12.5 MB/s) is our chosen representative home/office link.
 */
export const REGISTRY_BYTES_PER_SEC = 12.5 * MB;

/** Pull time for `bytes` of compressed layers at the stated bandwidth (FACTS B: proportional to size). */
export function pullMs(bytes: number): number {
  return Math.round((bytes / REGISTRY_BYTES_PER_SEC) * 1000);
}

/** Fedora guest on QEMU/KVM, UEFI + systemd-boot (FACTS B, systemd/systemd#22060). */
export const KVM_BOOT_MS = { loader: 132, kernel: 990, initrd: 1660, userspace: 6040 } as const;

/**
 * Virtual firmware (OVMF/SeaBIOS) time. FACTS has no figure for virtual firmware (only a physical
 * machine's 7.8 s, systemd#7738); 1,500 ms is our representative value, stated as such in the race.
 */
export const VM_FIRMWARE_MS = 1500;

/**
 * Firecracker (FACTS B, SPECIFICATION.md): the VMM is ready within 8 ms of CPU time, which is 6–60 ms of wall-clock
 * time, typically ~12 ms; then ≤125 ms from InstanceStart to the guest's /sbin/init. The race runs on wall time.
 */
export const MICROVM_MS = { vmmReadyWall: 12, vmmReadyCpu: 8, kernelToInit: 125 } as const;

/** runc create+start per container: ~33 ms (crun ~17 ms) — FACTS B, containers/crun README. */
export const RUNC_CREATE_START_MS = 33;

/**
 * A whole cached `docker run` is ≈0.2–0.5 s (FACTS B: 0.203 s hello-world on OrbStack, 0.5 s busybox on an
 * 8-core i7). We model 300 ms in the order of FACTS F. Only the runtime's share is measured (FACTS B: runc
 * create+start ~33 ms, namespaces and cgroup included); the rest is our split of the measured total.
 */
export const DOCKER_RUN_SPLIT_MS = {
  cliToDaemon: 60, // the CLI's create + start API calls; dockerd records the container (our split)
  rootfs: 90, // containerd prepares the snapshot, overlay-mounts the root, writes the OCI bundle (our split)
  shim: 40, // containerd-shim-runc-v2 starts (our split)
  runcCreate: 26, // runc create: namespaces, cgroup and limits, pivot into the root — our split of FACTS B's 33 ms
  runcStart: RUNC_CREATE_START_MS - 26, // runc start: exec the program; create + start = FACTS B's ~33 ms
  firstOutput: 77, // the program runs and its output travels back to the CLI (our split); total = 300 ms
} as const;

/** The Engine API version that Docker 29's `docker version` reports; the race's API paths use it too. */
export const DOCKER_API_VERSION = '1.52';

/** Docker's `docker stop` grace period before SIGKILL (docs.docker.com `docker stop --timeout`, default 10 s). */
export const DOCKER_STOP_TIMEOUT_MS = 10_000;

/** Per-VM and per-container memory overheads, MiB (FACTS C). */
export const OVERHEAD_MIB = {
  qemu: 131, // FACTS C: QEMU VMM ~131 MB (Agache et al., NSDI'20)
  firecracker: 5, // FACTS C: ≤5 MiB per microVM (SPECIFICATION.md)
  shim: 5.2, // FACTS C: containerd shim 5.2 MB RSS (containerd#1767)
} as const;

/** Host machine of the course (representative lab host, not from FACTS). */
export const HOST = { cpus: 4, memMiB: 16 * 1024, diskGiB: 64, kernelBaseMiB: 380 } as const;

/**
 * The host's CPU (representative, not from FACTS): a desktop Intel Core i3-7100 (Kaby Lake, family 6 model 158
 * stepping 9), 2 cores with 2 threads each = HOST.cpus. It has VT-x (`vmx`); with SMT on, KVM warns about L1TF.
 */
export const HOST_CPU = {
  modelName: 'Intel(R) Core(TM) i3-7100 CPU @ 3.90GHz',
  family: 6,
  model: 158,
  stepping: 9,
  microcode: '0xf8',
  mhz: 3900,
  cacheKB: 3072,
  cores: 2,
  threadsPerCore: 2,
} as const;

/** Byte sizes for formatting and parsing. */
export const UNITS = { MB, MiB } as const;
