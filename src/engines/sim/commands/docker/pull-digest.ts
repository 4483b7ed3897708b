/**
 * Pulling by digest (`docker pull nginx@sha256:…`, `FROM nginx@sha256:…`): the reproducible way to name an
 * image. The image is stored without a tag (a digest names content, not a tag). A digest the offline registry
 * does not hold may well exist on Docker Hub (an older build), so that says "not simulated", never "not found".
 */
import { parseRef } from '../../model/catalog';
import { findByDigest, imageFromRegistry, storeLayers } from '../../model/images';
import { pullMs } from '../../facts';
import type { Image } from '../../model/types';
import type { Ctx } from '../../shell/types';
import { short } from './common-short';
import { classifyMissing } from './hub';

/** What a digest pull came to: the image, a daemon error, or a digest the offline registry lacks. */
export type DigestPull = Image | { error: string } | { offline: 'on-hub' | 'other-registry' };

/** `repo@sha256:<64 hex>`, or the reference error. */
export function checkDigestRef(ref: string): string | undefined {
  return /^[^@]+@sha256:[0-9a-f]{64}$/.test(ref) ? undefined : 'invalid reference format';
}

/** Pulls `repo@sha256:…` from the offline registry, printing what `docker pull` prints. */
export function pullByDigest(ctx: Ctx, ref: string, showRef: boolean, quiet: boolean): DigestPull {
  const bad = checkDigestRef(ref);
  if (bad) return { error: bad };
  const r = findByDigest(ref);
  const repo = parseRef(ref.split('@')[0] as string).repo;
  if (!r) {
    const missing = classifyMissing(`${repo}:latest`);
    if (missing === 'on-hub' || missing === 'other-registry') return { offline: missing };
    if (missing === 'no-such-repo')
      return { error: `pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied` }; // prettier-ignore
    return { offline: 'on-hub' }; // a repository the offline registry has: another build of it may exist on Docker Hub
  }
  const full = `docker.io/${repo.includes('/') ? repo : `library/${repo}`}@${ref.split('@')[1]}`;
  const out = (t: string, ms?: number) => ctx.out(quiet ? '' : t, ms);
  const state = ctx.sim.state;
  const before = state.images.get(r.digest ?? '');
  out(`${full}: Pulling from ${repo.includes('/') ? repo : `library/${repo}`}\n`);
  const layers = storeLayers(state, r);
  for (const l of layers) out(`${short(l.digest)}: ${l.existed ? 'Already exists' : 'Pulling fs layer'}\n`);
  for (const l of layers.filter((x) => !x.existed)) {
    const ms = pullMs(l.compressedBytes);
    ctx.advance(ms);
    out(`${short(l.digest)}: Download complete\n`, ms);
    out(`${short(l.digest)}: Pull complete\n`);
  }
  const image = before ?? imageFromRegistry(state, r);
  if (!before) state.images.set(image.id, image);
  out(`Digest: sha256:${image.id}\n`);
  out(`Status: ${before ? 'Image is up to date' : 'Downloaded newer image'} for ${ref}\n`);
  if (showRef) ctx.out(`${full}\n`);
  return image;
}
