/** stop, start, kill, rm: moving containers between running, exited and gone. */
import { DOCKER_STOP_TIMEOUT_MS } from '../../facts';
import { endsOnSigterm, removeContainer, stopContainer } from '../../model/containers';
import type { Container } from '../../model/types';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import type { OptSpec } from '../opts';
import { containerOrError, DOCKER_ERR, dockerOpts, needArgs } from './common';
import { signalOf } from './signals';
import { runPid1 } from './run';
import { allocatePorts, portClash } from './run-publish';
import { removeVolume, volumeUsers } from '../../model/volumes';
import { findNetwork } from '../../model/networks';

/**
 * SIGTERM (or `sig`), then SIGKILL after the grace period if PID 1 ignores it (exit 143 or 137). No PID 1
 * modelled here has a SIGTERM handler, so the kernel drops it; with --init, tini forwards it to the command.
 */
function stopOne(ctx: Ctx, c: Container, sig: string, graceMs: number): void {
  if (c.status !== 'running') return;
  if (sig === 'TERM' && endsOnSigterm(c)) {
    stopContainer(ctx.sim.state, c, 143);
    return;
  }
  if (sig !== 'KILL') {
    ctx.advance(graceMs, { daemon: true }); // Ctrl+C kills the client; dockerd still stops the container
    ctx.out('', graceMs);
  }
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

export const STOP_SPEC: OptSpec = {
  values: { '-t': 't', '--timeout': 't', '--time': 't', '-s': 's', '--signal': 's' },
};
export const KILL_SPEC: OptSpec = { values: { '-s': 's', '--signal': 's' } };
export const START_SPEC: OptSpec = {
  flags: { '-a': 'a', '--attach': 'a', '-i': 'i', '--interactive': 'i' },
  unsimulated: ['--detach-keys', '--checkpoint', '--checkpoint-dir'],
};
/** -v also removes the container's anonymous volumes (`-v /path` with no name). */
export const RM_SPEC: OptSpec = {
  flags: { '-f': 'f', '--force': 'f', '-v': 'v', '--volumes': 'v' },
  unsimulated: ['-l', '--link'],
};

/** `docker stop [-t SECONDS] [-s SIGNAL] NAME…`: waits the grace period (10 s) when PID 1 ignores the signal. */
export function dockerStop(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'stop', argv, STOP_SPEC);
  if (typeof p === 'number') return p;
  const sig = signalOf(ctx, 'stop', p.opts.s, 'TERM');
  if (typeof sig === 'number') return sig;
  const t = p.opts.t === undefined ? DOCKER_STOP_TIMEOUT_MS / 1000 : Number(p.opts.t);
  if (!Number.isInteger(t)) {
    ctx.err(
      `invalid argument "${p.opts.t}" for "-t, --timeout" flag: strconv.ParseInt: parsing "${p.opts.t}": invalid syntax\nSee 'docker stop --help'.\n`,
    );
    return DOCKER_ERR;
  }
  if (t < 0) return notSimulated(ctx, `docker stop -t ${t} (waiting forever)`, HINT.docker);
  return eachContainer(ctx, 'stop', 'stop [OPTIONS] CONTAINER [CONTAINER...]', p.args, (c) => {
    stopOne(ctx, c, t === 0 ? 'KILL' : sig, t * 1000);
    return true;
  });
}

/** `docker kill [-s SIGNAL] NAME…`: SIGKILL now (exit 137); SIGTERM is ignored by a PID 1 without a handler. */
export function dockerKill(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'kill', argv, KILL_SPEC);
  if (typeof p === 'number') return p;
  const sig = signalOf(ctx, 'kill', p.opts.s, 'KILL');
  if (typeof sig === 'number') return sig;
  return eachContainer(ctx, 'kill', 'kill [OPTIONS] CONTAINER [CONTAINER...]', p.args, (c) => {
    if (c.status !== 'running') {
      ctx.err(`Error response from daemon: cannot kill container: ${c.name}: container ${c.id} is not running\n`);
      return false;
    }
    if (sig === 'KILL') stopContainer(ctx.sim.state, c, 137);
    else if (endsOnSigterm(c)) stopContainer(ctx.sim.state, c, 143);
    return true;
  });
}

/** `docker start [-a] [-i] NAME…`: PID 1 runs again on the same writable layer, detached or attached. */
export function dockerStart(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'start', argv, START_SPEC);
  if (typeof p === 'number') return p;
  if (!(p.opts.a || p.opts.i))
    return eachContainer(ctx, 'start', 'start [OPTIONS] CONTAINER [CONTAINER...]', p.args, (c) => {
      // Its network may have been removed while it was stopped: the daemon refuses to start it.
      if (c.status !== 'running' && !findNetwork(ctx.sim.state, c.config.network)) {
        ctx.err(
          `Error response from daemon: network ${c.config.network} not found\nError: failed to start containers: ${c.name}\n`,
        );
        return false;
      }
      const taken = c.status === 'running' ? null : allocatePorts(ctx.sim.state, c);
      if (taken) {
        ctx.err(`Error response from daemon: ${portClash(c, taken)}\nError: failed to start containers: ${c.name}\n`);
        return false;
      }
      if (c.status !== 'running') runPid1(ctx, c, true);
      return true;
    });
  if (p.args.length > 1) {
    ctx.err('you cannot start and attach multiple containers at once\n');
    return 1;
  }
  if (!p.args.length) return needArgs(ctx, 'start', 'start [OPTIONS] CONTAINER [CONTAINER...]');
  const c = containerOrError(ctx, p.args[0] as string);
  if (!c) return 1;
  // Attaching to a running PID 1, or without stdin to one that reads it, would wait on a live stream.
  if (c.status === 'running' || (c.config.interactive && !p.opts.i))
    return notSimulated(
      ctx,
      `docker start -a ${c.status === 'running' ? '(a running container)' : 'without -i'}`,
      HINT.docker,
    );
  return runPid1(ctx, c, false);
}

/** `docker rm [-f] [-v] NAME…`: a running container needs -f (which kills it first). */
export function dockerRm(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'rm', argv, RM_SPEC);
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
    // -v: its anonymous volumes go too (named ones always stay), unless another container uses them.
    if (p.opts.v)
      for (const m of c.config.mounts)
        if (m.type === 'volume' && ctx.sim.state.volumes.find((v) => v.name === m.source)?.anonymous)
          if (!volumeUsers(ctx.sim.state, m.source).length) removeVolume(ctx.sim.state, m.source);
    return true;
  });
}
