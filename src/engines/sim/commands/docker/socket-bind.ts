/**
 * The seam for `-v /var/run/docker.sock:…`: bind-mounting the daemon's socket is a special case (it
 * hands the container control of the host's Docker), so the general mount code calls here for it.
 */
import type { MountSpec } from '../../model/types';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';

/** The daemon's socket, under both names (/var/run is a link to /run on every current distribution). */
const SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];

/** True when a bind mount's host path is the Docker socket. */
export function isDockerSocket(source: string): boolean {
  return SOCKETS.includes(source);
}

/**
 * Sets up the socket bind for a container being created: return null to go on (the mount is kept in
 * the container's config like any bind), or a status to stop `docker run` after reporting why.
 */
export function bindDockerSocket(ctx: Ctx, m: MountSpec): number | null {
  return notSimulated(ctx, `docker run -v ${m.source}:${m.target}`, HINT.docker);
}
