/**
 * What `docker run` sets up around a container besides its process: the network it joins, `-P`'s
 * ports, and the sources of its mounts (volumes created on first use, bind sources checked).
 */
import { findNetwork } from '../../model/networks';
import type { ContainerConfig, Image, MountSpec, SimState } from '../../model/types';
import { copyUp, ensureVolume } from '../../model/volumes';
import type { Rng } from '../../rng';
import type { Ctx } from '../../shell/types';
import { isDockerSocket } from '../../model/docker-socket';

/** The image's EXPOSEd ports (its `EXPOSE map[80/tcp:{}]` history entry), which `-P` publishes. */
export function exposedPorts(image: Image): Array<{ port: number; proto: 'tcp' | 'udp' | 'sctp' }> {
  const out: Array<{ port: number; proto: 'tcp' | 'udp' | 'sctp' }> = [];
  for (const h of image.history) {
    const m = /^EXPOSE map\[(.*)\]$/.exec(h.createdBy);
    if (m)
      for (const spec of (m[1] ?? '').matchAll(/(\d+)\/(tcp|udp|sctp):\{\}/g))
        out.push({ port: Number(spec[1]), proto: spec[2] as 'tcp' | 'udp' | 'sctp' });
  }
  return out;
}

/**
 * Resolves `--network` to a network's name, adds `-P`'s ports, and drops published ports under
 * `--network host` with the CLI's warning. Returns the daemon's error text when the network is unknown.
 */
export function resolveNetwork(ctx: Ctx, config: ContainerConfig, image: Image, publishAll: boolean): string | null {
  const net = findNetwork(ctx.sim.state, config.network);
  if (!net) return `network ${config.network} not found`;
  config.network = net.name;
  if (publishAll)
    for (const e of exposedPorts(image))
      if (!config.ports.some((b) => b.containerPort === e.port && b.proto === e.proto))
        config.ports.push({ hostIp: '', hostPort: 0, containerPort: e.port, proto: e.proto });
  if (net.driver === 'host' && config.ports.length) {
    ctx.err('WARNING: Published ports are discarded when using host network mode\n');
    config.ports = [];
  }
  if (net.driver === 'null' && config.ports.length)
    return 'conflicting options: port publishing and the container type network mode';
  return null;
}

/** True when the host has something at `path` (a stored file or directory, or one of its parents). */
function hostHas(state: SimState, path: string): boolean {
  if (['/', '/home', '/home/learner', '/tmp', '/etc', '/var', '/opt', '/srv', '/mnt', '/root'].includes(path))
    return true;
  return [...state.hostFiles.keys()].some((k) => k === path || k.startsWith(`${path}/`));
}

/**
 * Prepares each mount's source before the container is created: volumes are created on first use
 * (an anonymous one gets a random 64-hex name) and filled from the image when empty; a missing bind
 * source is created as a directory for `-v` but refused for `--mount`. The docker socket always
 * exists. Returns the daemon's error text, a status already reported, or null.
 */
export function prepareMounts(ctx: Ctx, rng: Rng, mounts: MountSpec[], image: Image): string | number | null {
  const state = ctx.sim.state;
  for (const m of mounts) {
    // The daemon's own socket exists (dockerd made it): the bind is kept like any other (model/docker-socket.ts).
    if (m.type === 'bind' && isDockerSocket(m.source)) continue;
    if (m.type === 'bind' && !hostHas(state, m.source)) {
      if (m.via === '--mount')
        return `invalid mount config for type "bind": bind source path does not exist: ${m.source}`;
      state.hostFiles.set(`${m.source}/`, ''); // the daemon creates it (as root)
    }
    if (m.type === 'volume') {
      if (!m.source) m.source = rng.hex(64);
      ensureVolume(state, m.source, m.source.length === 64 && /^[0-9a-f]+$/.test(m.source));
      copyUp(state, m, image.files ?? {});
    }
  }
  return null;
}
