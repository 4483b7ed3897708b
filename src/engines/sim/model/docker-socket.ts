/**
 * The Docker daemon's API socket. dockerd creates /run/docker.sock (/var/run is a link to /run on every
 * current distribution) as root, group docker, mode 0660 (dockerd's default `--group docker`: docs.docker.com
 * "Linux post-installation steps", "Manage Docker as a non-root user"). Bind-mounting it into a container
 * hands that container the same API the host's CLI uses: one daemon, whoever asks.
 */
import { findContainer } from './containers';
import type { Env, SimState } from './types';

/** The socket under both names. */
export const DOCKER_SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];

/** The host's docker group (the learner is in it: `id` shows 990(docker)). */
export const DOCKER_GID = 990;

/** True when a bind mount's host path is the Docker socket. */
export function isDockerSocket(source: string): boolean {
  return DOCKER_SOCKETS.includes(source);
}

/** What `ls -l` shows of the socket: a socket (`s`), rw for root and its group. */
export interface SocketNode {
  mode: 'srw-rw----';
  /** The group as `ls` names it: `docker` on the host; inside a container its gid (the image has no such group). */
  group: string;
}

/** The socket at `path` in an environment: the host's own, or a container's bind of it; undefined elsewhere. */
export function socketAt(state: SimState, env: Env, path: string): SocketNode | undefined {
  if (env.kind === 'host') return env.root === undefined && isDockerSocket(path) ? { mode: 'srw-rw----', group: 'docker' } : undefined; // prettier-ignore
  if (env.kind !== 'container') return undefined;
  const c = findContainer(state, env.id);
  // The images' /var/run is a link to /run as well: a bind at either name is seen under both.
  const bound = c?.config.mounts.some((m) => m.type === 'bind' && isDockerSocket(m.source) && isDockerSocket(m.target) && isDockerSocket(path)); // prettier-ignore
  return bound ? { mode: 'srw-rw----', group: String(DOCKER_GID) } : undefined;
}

/** True when a docker CLI in `env` finds a socket at DOCKER_HOST's default, unix:///var/run/docker.sock. */
export function clientSocket(state: SimState, env: Env): boolean {
  // Chrooted onto the host's root, /var/run/docker.sock is the host's own.
  if (env.kind === 'container' && env.root !== undefined) return true;
  return socketAt(state, env, '/var/run/docker.sock') !== undefined;
}
