/**
 * `docker build` with BuildKit (Docker 29's builder): stages from FROM to FROM, only those the target needs,
 * each instruction a step whose result is cached by key, the final stage exported as an image. It returns
 * the progress vertices and the image (or where it failed); commands/docker/build.ts prints them.
 */
import { pullMs } from '../facts';
import { digestOf } from '../rng';
import type { Files } from './build-context';
import { applyMeta, type StageState } from './build-stage';
import { stepCopy, stepRun, stepWorkdir, type CachedStep, type StepEnv, type StepResult } from './build-steps';
import { findInRegistry, OS } from './catalog';
import type { Instruction } from './dockerfile';
import { findByDigest, findImage, imageFromRegistry, layerDigestOf } from './images';
import type { Image, SimState } from './types';

/** One line of BuildKit's progress, with its sub-lines (`=> =>`). */
export interface Vertex {
  label: string;
  ms: number;
  cached?: boolean;
  error?: boolean;
  subs?: Array<{ label: string; ms: number }>;
}

/** Where and why a build failed, for the excerpt and the `ERROR:` line. */
export interface BuildFailure {
  message: string;
  /** The Dockerfile lines to show (BuildKit prints an excerpt with `>>>` on them). */
  line?: number;
  endLine?: number;
  step?: string;
  log?: string[];
}

/** The outcome of a build. */
export interface BuildOutcome {
  vertices: Vertex[];
  image?: Image;
  failure?: BuildFailure;
  unsimulated?: string;
  /** A base image that is in no registry the course has (the CLI words the error), and its FROM line. */
  missingBase?: string;
  line?: number;
}

/** Options of `docker build` the model needs. */
export interface BuildOptions {
  noCache: boolean;
  target?: string;
  buildArgs: Record<string, string>;
}

/** One stage of the Dockerfile. */
export interface Stage {
  index: number;
  name?: string;
  from: Instruction;
  image: string;
  steps: Instruction[];
}

/** What the builder keeps: step results, base images seen, and the blobs it fetched (by digest, with sizes). */
interface BuilderCache {
  steps: Map<string, CachedStep>;
  seen: Set<string>;
  seq: number;
  blobs: Map<string, { compressed: number; disk: number }>;
}

/**
 * The builder's cache, kept beside the state: BuildKit's cache and the blobs it pulled for FROM are not
 * images, so they stay out of the image store until an exported image references them.
 */
const caches = new WeakMap<SimState, BuilderCache>();
function cacheOf(state: SimState): BuilderCache {
  let c = caches.get(state);
  if (!c) caches.set(state, (c = { steps: new Map(), seen: new Set(), seq: 0, blobs: new Map() }));
  return c;
}

/** A layer's sizes: from the image store, or from the blobs the builder fetched. */
function sizesOf(state: SimState, digest: string): { compressed: number; disk: number } {
  const l = state.layers.get(digest);
  return l
    ? { compressed: l.compressedBytes, disk: l.diskBytes }
    : (cacheOf(state).blobs.get(digest) ?? { compressed: 0, disk: 0 });
}

/** `docker.io/library/nginx:1.31` as BuildKit names a Docker Hub reference. */
export function hubName(ref: string): string {
  const [name, digest] = ref.split('@');
  const tagged = /:[^/]+$/.test(name as string) || digest ? (name as string) : `${name}:latest`;
  const path = tagged.includes('/') ? tagged : `library/${tagged}`;
  return `docker.io/${path}${digest ? `@${digest}` : ''}`;
}

/** A fresh stage state on a base image (or scratch). */
function baseState(state: SimState, base: Image | undefined): StageState {
  return {
    os: base?.os ?? OS.scratch,
    base,
    layers: (base?.layers ?? []).map((digest) => ({ digest, ...sizesOf(state, digest) })),
    history: (base?.history ?? []).map((h) => ({ ...h, createdMs: h.createdMs ?? base?.createdMs ?? 0 })),
    files: { ...(base?.files ?? {}) },
    env: [...(base?.env ?? (base ? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] : []))],
    args: {},
    workdir: base?.workdir ?? '',
    user: base?.user ?? '',
    cmd: [...(base?.cmd ?? [])],
    entrypoint: base?.entrypoint ? [...base.entrypoint] : undefined,
    exposed: [...(base?.exposed ?? [])],
    labels: { ...(base?.labels ?? {}) },
    users: { ...(base?.users ?? {}) },
    copies: { ...(base?.copies ?? {}) },
    setuid: [...(base?.setuid ?? [])],
    programs: new Set([...(base?.extraTools ?? []), ...(base?.unmodelled ?? [])]),
    extraTools: [...(base?.extraTools ?? [])],
    unmodelled: [...(base?.unmodelled ?? [])],
    aptLists: false,
    key: `from:${base?.id ?? 'scratch'}`,
  };
}

/** The image a FROM names: an earlier stage, a local image, or the offline registry (layers fetched). */
function resolveBase(state: SimState, ref: string, vertices: Vertex[], label: string): Image | 'scratch' | undefined {
  if (ref === 'scratch') return 'scratch';
  const reg = ref.includes('@') ? findByDigest(ref) : (findImage(state, ref) ?? findInRegistry(ref));
  if (!reg) return undefined;
  if ('id' in reg) {
    vertices.push({
      label: `${label} FROM ${hubName(ref)}@sha256:${reg.id}`,
      ms: 0,
      cached: cacheOf(state).seen.has(reg.id),
    });
    cacheOf(state).seen.add(reg.id);
    return reg;
  }
  const image = imageFromRegistry(state, reg);
  const blobs = cacheOf(state).blobs;
  const pulled = reg.layers
    .map((l) => ({ digest: layerDigestOf(l), compressedBytes: l.compressed, disk: l.disk }))
    .filter((l) => !state.layers.has(l.digest) && !blobs.has(l.digest));
  for (const l of pulled) blobs.set(l.digest, { compressed: l.compressedBytes, disk: l.disk });
  const subs = [{ label: `resolve ${hubName(ref.split('@')[0] as string)}@sha256:${image.id}`, ms: 0 }];
  for (const l of pulled) {
    const mb = `${(l.compressedBytes / 1e6).toFixed(2)}MB`;
    subs.push({ label: `sha256:${l.digest} ${mb} / ${mb}`, ms: pullMs(l.compressedBytes) });
  }
  for (const l of pulled) subs.push({ label: `extracting sha256:${l.digest}`, ms: 100 });
  const ms = subs.reduce((n, x) => n + x.ms, 0);
  const cached = !pulled.length && cacheOf(state).seen.has(image.id);
  cacheOf(state).seen.add(image.id);
  vertices.push({
    label: `${label} FROM ${hubName(ref.split('@')[0] as string)}@sha256:${image.id}`,
    ms,
    cached,
    ...(cached ? {} : { subs }),
  });
  return image;
}

/** Runs the stages the target needs, in order; returns the final stage's state or the failure. */
export function buildStages(
  state: SimState,
  stages: Stage[],
  needed: Stage[],
  context: Files,
  o: BuildOptions,
  globals: Record<string, string>,
  vertices: Vertex[],
): { final: StageState } | Omit<BuildOutcome, 'vertices'> {
  const cache = cacheOf(state);
  const built = new Map<number, StageState>();
  const multi = stages.length > 1;
  let contextLoaded = false;
  for (const st of needed) {
    const total = 1 + st.steps.filter((i) => ['run', 'copy', 'add', 'workdir'].includes(i.keyword)).length;
    const prefix = multi ? `${st.name ?? `stage-${st.index}`} ` : '';
    let n = 1;
    const label = () => `[${prefix}${n}/${total}]`;
    const from = stages.find(
      (x) => x.name !== undefined && x.name.toLowerCase() === st.image.toLowerCase() && x.index < st.index,
    );
    let s: StageState;
    if (from) s = { ...structuredCloneState(built.get(from.index) as StageState) };
    else {
      const base = resolveBase(state, st.image, vertices, label());
      if (base === undefined) return { missingBase: st.image, line: st.from.line };
      s = baseState(state, base === 'scratch' ? undefined : base);
    }
    const ownCmd = { set: false };
    const env: StepEnv = {
      cache: cache.steps,
      noCache: o.noCache,
      nextSeq: () => ++cache.seq,
      sourceFiles: (f) => {
        if (f === undefined) return { files: context, key: 'context' };
        const byName = stages.find((x) => x.name?.toLowerCase() === f.toLowerCase() || String(x.index) === f);
        const other = byName ? built.get(byName.index) : undefined;
        if (!other) return undefined;
        return {
          files: Object.fromEntries(Object.entries(other.files).map(([p, t]) => [p.slice(1), t])),
          key: other.key,
        };
      },
    };
    for (const ins of st.steps) {
      const kind = ins.keyword;
      if (!['run', 'copy', 'add', 'workdir'].includes(kind)) {
        applyMeta(s, ins, o, globals, ownCmd);
        continue;
      }
      n++;
      if ((kind === 'copy' || kind === 'add') && ins.flags.from === undefined && !contextLoaded) {
        contextLoaded = true;
        const bytes = Object.values(context).reduce((t, x) => t + new TextEncoder().encode(x).length, 0);
        vertices.push({
          label: '[internal] load build context',
          ms: 30,
          subs: [{ label: `transferring context: ${bytes}B`, ms: 0 }],
        });
      }
      const r: StepResult =
        kind === 'run' ? stepRun(s, ins, env) : kind === 'workdir' ? stepWorkdir(s, ins, env) : stepCopy(s, ins, env);
      const step = `${label()} ${ins.text}`;
      if (!r.ok && 'unsimulated' in r) return { unsimulated: r.unsimulated };
      if (!r.ok) {
        vertices.push({ label: step, ms: r.ms, error: true });
        return {
          failure: { message: r.message, line: ins.line, endLine: ins.endLine, step, ...(r.log ? { log: r.log } : {}) },
        };
      }
      vertices.push({ label: step, ms: r.ms, cached: r.cached });
    }
    built.set(st.index, s);
  }
  return { final: built.get((needed[needed.length - 1] as Stage).index) as StageState };
}

/** A deep enough copy of a stage state for `FROM earlier-stage`. */
function structuredCloneState(s: StageState): StageState {
  return {
    ...s,
    layers: [...s.layers],
    history: [...s.history],
    files: { ...s.files },
    env: [...s.env],
    args: {},
    cmd: [...s.cmd],
    exposed: [...s.exposed],
    labels: { ...s.labels },
    users: { ...s.users },
    copies: { ...s.copies },
    setuid: [...s.setuid],
    programs: new Set(s.programs),
  };
}

/** The image id of a stage's result: same layers, config and history → same id (a fully cached rebuild). */
export function imageIdFor(s: StageState): string {
  const config = { cmd: s.cmd, entrypoint: s.entrypoint, env: s.env, workdir: s.workdir, user: s.user, exposed: s.exposed, labels: s.labels }; // prettier-ignore
  return digestOf(
    `image:${s.layers.map((l) => l.digest).join(',')}|${JSON.stringify(config)}|${s.history.map((h) => h.createdBy).join('\n')}`,
  );
}
