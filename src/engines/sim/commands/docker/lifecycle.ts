/** stop, start, kill, rm: moving containers between running, exited and gone. */
import { DOCKER_STOP_TIMEOUT_MS } from '../../facts';
import { removeContainer, stopContainer } from '../../model/containers';
import type { Container } from '../../model/types';
import type { Ctx } from '../../shell/types';
import { containerOrError, dockerOpts, needArgs } from './common';
import { runPid1 } from './run';

/** Programs that handle SIGTERM as PID 1. None of ours does: PID 1 ignores signals it has no handler for. */
const HANDLES_SIGTERM = new Set<string>();

/** SIGTERM, then SIGKILL after the grace period if PID 1 ignores it (exit 143 or 137). */
function stopOne(ctx: Ctx, c: Container): void {
  if (c.status !== 'running') return;
  const prog = (c.cmd[0] ?? '').split('/').pop() ?? '';
  if (HANDLES_SIGTERM.has(prog)) {
    stopContainer(ctx.sim.state, c, 143);
    return;
  }
  ctx.advance(DOCKER_STOP_TIMEOUT_MS);
  ctx.out('', DOCKER_STOP_TIMEOUT_MS);
  stopContainer(ctx.sim.state, c, 137);
}

/** Shared shape: each argument is a container; errors don't stop the others. */
function eachContainer(
  ctx: Ctx,
  sub: string,
  usage: string,
  args: string[],
  act: (c: Container, key: string) => boolean,
): number {
  if (!args.length) return needArgs(ctx, sub, usage);
  let code = 0;
  for (const key of args) {
    const c = containerOrError(ctx, key);
    if (!c || !act(c, key)) {
      code = 1;
      continue;
    }
    ctx.out(`${key}\n`);
  }
  return code;
}

/** `docker stop NAME…`: waits the 10 s grace period when PID 1 ignores SIGTERM. */
export function dockerStop(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'stop', argv, { values: { '-t': 't', '--timeout': 't', '-s': 's', '--signal': 's' } });
  if (typeof p === 'number') return p;
  return eachContainer(ctx, 'stop', 'stop [OPTIONS] CONTAINER [CONTAINER...]', p.args, (c) => {
    stopOne(ctx, c);
    return true;
  });
}

/** `docker kill NAME…`: SIGKILL now (exit 137). */
export function dockerKill(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'kill', argv, { values: { '-s': 's', '--signal': 's' } });
  if (typeof p === 'number') return p;
  return eachContainer(ctx, 'kill', 'kill [OPTIONS] CONTAINER [CONTAINER...]', p.args, (c) => {
    if (c.status !== 'running') {
      ctx.err(`Error response from daemon: cannot kill container: ${c.name}: container ${c.id} is not running\n`);
      return false;
    }
    stopContainer(ctx.sim.state, c, 137);
    return true;
  });
}

/** `docker start NAME…`: PID 1 runs again, detached, on the same writable layer. */
export function dockerStart(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'start', argv, { flags: { '-a': 'a', '--attach': 'a', '-i': 'i', '--interactive': 'i' } });
  if (typeof p === 'number') return p;
  return eachContainer(ctx, 'start', 'start [OPTIONS] CONTAINER [CONTAINER...]', p.args, (c) => {
    if (c.status !== 'running') runPid1(ctx, c, true);
    return true;
  });
}

/** `docker rm [-f] NAME…`: a running container needs -f (which kills it first). */
export function dockerRm(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'rm', argv, { flags: { '-f': 'f', '--force': 'f', '-v': 'v', '--volumes': 'v' } });
  if (typeof p === 'number') return p;
  return eachContainer(ctx, 'rm', 'rm [OPTIONS] CONTAINER [CONTAINER...]', p.args, (c) => {
    if (c.status === 'running' && !p.opts.f) {
      ctx.err(
        `Error response from daemon: cannot remove container "/${c.name}": container is running: stop the container before removing or force remove\n`,
      );
      return false;
    }
    if (c.status === 'running') {
      c.config.autoRemove = false;
      stopContainer(ctx.sim.state, c, 137);
    }
    removeContainer(ctx.sim.state, c);
    return true;
  });
}
