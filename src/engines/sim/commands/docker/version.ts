/** docker version and docker info: the client/daemon split and the host facts the daemon reports. */
import { KERNELS } from '../../model/catalog';
import { hostMemory } from '../../model/memory';
import { DOCKER_API_VERSION, HOST } from '../../facts';
import { dockerBytes } from '../../shell/format';
import type { Ctx } from '../../shell/types';
import type { OptSpec } from '../opts';
import { dockerOpts } from './common';

/** Both print a fixed report here; a Go template is real but not modelled. */
export const VERSION_SPEC: OptSpec = { unsimulated: ['-f', '--format'] };

/** Parses `docker version|info` options; they take no arguments. */
function noArgs(ctx: Ctx, sub: string, argv: string[]): number | undefined {
  const p = dockerOpts(ctx, sub, argv, VERSION_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length) {
    ctx.err(`"docker ${sub}" accepts no arguments.\nSee 'docker ${sub} --help'.\n\nUsage:  docker ${sub} [OPTIONS]\n`);
    return 1;
  }
  return undefined;
}

/** `docker version`: two programs, the CLI and the daemon (FACTS F: docker CLI → dockerd → containerd → runc). */
export function dockerVersion(argv: string[], ctx: Ctx): number {
  const bad = noArgs(ctx, 'version', argv);
  if (bad !== undefined) return bad;
  ctx.out(`Client: Docker Engine - Community
 Version:           29.0.1
 API version:       ${DOCKER_API_VERSION}
 OS/Arch:           linux/amd64

Server: Docker Engine - Community
 Engine:
  Version:          29.0.1
  API version:      ${DOCKER_API_VERSION} (minimum version 1.44)
  OS/Arch:          linux/amd64
 containerd:
  Version:          v2.1.5
 runc:
  Version:          1.3.3
`);
  return 0;
}

/** `docker info`: counts from state, and the host's kernel — the one every container uses. */
export function dockerInfo(argv: string[], ctx: Ctx): number {
  const bad = noArgs(ctx, 'info', argv);
  if (bad !== undefined) return bad;
  const s = ctx.sim.state;
  const n = (st: string) => s.containers.filter((c) => c.status === st).length;
  ctx.out(`Client:
 Version:    29.0.1
 Context:    default

Server:
 Containers: ${s.containers.length}
  Running: ${n('running')}
  Paused: 0
  Stopped: ${s.containers.length - n('running')}
 Images: ${s.images.size}
 Server Version: 29.0.1
 Storage Driver: overlayfs
  driver-type: io.containerd.snapshotter.v1
 Cgroup Driver: systemd
 Cgroup Version: 2
 Default Runtime: runc
 Security Options:
  apparmor
  seccomp
   Profile: builtin
  cgroupns
 Kernel Version: ${KERNELS.host.release}
 Operating System: Debian GNU/Linux 13 (trixie)
 OSType: linux
 Architecture: x86_64
 CPUs: ${HOST.cpus}
 Total Memory: ${dockerBytes(hostMemory(s).totalKiB * 1024)}
 Name: ${s.hostname}
 Docker Root Dir: /var/lib/docker
`);
  return 0;
}
