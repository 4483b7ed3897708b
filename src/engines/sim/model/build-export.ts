/**
 * BuildKit's "exporting to image" with the containerd image store (FACTS F: Docker 29's default): the
 * stage's layers go into the content store, the image gets an id, and each `-t` name moves to it. An image
 * a name moved away from stays, untagged (a dangling image, `<untagged>` in `docker images`).
 */
import { digestOf } from '../rng';
import { hubName, imageIdFor, type Vertex } from './build';
import type { StageState } from './build-stage';
import { normalizeRef } from './images';
import { parseRef } from './catalog';
import type { Image, SimState } from './types';

/** Stores the final stage as an image named by `tags`; returns it and the export vertex. */
export function exportImage(state: SimState, s: StageState, tags: string[]): { image: Image; vertex: Vertex } {
  let fresh = 0;
  for (const l of s.layers)
    if (!state.layers.has(l.digest)) {
      state.layers.set(l.digest, { digest: l.digest, compressedBytes: l.compressed, diskBytes: l.disk });
      fresh++;
    }
  const id = imageIdFor(s);
  let image = state.images.get(id);
  if (!image) {
    image = {
      id,
      digest: id,
      repo: tags[0] ? parseRef(tags[0]).repo : '',
      tags: [],
      layers: s.layers.map((l) => l.digest),
      cmd: s.cmd,
      os: s.os,
      createdMs: state.epochMs + state.clockMs,
      history: s.history,
      ...(s.entrypoint ? { entrypoint: s.entrypoint } : {}),
      env: s.env,
      ...(s.workdir ? { workdir: s.workdir } : {}),
      ...(s.user ? { user: s.user } : {}),
      ...(s.exposed.length ? { exposed: s.exposed } : {}),
      ...(Object.keys(s.labels).length ? { labels: s.labels } : {}),
      ...(Object.keys(s.users).length ? { users: s.users } : {}),
      ...(Object.keys(s.copies).length ? { copies: s.copies } : {}),
      ...(s.setuid.length ? { setuid: s.setuid } : {}),
      // Every program the base shipped or a RUN installed; run.ts answers "not simulated" for those it does not model.
      ...(s.programs.size ? { extraTools: [...s.programs], unmodelled: [...s.programs] } : {}),
      ...(Object.keys(s.files).length ? { files: s.files } : {}),
      built: true,
    };
    state.images.set(id, image);
  }
  const names = tags.map(normalizeRef);
  for (const name of names) {
    for (const other of state.images.values()) if (other !== image) other.tags = other.tags.filter((t) => t !== name);
    if (!image.tags.includes(name)) image.tags.push(name);
  }
  const subs = [
    { label: 'exporting layers', ms: 150 * fresh },
    { label: `exporting manifest sha256:${digestOf(`manifest:${id}`)}`, ms: 10 },
    { label: `exporting config sha256:${digestOf(`config:${id}`)}`, ms: 10 },
    { label: `exporting attestation manifest sha256:${digestOf(`attest:${id}`)}`, ms: 10 },
    { label: `exporting manifest list sha256:${id}`, ms: 10 },
    ...names.flatMap((n) => [
      { label: `naming to ${hubName(n)}`, ms: 0 },
      { label: `unpacking to ${hubName(n)}`, ms: fresh ? 60 : 0 },
    ]),
  ];
  return { image, vertex: { label: 'exporting to image', ms: subs.reduce((t, x) => t + x.ms, 0), subs } };
}
