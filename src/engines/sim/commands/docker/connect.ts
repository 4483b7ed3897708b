/**
 * Whether a docker CLI can reach the daemon from where it runs. On the host it always can (the learner is in
 * group docker). Inside a container it can only through a bind of the host's socket (model/docker-socket.ts),
 * and then it drives the very same daemon: the one SimState, seen with the host's paths and containers. The
 * messages are Docker 29's (docker/cli `client.ErrorConnectionFailed` and the permission-denied wording).
 */
import { clientSocket } from '../../model/docker-socket';
import type { Ctx } from '../../shell/types';
import { DOCKER_API_VERSION } from '../../facts';

const SOCK = 'unix:///var/run/docker.sock';

/**
 * Null when the daemon answers; otherwise prints the CLI's error and returns its status (1). `docker version`
 * prints its own (client) half first: the static CLI of docker:cli, so no packaging name after `Client:`.
 */
export function connectDaemon(ctx: Ctx, sub: string): number | null {
  const env = ctx.frame.env;
  if (env.kind !== 'container') return null;
  let why: string | null = null;
  if (!clientSocket(ctx.sim.state, env))
    why = `failed to connect to the docker API at ${SOCK}; check if the path is correct and if the daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory`;
  // srw-rw---- root:990: a non-root user of the container is neither the owner nor in the group.
  else if (ctx.uid !== 0) why = `permission denied while trying to connect to the docker API at ${SOCK}`;
  if (why === null) return null;
  if (sub === 'version')
    ctx.out(`Client:\n Version:           29.0.1\n API version:       ${DOCKER_API_VERSION}\n OS/Arch:           linux/amd64\n Context:           default\n`); // prettier-ignore
  ctx.err(`${why}\n`);
  return 1;
}
