/** The 'container-cached' and 'container-pull' profiles: `docker run --rm alpine:3.22 echo hello`. */
import type { RaceTimeline } from '../api';
import { DOCKER_RUN_SPLIT_MS as S, IMAGE_SIZES, OVERHEAD_MIB, pullMs, REGISTRY_BYTES_PER_SEC } from '../facts';
import { digestOf, type Rng } from '../rng';
import { daemonLine, jitter, layOut, type StageSpec } from './build';
import { EPOCH_MS } from '../model/host';

/** Stages of a cached `docker run`: the whole stack of FACTS F, docker CLI → … → your process. */
function runStages(rng: Rng, id: string): StageSpec[] {
  const d =
    (msg: string, extra = '') =>
    (at: number) =>
      daemonLine(EPOCH_MS, at, msg, extra);
  return [
    {
      id: 'api',
      label: 'docker CLI → dockerd',
      durationMs: jitter(rng, S.cliToDaemon),
      explanation: 'The CLI sends POST /containers/create and /start to dockerd over /var/run/docker.sock.',
      lines: [
        [0, '$ docker run --rm alpine:3.22 echo hello'],
        [1, d('POST /v1.51/containers/create')],
      ],
    },
    {
      id: 'containerd',
      label: 'containerd',
      durationMs: jitter(rng, S.containerd),
      explanation:
        'dockerd asks containerd to prepare a snapshot (the image layers + a new writable layer) and create a task.',
      lines: [[0.5, d('Prepare snapshot', `key=${id} parent=sha256:${digestOf('layer:alpine-minirootfs-3.22.2')}`)]],
    },
    {
      id: 'shim',
      label: 'containerd-shim-runc-v2',
      durationMs: jitter(rng, S.shim),
      explanation:
        "A small shim process is started per container; it stays as the container's parent so containerd can restart.",
      lines: [
        [
          0.8,
          d(
            `connecting to shim ${id}`,
            `address="unix:///run/containerd/s/${digestOf(id).slice(0, 64)}" namespace=moby protocol=ttrpc version=3`,
          ),
        ],
      ],
    },
    {
      id: 'runc',
      label: 'runc create + start',
      durationMs: jitter(rng, S.runc),
      explanation:
        'runc, the OCI runtime, reads config.json and creates the container: ~33 ms each in FACTS B (crun ~17 ms).',
      lines: [
        [
          0,
          `runc --root /run/docker/runtime-runc/moby create --bundle /run/containerd/io.containerd.runtime.v2.task/moby/${id} ${id}`,
        ],
      ],
    },
    {
      id: 'namespaces',
      label: 'Namespaces + cgroup',
      durationMs: jitter(rng, S.nsCgroup),
      explanation:
        'clone() with new mnt, uts, ipc, pid, net and cgroup namespaces; the process joins its own cgroup v2 with limits.',
      lines: [
        [0.2, 'clone3({flags=CLONE_NEWNS|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWPID|CLONE_NEWNET|CLONE_NEWCGROUP, …})'],
        [0.8, `mkdir /sys/fs/cgroup/system.slice/docker-${id}.scope`],
      ],
    },
    {
      id: 'overlay',
      label: 'overlay mount',
      durationMs: jitter(rng, S.overlay),
      explanation:
        'The read-only image layers (lowerdir) and the thin writable layer (upperdir) are joined by overlayfs as the root.',
      lines: [
        [
          0.5,
          `mount("overlay", "/run/containerd/…/${id.slice(0, 12)}/rootfs", "overlay", 0, "lowerdir=…,upperdir=…,workdir=…")`,
        ],
      ],
    },
    {
      id: 'exec',
      label: 'exec PID 1',
      durationMs: jitter(rng, S.exec),
      explanation: 'runc execs the program as PID 1 of the new PID namespace; no kernel boots — it is the host kernel.',
      lines: [
        [0.1, 'execve("/bin/echo", ["echo", "hello"], …) = 0'],
        [1, 'hello'],
      ],
    },
  ];
}

/** Sources common to both container lanes. */
const SOURCES = [
  'FACTS B: a whole cached `docker run` ≈0.2–0.5 s (apple/container#738, moby/moby#38077); we model 300 ms, split across stages by us',
  'FACTS B: runc create+start ~33 ms each (crun ~17 ms) — containers/crun README',
  'FACTS C: containerd shim 5.2 MB RSS per container (containerd#1767)',
  'FACTS A: alpine:3.22 3.8 MB compressed, ~8.3 MB on disk',
];

/** Plans a container lane; with `pull`, the image is first fetched at the stated bandwidth. */
export function planContainer(rng: Rng, pull: boolean): RaceTimeline {
  const id = rng.hex(64);
  const layer = digestOf('layer:alpine-minirootfs-3.22.2').slice(0, 12);
  const pre: StageSpec[] = pull
    ? [
        {
          id: 'pull',
          label: 'Image pull',
          durationMs: jitter(rng, pullMs(IMAGE_SIZES.alpine.compressed)),
          explanation: `Not in the local cache: 3.8 MB of compressed layers are downloaded at ${REGISTRY_BYTES_PER_SEC / 1e6} MB/s (100 Mbit/s, our representative link) and unpacked.`,
          lines: [
            [0, "Unable to find image 'alpine:3.22' locally"],
            [0.02, '3.22: Pulling from library/alpine'],
            [0.05, `${layer}: Pulling fs layer`],
            [0.8, `${layer}: Download complete`],
            [0.98, `${layer}: Pull complete`],
            [1, `Digest: sha256:${digestOf('manifest:alpine:alpine-minirootfs-3.22.2')}`],
            [1, 'Status: Downloaded newer image for alpine:3.22'],
          ],
        },
      ]
    : [];
  const stages = layOut([...pre, ...runStages(rng, id)]);
  return {
    profile: pull ? 'container-pull' : 'container-cached',
    title: pull ? 'Container, image not cached' : 'Container, image cached',
    stages,
    readyAtMs: stages.at(-1)?.endMs ?? 0,
    memoryReservedMiB: Math.round((OVERHEAD_MIB.shim + 0.6) * 10) / 10, // shim + the echo process itself (representative 0.6 MiB)
    diskUsedMiB: Math.round((IMAGE_SIZES.alpine.disk / 1048576) * 10) / 10,
    kernelsStarted: 0,
    sources: pull
      ? [
          ...SOURCES,
          'Pull time = 3.8 MB / 12.5 MB/s (100 Mbit/s: our chosen representative bandwidth; FACTS B: pull time proportional to compressed size)',
        ]
      : SOURCES,
  };
}
