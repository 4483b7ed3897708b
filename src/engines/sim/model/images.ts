/** The local image store: content-addressed layers shared between images, tags pointing at image ids. */
import { digestOf } from '../rng';
import { findInRegistry, parseRef, REGISTRY, type LayerDef, type RegistryImage } from './catalog';
import type { Image, SimState } from './types';

/**
 * The image id. With the containerd image store (Docker 29's default, FACTS F) an image is identified by the
 * digest its tag resolved to, so `docker images`, `docker inspect`'s Id and the pull's `Digest:` all agree.
 */
export function imageIdOf(r: RegistryImage): string {
  return manifestDigestOf(r);
}

/** The manifest (index) digest printed as `Digest: sha256:…`: the real one where repo-info lists it. */
export function manifestDigestOf(r: RegistryImage): string {
  return r.digest ?? digestOf(`manifest:${r.repo}:${r.layers.map((l) => l.name).join(',')}`);
}

/** A layer's blob digest: the real one where known, else derived from its name (same name → same digest). */
export function layerDigestOf(l: LayerDef): string {
  return l.digest ?? digestOf(`layer:${l.name}`);
}

/** Build history rows of a registry image, oldest first. */
function historyOf(r: RegistryImage): Image['history'] {
  if (r.history)
    return r.history.map((h) => {
      const l = h.layer === null ? undefined : r.layers[h.layer];
      return { createdBy: h.createdBy || (l?.createdBy ?? ''), sizeBytes: l?.disk ?? 0 };
    });
  return [
    ...r.layers.map((l) => ({ createdBy: l.createdBy, sizeBytes: l.disk })),
    ...(r.metaHistory ?? []).map((m) => ({ createdBy: m, sizeBytes: 0 })),
    { createdBy: r.cmdHistory, sizeBytes: 0 },
  ];
}

/** Canonical `repo:tag` for a reference. */
export function normalizeRef(ref: string): string {
  const { repo, tag } = parseRef(ref);
  return `${repo}:${tag}`;
}

/**
 * Finds a local image by `repo:tag`, by full or short id, or by a `sha256:` id. The manifest digest
 * `docker images` lists as ID (containerd image store) is accepted as well.
 */
export function findImage(state: SimState, ref: string): Image | undefined {
  const at = ref.indexOf('@sha256:');
  if (at > 0) {
    const repo = parseRef(ref.slice(0, at)).repo;
    const image = state.images.get(ref.slice(at + 8));
    return image && image.repo === repo ? image : undefined;
  }
  const key = ref.replace(/^sha256:/, '');
  if (/^[0-9a-f]{4,64}$/.test(key)) {
    const all = [...state.images.values()];
    const byId = all.find((i) => i.id.startsWith(key)) ?? all.find((i) => i.digest?.startsWith(key));
    if (byId) return byId;
  }
  const full = normalizeRef(ref);
  return [...state.images.values()].find((i) => i.tags.includes(full));
}

/** Outcome of storing one layer during a pull. */
export interface LayerPull {
  digest: string;
  compressedBytes: number;
  existed: boolean;
}

/** The layers a pull of `r` fetches, in order, and which of them the content store already holds. */
export function layersToPull(state: SimState, r: RegistryImage): LayerPull[] {
  return r.layers.map((l) => {
    const digest = layerDigestOf(l);
    return { digest, compressedBytes: l.compressed, existed: state.layers.has(digest) };
  });
}

/** The layers of a registry image put into the content store (those already there are reused, not fetched). */
export function storeLayers(state: SimState, r: RegistryImage): LayerPull[] {
  return r.layers.map((l) => {
    const digest = layerDigestOf(l);
    const existed = state.layers.has(digest);
    if (!existed) state.layers.set(digest, { digest, compressedBytes: l.compressed, diskBytes: l.disk });
    return { digest, compressedBytes: l.compressed, existed };
  });
}

/** The local image a registry image becomes (not yet stored under any tag). */
export function imageFromRegistry(state: SimState, r: RegistryImage): Image {
  return {
    id: imageIdOf(r),
    digest: manifestDigestOf(r),
    repo: r.repo,
    tags: [],
    layers: r.layers.map(layerDigestOf),
    cmd: [...r.cmd],
    os: r.os,
    createdMs: state.epochMs - r.ageDays * 86_400_000,
    history: historyOf(r),
    ...(r.entrypoint ? { entrypoint: [...r.entrypoint] } : {}),
    ...(r.env ? { env: [...r.env] } : {}),
    ...(r.workdir ? { workdir: r.workdir } : {}),
    ...(r.user ? { user: r.user } : {}),
    ...(r.exposed ? { exposed: [...r.exposed] } : {}),
    ...(r.users ? { users: { ...r.users } } : {}),
    ...(r.unmodelled ? { unmodelled: [...r.unmodelled] } : {}),
    ...(r.extraTools ? { extraTools: [...r.extraTools] } : {}),
    ...(r.files ? { files: { ...r.files } } : {}),
  };
}

/** Stores a registry image locally; layers already in the content store are reused, not fetched. */
export function storeImage(
  state: SimState,
  ref: string,
  r: RegistryImage,
): { image: Image; layers: LayerPull[]; newTag: boolean } {
  const layers = storeLayers(state, r);
  const full = normalizeRef(ref);
  let image = state.images.get(imageIdOf(r));
  if (!image) {
    image = imageFromRegistry(state, r);
    state.images.set(image.id, image);
  }
  const newTag = !image.tags.includes(full);
  if (newTag) image.tags.push(full);
  return { image, layers, newTag };
}

/** A registry image by `repo@sha256:digest` (pinning by digest), or undefined. */
export function findByDigest(ref: string): RegistryImage | undefined {
  const at = ref.indexOf('@');
  if (at < 0) return undefined;
  const repo = parseRef(ref.slice(0, at)).repo;
  const digest = ref.slice(at + 1).replace(/^sha256:/, '');
  return REGISTRY.find((r) => r.repo === repo && manifestDigestOf(r) === digest);
}

/** Puts an image straight into the cache (scenario start states), as if pulled earlier. */
export function preloadImage(state: SimState, ref: string): Image {
  const r = findInRegistry(ref);
  if (!r) throw new Error(`unknown image "${ref}" in the simulated registry`);
  return storeImage(state, ref, r).image;
}

/** Removes a tag; when an image loses its last tag it is deleted with layers no other image uses. */
export function untag(state: SimState, image: Image, ref: string): { deletedImage: boolean; deletedLayers: string[] } {
  image.tags = image.tags.filter((t) => t !== ref);
  if (image.tags.length > 0) return { deletedImage: false, deletedLayers: [] };
  state.images.delete(image.id);
  const stillUsed = new Set([...state.images.values()].flatMap((i) => i.layers));
  const deletedLayers = image.layers.filter((d) => !stillUsed.has(d));
  for (const d of deletedLayers) state.layers.delete(d);
  return { deletedImage: true, deletedLayers };
}

/** Disk used by an image's unpacked layers (shared layers counted once per image, as `docker image inspect` does). */
export function imageDiskBytes(state: SimState, image: Image): number {
  return image.layers.reduce((s, d) => s + (state.layers.get(d)?.diskBytes ?? 0), 0);
}

/** Size of an image's packed (compressed) layer blobs: the download, `docker images` CONTENT SIZE. */
export function imageContentBytes(state: SimState, image: Image): number {
  return image.layers.reduce((s, d) => s + (state.layers.get(d)?.compressedBytes ?? 0), 0);
}
