import { DOCKER_RUN_SPLIT_MS } from '../../facts';
import { createContainer, startContainer, stopContainer } from '../../model/containers';
import { findImage, normalizeRef } from '../../model/images';
import { containerFrame } from '../../shell/frames';
import { hasTool } from '../../shell/toolset';
import type { Ctx } from '../../shell/types';
import type { Container, OsInfo } from '../../model/types';
import { knownProgram } from '../../shell/known-programs';
import { COMMANDS } from '../registry';
import { listDir } from '../../shell/vfs';
import { HINT, notSimulated } from '../honesty';
import { DOCKER_ERR, dockerOpts, needArgs, offlineImage, pullImage } from './common';
import { referenceError } from './reference';
import { buildConfig, RUN_SPEC } from './run-config';
import { prepareMounts, resolveNetwork } from './run-attach';
import { allocatePorts, portClash } from './run-publish';
import { applyImageConfig, commandLine, entrypointPreamble, execTarget, resolveUser } from './image-config';

/** Whole cached `docker run` overhead before PID 1 runs (FACTS B ≈0.2–0.5 s; split in facts.ts). */
const RUN_OVERHEAD_MS = Object.values(DOCKER_RUN_SPLIT_MS).reduce((a, b) => a + b, 0);

/** The daemon-side error after "docker: ", plus the hint line newer CLIs add. */
function daemonError(ctx: Ctx, msg: string): number {
  ctx.err(`docker: Error response from daemon: ${msg}\n\nRun 'docker run --help' for more information\n`);
  return DOCKER_ERR;
}

/** True when the image ships the program (busybox applet, coreutils binary, or /hello). */
export function programExists(ctx: Ctx, c: Container, prog: string): boolean {
  const base = prog.split('/').pop() ?? prog;
  // A program a Dockerfile `cp` put there under a new name (shell/setuid.ts) exists as the file it copied.
  const copied = ctx.sim.state.images.get(c.imageId)?.copies?.[base];
  const cmd = COMMANDS.get(copied ?? base);
  if (!cmd) return false;
  const env = { kind: 'container' as const, id: c.id };
  return (
    hasTool(ctx.sim, env, cmd.name) ||
    (cmd.builtin === true && hasTool(ctx.sim, env, 'sh') && ['echo', 'true', 'false', 'pwd'].includes(cmd.name))
  );
}

/** `-w DIR`: the daemon creates the working directory (and its parents) in the container when missing. */
function makeWorkdir(ctx: Ctx, c: Container): void {
  const probe = containerFrame(c, { pid: 0, nsPid: 1 }, 'sh');
  const parts = c.config.workdir.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const dir = `/${parts.slice(0, i).join('/')}`;
    if (listDir(ctx.sim, probe, dir) === undefined) c.files.set(`${dir}/`, '');
  }
}

/** A program the image really ships but the course does not model (`top` in alpine), by its name. */
export function realButUnmodelled(os: OsInfo, prog: string): { name: string; what: string } | undefined {
  const name = prog.split('/').pop() ?? prog;
  const what = COMMANDS.has(name) ? undefined : knownProgram({ kind: 'container', os }, name);
  return what ? { name, what } : undefined;
}

/** Starts PID 1 and runs its program; detached, or attached with output also going to `docker logs`. */
export function runPid1(ctx: Ctx, c: Container, detached: boolean): number {
  const pid1 = startContainer(ctx.sim.state, c);
  const image = ctx.sim.state.images.get(c.imageId);
  const user = image?.user && !c.config.user ? resolveUser(image, image.user) : undefined;
  if (user) pid1.uid = user.uid;
  // An image's entrypoint script that ends in `exec "$@"` (nginx's, redis's) replaces itself with the command.
  const argv = image ? execTarget(image, c.cmd) : c.cmd;
  if (image && argv !== c.cmd) {
    pid1.comm = (argv[0] ?? '').split('/').pop() ?? '';
    pid1.args = argv.join(' ');
  }
  const shell = c.cmd[0]?.endsWith('bash') ? 'bash' : 'sh';
  const frame = containerFrame(c, pid1, image?.os.userland === 'gnu' && shell === 'bash' ? 'bash' : 'sh');
  if (user) Object.assign(frame, { uid: user.uid, user: user.name });
  const logOut = (text: string, delayMs?: number) => {
    c.logs.push(text);
    if (!detached) ctx.out(text, delayMs);
  };
  if (image && argv !== c.cmd) logOut(entrypointPreamble(image, c.cmd));
  const { code, kept } = ctx.exec(argv, {
    frame,
    proc: pid1,
    background: detached,
    interactive: c.config.interactive,
    out: logOut,
  });
  if (!kept && c.status === 'running') stopContainer(ctx.sim.state, c, code);
  return kept ? 0 : c.exitCode;
}

/** `docker run [OPTIONS] IMAGE [COMMAND] [ARG…]`. */
export function dockerRun(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'run', argv, RUN_SPEC);
  if (typeof p === 'number') return p;
  const ref = p.args[0];
  if (ref === undefined) return needArgs(ctx, 'run', 'run [OPTIONS] IMAGE [COMMAND] [ARG...]');
  const bad = referenceError(ref);
  if (bad) {
    ctx.err(`docker: ${bad}\n\nRun 'docker run --help' for more information\n`);
    return DOCKER_ERR;
  }
  const config = buildConfig(p, (name) => ctx.frame.vars.get(name));
  if ('cli' in config) {
    ctx.err(`${config.cli}\nSee 'docker run --help'.\n`);
    return DOCKER_ERR;
  }
  if ('daemon' in config) return daemonError(ctx, config.daemon);
  if ('unsimulated' in config) return notSimulated(ctx, config.unsimulated, HINT.docker);
  if ('run' in config) {
    ctx.err(`docker: ${config.run}\n\nRun 'docker run --help' for more information\n`);
    return DOCKER_ERR;
  }
  const name = p.opts.name as string | undefined;
  const state = ctx.sim.state;
  if (name !== undefined && !/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name))
    return daemonError(ctx, `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const clash = name !== undefined ? state.containers.find((c) => c.name === name.replace(/^\//, '')) : undefined;
  if (clash)
    return daemonError(
      ctx,
      `Conflict. The container name "/${clash.name}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  let image = findImage(state, ref);
  if (!image) {
    ctx.err(`Unable to find image '${normalizeRef(ref)}' locally\n`);
    const pulled = pullImage(ctx, ref, false);
    if ('offline' in pulled) return offlineImage(ctx, ref, pulled.offline);
    if ('error' in pulled) return daemonError(ctx, pulled.error);
    image = pulled;
  }
  const netError = resolveNetwork(ctx, config, image, p.opts.publishAll === true);
  if (netError) return daemonError(ctx, netError);
  const mountError = prepareMounts(ctx, ctx.sim.rng, config.mounts, image);
  if (typeof mountError === 'number') return mountError;
  if (mountError) return daemonError(ctx, mountError);
  const cmd = commandLine(image, p.args.slice(1), p.opts.entrypoint as string | undefined);
  if (!cmd.length) return daemonError(ctx, 'no command specified');
  const prog = execTarget(image, cmd)[0] ?? '';
  const unmodelled =
    realButUnmodelled(image.os, prog) ??
    (image.unmodelled?.includes(prog.split('/').pop() ?? prog) && !COMMANDS.has(prog.split('/').pop() ?? prog)
      ? { name: prog, what: `in the ${image.repo || 'built'} image, but the course does not model it` }
      : undefined);
  if (unmodelled) return notSimulated(ctx, unmodelled.name, HINT.docker, `it is ${unmodelled.what}`);
  // `--user` wins over the image's USER, as in Docker; only the image's own USER is looked up in its passwd.
  const user = image.user && !config.user ? resolveUser(image, image.user) : { uid: 0, name: 'root' };
  if (!user) return daemonError(ctx, `unable to find user ${image.user}: no matching entries in passwd file`);
  applyImageConfig(config, image);
  const c = createContainer(
    state,
    ctx.sim.rng,
    image,
    normalizeRef(ref),
    cmd,
    config,
    name?.replace(/^\//, ''),
    p.opts.hostname as string | undefined,
  );
  makeWorkdir(ctx, c);
  ctx.advance(RUN_OVERHEAD_MS, { daemon: true }); // dockerd finishes creating the container
  ctx.out('', RUN_OVERHEAD_MS);
  if (!programExists(ctx, c, prog)) {
    c.exitCode = 127;
    ctx.err(
      `docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${prog}": executable file not found in $PATH: unknown\n\nRun 'docker run --help' for more information\n`,
    );
    if (config.autoRemove) state.containers = state.containers.filter((x) => x !== c);
    return 127;
  }
  const taken = allocatePorts(state, c);
  if (taken) {
    if (p.opts.d) ctx.out(`${c.id}\n`);
    return daemonError(ctx, portClash(c, taken));
  }
  if (p.opts.d) {
    ctx.out(`${c.id}\n`);
    runPid1(ctx, c, true);
    return 0;
  }
  return runPid1(ctx, c, false);
}
