/**
 * The instructions that make layers (RUN, COPY, ADD, WORKDIR) and their cache keys, as BuildKit's
 * Dockerfile frontend defines them: a RUN's key is its command line with the ENV, build args, USER and
 * WORKDIR it runs under; a COPY's key is the checksum of the files it copies (so editing a copied file
 * invalidates that step and, through the key chain, every later one); a WORKDIR's key is its path.
 */
import { EMPTY_LAYER } from '../facts';
import { digestOf } from '../rng';
import { matchSource, placeCopies, resolvePath, type Files } from './build-context';
import { evaluateRun, programsOf, setgidChmod } from './build-run';
import { argsPrefix, isDirIn, substitute, varsOf, type StageLayer, type StageState } from './build-stage';
import type { Instruction } from './dockerfile';

/** What a layer step left in the build cache, so a later hit reproduces it without running it. */
export interface CachedStep {
  layer: StageLayer;
  users?: Record<string, number>;
  copies?: Record<string, string>;
  setuid?: string[];
  installed?: string[];
  aptLists?: boolean;
}

/** A step's outcome: its layer (cached or fresh) and how long it took, or why it failed. */
export type StepResult =
  | { ok: true; cached: boolean; ms: number }
  | { ok: false; ms: number; message: string; log?: string[] }
  | { ok: false; unsimulated: string };

/** The shared parts every step needs. */
export interface StepEnv {
  cache: Map<string, CachedStep>;
  noCache: boolean;
  /** Files a COPY reads: the build context, or another stage's / image's files for --from. */
  sourceFiles: (from: string | undefined) => { files: Files; key: string } | undefined;
  nextSeq: () => number;
}

/** Adds a layer (and its history row) to the stage. */
function addLayer(s: StageState, layer: StageLayer, createdBy: string): void {
  s.layers.push(layer);
  s.history.push({ createdBy, sizeBytes: layer.disk });
}

/** Looks a key up unless --no-cache. */
function hit(env: StepEnv, key: string): CachedStep | undefined {
  return env.noCache ? undefined : env.cache.get(key);
}

/** WORKDIR: creates the directory (an empty layer when it already exists, as redis's `WORKDIR /data`). */
export function stepWorkdir(s: StageState, ins: Instruction, env: StepEnv): StepResult {
  const path = resolvePath(s.workdir || '/', substitute(ins.args, varsOf(s)));
  const key = digestOf(`${s.key}|WORKDIR|${path}`);
  const cached = hit(env, key);
  const layer =
    cached?.layer ??
    (isDirIn(s.files, path) ? { ...EMPTY_LAYER } : { digest: digestOf(`workdir:${key}`), compressed: 93, disk: 0 });
  env.cache.set(key, { layer });
  s.key = key;
  s.workdir = path;
  addLayer(s, layer, `WORKDIR ${path}`);
  return { ok: true, cached: cached !== undefined, ms: cached ? 0 : 40 };
}

/** RUN: reuses the cached layer on a hit (the same packages as last time); otherwise "runs" it. */
export function stepRun(s: StageState, ins: Instruction, env: StepEnv): StepResult {
  const line = ins.json ? ins.json.join(' ') : ins.args;
  const shown = ins.json ? line : `/bin/sh -c ${line}`;
  const key = digestOf(`${s.key}|RUN|${shown}|${s.env.join('\n')}|${argsPrefix(s)}|${s.user}|${s.workdir}`);
  const createdBy = `RUN ${argsPrefix(s)}${shown} # buildkit`;
  const cached = hit(env, key);
  if (cached) {
    Object.assign(s.users, cached.users ?? {});
    Object.assign(s.copies, cached.copies ?? {});
    s.setuid = [...(cached.setuid ?? s.setuid)];
    for (const p of programsOf(cached.installed ?? [])) s.programs.add(p);
    s.aptLists = cached.aptLists ?? s.aptLists;
    s.key = key;
    addLayer(s, cached.layer, createdBy);
    return { ok: true, cached: true, ms: 0 };
  }
  if (s.os.userland === 'scratch')
    return { ok: false, ms: 20, message: 'runc run failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory' }; // prettier-ignore
  const uid = /^\d+$/.test(s.user) ? Number(s.user) : s.user && s.user !== 'root' ? (s.users[s.user] ?? 1000) : 0;
  const stage = {
    userland: s.os.userland,
    osId: s.os.id,
    uid,
    workdir: s.workdir || '/',
    hasFile: (p: string) => s.files[resolvePath(s.workdir || '/', p)] !== undefined,
    programs: s.programs,
    aptLists: s.aptLists,
    users: s.users,
    copies: s.copies,
    setuid: s.setuid,
  };
  const setgid = setgidChmod(line);
  if (setgid !== undefined) return { ok: false, unsimulated: setgid };
  const r = evaluateRun(stage, line);
  if (!r.ok)
    return {
      ok: false,
      ms: r.ms,
      log: r.log,
      message: `process "${shown}" did not complete successfully: exit code: ${r.exit}`,
    };
  for (const p of programsOf(r.installed)) s.programs.add(p);
  s.aptLists = r.aptLists;
  const layer = { digest: digestOf(`run:${key}:${env.nextSeq()}`), compressed: r.compressed, disk: r.disk };
  env.cache.set(key, {
    layer,
    users: { ...s.users },
    copies: { ...s.copies },
    setuid: [...s.setuid],
    installed: r.installed,
    aptLists: r.aptLists,
  });
  s.key = key;
  addLayer(s, layer, createdBy);
  return { ok: true, cached: false, ms: r.ms };
}

/** Flags of COPY/ADD the course models; the others are real and answer "not simulated". */
const COPY_FLAGS = ['from'];
const REAL_COPY_FLAGS = ['chown', 'chmod', 'link', 'parents', 'exclude', 'checksum', 'keep-git-dir', 'unpack'];

/** COPY and ADD (local files only): files by checksum into the stage, relative to WORKDIR. */
export function stepCopy(s: StageState, ins: Instruction, env: StepEnv): StepResult {
  const word = ins.keyword.toUpperCase();
  for (const f of Object.keys(ins.flags))
    if (!COPY_FLAGS.includes(f) && REAL_COPY_FLAGS.includes(f)) return { ok: false, unsimulated: `${word} --${f}` };
  const parts = (ins.json ?? ins.args.split(/\s+/)).map((p) => substitute(p, varsOf(s)));
  const dest = parts[parts.length - 1] as string;
  const srcs = parts.slice(0, -1);
  if (word === 'ADD') {
    const remote = srcs.find((x) => /^(https?:\/\/|git@|git:\/\/)/.test(x));
    if (remote) return { ok: false, unsimulated: 'ADD of a URL or git repository' };
    if (srcs.some((x) => /\.(tar|tar\.gz|tgz|tar\.xz|tar\.bz2)$/.test(x)))
      return { ok: false, unsimulated: 'ADD of a local tar archive (ADD unpacks it)' };
  }
  const source = env.sourceFiles(ins.flags.from);
  if (!source) return { ok: false, ms: 0, message: `stage or image "${ins.flags.from}" not found` };
  const picked: Array<{ from: string; rel: string }> = [];
  for (const src of srcs) {
    const m = matchSource(source.files, src);
    // Another stage's or image's files are only those COPY put there or the image ships as modelled files:
    // a system file (/etc/os-release) surely exists there, so "not found" would be false.
    if (!m && ins.flags.from !== undefined)
      return {
        ok: false,
        unsimulated: `COPY --from=${ins.flags.from} ${src} (the course tracks only the files COPY put into a stage)`,
      };
    if (!m) {
      const ref = digestOf(`ref:${source.key}`).slice(0, 25);
      return {
        ok: false,
        ms: 0,
        message: `failed to compute cache key: failed to calculate checksum of ref ${ref}::${digestOf(`ref2:${ref}`).slice(0, 25)}: "${resolvePath('/', src)}": not found`,
      };
    }
    picked.push(...m);
  }
  const single = srcs.length === 1 && source.files[resolvePath('/', srcs[0] as string).slice(1)] !== undefined;
  const placed = placeCopies(picked, dest, s.workdir, (p) => isDirIn(s.files, p), single);
  const contents = placed.map((p) => `${p.to}\0${source.files[p.from] ?? ''}`).join('\n');
  const checksum = digestOf(`copy:${contents}`);
  const key = digestOf(`${s.key}|${word}|${srcs.join(' ')}|${dest}|${s.workdir}|${checksum}`);
  const bytes = placed.reduce((n, p) => n + new TextEncoder().encode(source.files[p.from] ?? '').length, 0);
  const cached = hit(env, key);
  const layer = cached?.layer ?? { digest: checksum, compressed: Math.round(bytes * 0.5) + 110, disk: bytes };
  env.cache.set(key, { layer });
  for (const p of placed) s.files[p.to] = source.files[p.from] ?? '';
  s.key = key;
  addLayer(s, layer, `${ins.text} # buildkit`);
  return { ok: true, cached: cached !== undefined, ms: cached ? 0 : 60 };
}
