/** Shared pieces of the docker CLI: error styles, lookups, and the pull that `run` also uses. */
import { findInRegistry, parseRef } from '../../model/catalog';
import { findContainer } from '../../model/containers';
import { findImage, manifestDigestOf, normalizeRef, storeImage } from '../../model/images';
import { pullMs } from '../../facts';
import type { Container, Image } from '../../model/types';
import type { Ctx } from '../../shell/types';
import { parseOpts, type OptSpec, type Parsed } from '../opts';

/** Exit status of the docker CLI for its own and the daemon's errors. */
export const DOCKER_ERR = 125;

/** Parses a subcommand's options; prints the CLI's `unknown flag` error (exit 125) when one is unknown. */
export function dockerOpts(ctx: Ctx, sub: string, argv: string[], spec: OptSpec): Parsed | number {
  const p = parseOpts(argv, spec);
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
  return p;
}

/** `docker: 'docker X' requires at least 1 argument` with usage, as the CLI prints it. */
export function needArgs(ctx: Ctx, sub: string, usage: string): number {
  ctx.err(
    `docker: 'docker ${sub}' requires at least 1 argument\n\nUsage:  docker ${usage}\n\nSee 'docker ${sub} --help' for more information\n`,
  );
  return 1;
}

/** Finds a container or prints the daemon's "No such container". */
export function containerOrError(ctx: Ctx, key: string): Container | undefined {
  const c = findContainer(ctx.sim.state, key);
  if (!c) ctx.err(`Error response from daemon: No such container: ${key}\n`);
  return c;
}

/** Short (12-hex) form of an id, as tables show it. */
export function short(id: string): string {
  return id.slice(0, 12);
}

/**
 * Pulls an image from the simulated registry: one line per layer, existing layers reused, each
 * download taking its compressed size over the stated bandwidth (facts.ts). Returns the image or an error.
 */
export function pullImage(ctx: Ctx, ref: string, showRef: boolean): Image | { error: string } {
  const { repo, tag } = parseRef(ref);
  const r = findInRegistry(ref);
  if (!r) {
    const known = findInRegistry(`${repo}:latest`) ?? findInRegistry(`${repo}:1.0`);
    return {
      error: known
        ? `manifest for ${repo}:${tag} not found: manifest unknown: manifest unknown`
        : `pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    };
  }
  const name = normalizeRef(ref);
  const before = findImage(ctx.sim.state, name);
  ctx.out(`${tag}: Pulling from ${repo.includes('/') ? repo : `library/${repo}`}\n`);
  const { image, layers, newTag } = storeImage(ctx.sim.state, name, r);
  for (const l of layers) ctx.out(`${short(l.digest)}: ${l.existed ? 'Already exists' : 'Pulling fs layer'}\n`);
  for (const l of layers.filter((x) => !x.existed)) {
    const ms = pullMs(l.compressedBytes);
    ctx.advance(ms);
    ctx.out(`${short(l.digest)}: Download complete\n`, ms);
    ctx.out(`${short(l.digest)}: Pull complete\n`);
  }
  ctx.out(`Digest: sha256:${manifestDigestOf(r)}\n`);
  const fresh = layers.some((l) => !l.existed) || newTag || !before;
  ctx.out(`Status: ${fresh ? 'Downloaded newer image' : 'Image is up to date'} for ${name}\n`);
  if (showRef) ctx.out(`docker.io/${repo.includes('/') ? repo : `library/${repo}`}:${tag}\n`);
  return image;
}
