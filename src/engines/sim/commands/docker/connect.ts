/**
 * Whether a docker CLI can reach the daemon from where it runs. On the host it always can (the learner is in
 * group docker). Inside a container it can only through a bind of the host's socket (model/docker-socket.ts),
 * and then it drives the very same daemon: the one SimState, seen with the host's paths and containers. The
 * messages are Docker 29's (docker/cli `client.ErrorConnectionFailed` and the permission-denied wording).
 */
import { clientSocket } from '../../model/docker-socket';
import type { Ctx } from '../../shell/types';

const SOCK = 'unix:///var/run/docker.sock';

/** Null when the daemon answers; otherwise prints the CLI's error and returns its status (1). */
export function connectDaemon(ctx: Ctx): number | null {
  const env = ctx.frame.env;
  if (env.kind !== 'container') return null;
  if (!clientSocket(ctx.sim.state, env)) {
    ctx.err(
      `failed to connect to the docker API at ${SOCK}; check if the path is correct and if the daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory\n`,
    );
    return 1;
  }
  // srw-rw---- root:990: a non-root user of the container is neither the owner nor in the group.
  if (ctx.uid !== 0) {
    ctx.err(`permission denied while trying to connect to the docker API at ${SOCK}\n`);
    return 1;
  }
  return null;
}
