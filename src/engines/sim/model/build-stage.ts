/**
 * A build stage's state while BuildKit walks its instructions: the layers so far, the image config
 * (ENV, ARG, WORKDIR, USER, CMD, ENTRYPOINT, EXPOSE, LABEL), the files COPY put in, and the cache key
 * chain. The metadata-only instructions live here; RUN, COPY, ADD and WORKDIR are steps (build.ts).
 */
import type { Instruction } from './dockerfile';
import type { Image, OsInfo } from './types';

/** One layer of the stage, as the content store will hold it. */
export interface StageLayer {
  digest: string;
  compressed: number;
  disk: number;
}

/** The state of one stage. */
export interface StageState {
  os: OsInfo;
  base: Image | undefined;
  layers: StageLayer[];
  history: Image['history'];
  files: Record<string, string>;
  env: string[];
  args: Record<string, string>;
  workdir: string;
  user: string;
  cmd: string[];
  entrypoint: string[] | undefined;
  exposed: string[];
  labels: Record<string, string>;
  users: Record<string, number>;
  /** Programs copied under a new name and the set-user-ID ones (build-run.ts). */
  copies: Record<string, string>;
  setuid: string[];
  programs: Set<string>;
  extraTools: string[];
  unmodelled: string[];
  aptLists: boolean;
  /** The cache key of the last step: every later step's key starts from it. */
  key: string;
}

/** `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` from the stage's ENV and ARGs (Dockerfile reference, "Environment replacement"). */
export function substitute(text: string, vars: Record<string, string>): string {
  return text.replace(
    /\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g,
    (_m, a: string, op: string, word: string, b: string) => {
      const v = vars[a ?? b];
      if (op === '-') return v ? v : word;
      if (op === '+') return v ? word : '';
      return v ?? '';
    },
  );
}

/** The variables an instruction can use: build args, then ENV (ENV wins). */
export function varsOf(s: StageState): Record<string, string> {
  const env = Object.fromEntries(s.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  return { ...s.args, ...env };
}

/** Splits `K=V K2="v w"` (or the legacy `K V`) into pairs. */
export function keyValues(args: string): Array<[string, string]> {
  const tokens = args.match(/(?:[^\s"']+|"(?:\\.|[^"])*"|'[^']*')+/g) ?? [];
  const unquote = (t: string) =>
    t.replace(/"((?:\\.|[^"])*)"|'([^']*)'/g, (_m, d: string, q: string) => (d ?? q).replace(/\\(.)/g, '$1'));
  if (tokens.length && !(tokens[0] as string).includes('=')) {
    const [k, ...rest] = tokens;
    return [[k as string, unquote(rest.join(' '))]];
  }
  return tokens.map((t) => {
    const i = t.indexOf('=');
    return [t.slice(0, i), unquote(t.slice(i + 1))];
  });
}

/** Go's `%q`-ish rendering of a string slice, as history shows CMD and ENTRYPOINT: `["a" "b"]`. */
export function goSlice(list: string[]): string {
  return `[${list.map((x) => JSON.stringify(x)).join(' ')}]`;
}

/** Sets one ENV variable (replacing an earlier value in place, as the config's Env list does). */
export function setEnv(s: StageState, key: string, value: string): void {
  const i = s.env.findIndex((e) => e.startsWith(`${key}=`));
  if (i >= 0) s.env[i] = `${key}=${value}`;
  else s.env.push(`${key}=${value}`);
}

/** A 0B history row for a config-only instruction. */
export function metaRow(s: StageState, createdBy: string): void {
  s.history.push({ createdBy, sizeBytes: 0 });
}

/** The `|N K=V …` prefix RUN history rows carry when build args are in scope. */
export function argsPrefix(s: StageState): string {
  const pairs = Object.entries(s.args).map(([k, v]) => `${k}=${v}`);
  return pairs.length ? `|${pairs.length} ${pairs.join(' ')} ` : '';
}

/** True when `path` is a directory in the stage's files (some file lives under it). */
export function isDirIn(files: Record<string, string>, path: string): boolean {
  const prefix = path === '/' ? '/' : `${path}/`;
  return Object.keys(files).some((f) => f.startsWith(prefix));
}

/** Applies a config-only instruction (ENV, ARG, USER, EXPOSE, LABEL, CMD, ENTRYPOINT, MAINTAINER, STOPSIGNAL). */
export function applyMeta(
  s: StageState,
  ins: Instruction,
  o: { buildArgs: Record<string, string> },
  globals: Record<string, string>,
  ownCmd: { set: boolean },
): void {
  const v = (t: string) => substitute(t, varsOf(s));
  const execOrShell = () => ins.json ?? ['/bin/sh', '-c', ins.args];
  switch (ins.keyword) {
    case 'env': {
      const pairs = keyValues(ins.args).map(([k, x]) => [k, v(x)] as const);
      for (const [k, x] of pairs) setEnv(s, k, x);
      return metaRow(s, `ENV ${pairs.map(([k, x]) => `${k}=${x}`).join(' ')}`);
    }
    case 'arg': {
      const [name, def] = ins.args.split(/=(.*)/s) as [string, string | undefined];
      const value = o.buildArgs[name] ?? (def !== undefined ? v(def) : globals[name]);
      if (value !== undefined) s.args[name] = value;
      return metaRow(s, `ARG ${ins.args}`);
    }
    case 'user':
      s.user = v(ins.args);
      return metaRow(s, `USER ${s.user}`);
    case 'expose': {
      for (const p of v(ins.args).split(/\s+/)) if (p) s.exposed.push(p.includes('/') ? p : `${p}/tcp`);
      s.exposed = [...new Set(s.exposed)].sort();
      return metaRow(s, `EXPOSE map[${s.exposed.map((p) => `${p}:{}`).join(' ')}]`);
    }
    case 'label': {
      const pairs = keyValues(ins.args).map(([k, x]) => [k, v(x)] as const);
      for (const [k, x] of pairs) s.labels[k] = x;
      return metaRow(s, `LABEL ${pairs.map(([k, x]) => `${k}=${x}`).join(' ')}`);
    }
    case 'cmd':
      s.cmd = execOrShell();
      ownCmd.set = true;
      return metaRow(s, `CMD ${goSlice(s.cmd)}`);
    case 'entrypoint':
      s.entrypoint = execOrShell();
      // Dockerfile reference: setting ENTRYPOINT resets a CMD inherited from the base image.
      if (!ownCmd.set) s.cmd = [];
      return metaRow(s, `ENTRYPOINT ${goSlice(s.entrypoint)}`);
    default:
      return metaRow(s, `${ins.keyword.toUpperCase()} ${ins.args}`);
  }
}
