/** Shared pieces of the docker CLI: error styles, lookups, and the pull that `run` also uses. */
import { findInRegistry, parseRef } from '../../model/catalog';
import { findContainer } from '../../model/containers';
import { findImage, layersToPull, manifestDigestOf, normalizeRef, storeImage } from '../../model/images';
import { pullMs } from '../../facts';
import type { Container, Image } from '../../model/types';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import { parseOpts, type OptSpec, type Parsed } from '../opts';
import { printHelp } from './help';
import { classifyMissing, offlineRefs } from './hub';
import { pullByDigest } from './pull-digest';
import { short } from './common-short';

/** Exit status of the docker CLI for its own and the daemon's errors. */
export const DOCKER_ERR = 125;

/**
 * Parses a subcommand's options: `--help` prints its usage, a real flag the course leaves out says so,
 * and an unknown one gets the CLI's `unknown flag` error (exit 125).
 */
export function dockerOpts(ctx: Ctx, sub: string, argv: string[], spec: OptSpec): Parsed | number {
  const p = parseOpts(argv, { ...spec, flags: { ...spec.flags, '--help': 'help' } });
  if (p.unsimulated) return notSimulated(ctx, `docker ${sub} ${p.unsimulated}`, HINT.docker);
  if (p.unknown) {
    const f = p.unknown;
    ctx.err(
      `${f.startsWith('--') ? `unknown flag: ${f}` : `unknown shorthand flag: '${f.slice(1)}' in ${f}`}\nSee 'docker ${sub} --help'.\n`,
    );
    return DOCKER_ERR;
  }
  if (p.missing) {
    ctx.err(
      `flag needs an argument: ${p.missing.startsWith('--') ? `--${p.missing.slice(2)}` : `'${p.missing.slice(1)}' in ${p.missing}`}\nSee 'docker ${sub} --help'.\n`,
    );
    return DOCKER_ERR;
  }
  if (p.opts.help) return printHelp(ctx, sub, spec);
  return p;
}

/**
 * `docker: 'docker X' requires at least 1 argument` with usage, as the CLI prints it. `exact` for the
 * commands declared with cli.ExactArgs (pull, logs, history: "requires 1 argument"); `n` for those
 * with cli.RequiresMinArgs(n) (exec: 2), as in docker/cli's cli/command/*.go.
 */
export function needArgs(ctx: Ctx, sub: string, usage: string, n = 1, exact = false): number {
  const count = `${exact ? '' : 'at least '}${n} argument${n === 1 ? '' : 's'}`;
  ctx.err(
    `docker: 'docker ${sub}' requires ${count}\n\nUsage:  docker ${usage}\n\nSee 'docker ${sub} --help' for more information\n`,
  );
  return 1;
}

/** Finds a container or prints the daemon's "No such container". */
export function containerOrError(ctx: Ctx, key: string): Container | undefined {
  const c = findContainer(ctx.sim.state, key);
  if (!c) ctx.err(`Error response from daemon: No such container: ${key}\n`);
  return c;
}

export { short } from './common-short';

/** Says that an image exists (on Docker Hub, or another registry) but not in the course's offline registry. */
export function offlineImage(ctx: Ctx, ref: string, missing: 'on-hub' | 'other-registry'): number {
  const { repo, tag } = parseRef(ref);
  const why =
    missing === 'on-hub'
      ? "it is on Docker Hub, but not in the course's offline registry"
      : "the course's offline registry stands in for Docker Hub only";
  return notSimulated(ctx, `${repo}:${tag}`, `The offline registry has ${offlineRefs()}. ${HINT.docker}`, why);
}

/**
 * Pulls an image from the simulated registry: one line per layer, existing layers reused, each
 * download taking its compressed size over the stated bandwidth (facts.ts). Returns the image, the
 * daemon's error, or why a real image is not in the offline registry (see hub.ts).
 */
export function pullImage(
  ctx: Ctx,
  ref: string,
  showRef: boolean,
  quiet = false,
): Image | { error: string } | { offline: 'on-hub' | 'other-registry' } {
  if (ref.includes('@')) return pullByDigest(ctx, ref, showRef, quiet);
  const { repo, tag } = parseRef(ref);
  const r = findInRegistry(ref);
  if (!r) {
    const missing = classifyMissing(ref);
    if (missing === 'on-hub' || missing === 'other-registry') return { offline: missing };
    return {
      error:
        missing === 'no-such-tag'
          ? `manifest for ${repo}:${tag} not found: manifest unknown: manifest unknown`
          : `pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    };
  }
  // -q: the layers still download (and take their time); only the final reference is printed.
  const out = (t: string, ms?: number) => ctx.out(quiet ? '' : t, ms);
  const name = normalizeRef(ref);
  const before = findImage(ctx.sim.state, name);
  out(`${tag}: Pulling from ${repo.includes('/') ? repo : `library/${repo}`}\n`);
  const layers = layersToPull(ctx.sim.state, r);
  for (const l of layers) out(`${short(l.digest)}: ${l.existed ? 'Already exists' : 'Pulling fs layer'}\n`);
  for (const l of layers.filter((x) => !x.existed)) {
    const ms = pullMs(l.compressedBytes);
    // Ctrl+C stops the pull here: dockerd cancels it and releases what it fetched, as no image holds it yet.
    ctx.advance(ms);
    out(`${short(l.digest)}: Download complete\n`, ms);
    out(`${short(l.digest)}: Pull complete\n`);
  }
  const { image, newTag } = storeImage(ctx.sim.state, name, r);
  out(`Digest: sha256:${manifestDigestOf(r)}\n`);
  const fresh = layers.some((l) => !l.existed) || newTag || !before;
  out(`Status: ${fresh ? 'Downloaded newer image' : 'Image is up to date'} for ${name}\n`);
  if (showRef) ctx.out(`docker.io/${repo.includes('/') ? repo : `library/${repo}`}:${tag}\n`);
  return image;
}
