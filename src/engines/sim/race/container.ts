/** The 'container-cached' and 'container-pull' profiles: `docker run --rm alpine:3.22 echo hello`. */
import type { RaceTimeline } from '../api';
import {
  DOCKER_API_VERSION,
  DOCKER_RUN_SPLIT_MS as S,
  IMAGE_SIZES,
  OVERHEAD_MIB,
  pullMs,
  REGISTRY_BYTES_PER_SEC,
  RUNC_CREATE_START_MS,
} from '../facts';
import { digestOf, type Rng } from '../rng';
import { daemonLine, jitter, layOut, type StageSpec } from './build';
import { EPOCH_MS } from '../model/host';

/**
 * Stages of a cached `docker run`, in the order of FACTS F: the API call, the root filesystem and bundle, the shim,
 * then the runtime's create (namespaces, cgroup, limits) and start (exec). The runtime's two stages share one
 * jittered total, so together they are FACTS B's runc figure.
 */
function runStages(rng: Rng, id: string): StageSpec[] {
  const d =
    (msg: string, extra = '') =>
    (at: number) =>
      daemonLine(EPOCH_MS, at, msg, extra);
  const runtime = jitter(rng, RUNC_CREATE_START_MS);
  const create = Math.round((runtime * S.runcCreate) / RUNC_CREATE_START_MS);
  const bundle = `/run/containerd/io.containerd.runtime.v2.task/moby/${id}`;
  return [
    {
      id: 'api',
      label: 'docker CLI → dockerd',
      durationMs: jitter(rng, S.cliToDaemon),
      explanation:
        'The CLI calls the Engine API over /var/run/docker.sock: create the container, then start it. dockerd records its configuration.',
      lines: [
        [0, '$ docker run --rm alpine:3.22 echo hello'],
        [0.1, d(`POST /v${DOCKER_API_VERSION}/containers/create`)],
        [0.9, d(`POST /v${DOCKER_API_VERSION}/containers/${id.slice(0, 12)}/start`)],
      ],
    },
    {
      id: 'rootfs',
      label: 'Root filesystem + bundle',
      durationMs: jitter(rng, S.rootfs),
      explanation:
        "containerd prepares a snapshot: the image's read-only layers plus a new writable layer, joined by an overlay mount. With config.json beside it, that root is the OCI bundle.",
      lines: [
        [0.1, d('Prepare snapshot', `key=${id} parent=sha256:${digestOf('layer:alpine-minirootfs-3.22.2')}`)],
        [0.6, `mount("overlay", "${bundle}/rootfs", "overlay", 0, "lowerdir=…,upperdir=…,workdir=…") = 0`],
        [0.9, `write ${bundle}/config.json`],
      ],
    },
    {
      id: 'shim',
      label: 'containerd-shim-runc-v2',
      durationMs: jitter(rng, S.shim),
      explanation:
        "One small shim process per container. It runs the runtime, then stays as the program's parent, so containerd itself can restart without stopping the container.",
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
      id: 'runc-create',
      label: 'runc create',
      durationMs: create,
      explanation:
        "runc reads config.json, creates the new namespaces and the container's cgroup with its limits, and pivots into the root. The program is set up but not yet running.",
      lines: [
        [0, `runc --root /run/docker/runtime-runc/moby create --bundle ${bundle} ${id}`],
        // runc's nsexec: every namespace but the cgroup one first; the cgroup namespace only once the process is in
        // its cgroup, which is why /proc/self/cgroup inside reads 0::/.
        [0.2, 'unshare(CLONE_NEWNS|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWPID|CLONE_NEWNET) = 0'],
        [0.5, `mkdir /sys/fs/cgroup/system.slice/docker-${id}.scope`],
        [0.6, `write /sys/fs/cgroup/system.slice/docker-${id}.scope/cgroup.procs`],
        [0.7, 'unshare(CLONE_NEWCGROUP) = 0'],
        [0.9, 'pivot_root(".", ".") = 0'],
      ],
    },
    {
      id: 'runc-start',
      label: 'runc start',
      durationMs: runtime - create,
      explanation:
        'runc start lets the waiting process exec the program as PID 1 of its new PID namespace. No kernel boots: it is the host kernel. runc create + start together take about 33 ms (crun about 17 ms).',
      lines: [
        [0, `runc --root /run/docker/runtime-runc/moby start ${id}`],
        [1, 'execve("/bin/echo", ["echo", "hello"], …) = 0'],
      ],
    },
    {
      id: 'output',
      label: 'Output reaches the CLI',
      durationMs: jitter(rng, S.firstOutput),
      explanation:
        'echo writes "hello"; the shim passes the output up through containerd and dockerd to the CLI in your terminal.',
      lines: [[1, 'hello']],
    },
  ];
}

/** Sources common to both container lanes. */
const SOURCES = [
  'FACTS B: a whole cached `docker run` ≈0.2–0.5 s (apple/container#738, moby/moby#38077); we model 300 ms, split across stages by us',
  'FACTS F: order inside docker run — API, root filesystem snapshot and bundle, shim, runc create (namespaces, cgroup), runc start',
  'FACTS B: runc create+start ~33 ms each, namespaces and cgroup included (crun ~17 ms) — containers/crun README',
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
    guestRamMiB: null,
    overhead: { amount: OVERHEAD_MIB.shim, unit: 'MB', atMost: false }, // FACTS C: 5.2 MB RSS (containerd#1767)
    // Docker 29's DISK USAGE for an image: its packed content plus the unpacked snapshot (FACTS A: 3.8 + 8.3 MB).
    diskUsedMiB: Math.round(((IMAGE_SIZES.alpine.compressed + IMAGE_SIZES.alpine.disk) / 1048576) * 10) / 10,
    kernelsStarted: 0,
    sources: pull
      ? [
          ...SOURCES,
          'Pull time = 3.8 MB / 12.5 MB/s (100 Mbit/s: our chosen representative bandwidth; FACTS B: pull time proportional to compressed size)',
        ]
      : SOURCES,
  };
}
