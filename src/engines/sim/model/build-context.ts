/**
 * The build context and COPY's path rules (Dockerfile reference, COPY): the files under the context
 * directory minus what `.dockerignore` excludes, sources matched with Go's filepath.Match wildcards, and
 * where each lands: into the destination directory when it ends in `/`, is the WORKDIR or already a
 * directory, or when several sources are copied; else onto the destination path itself.
 */

/** Normalizes `path` against `cwd`, resolving `.` and `..` (as the shell's resolvePath; kept here so model/ imports no shell/). */
export function resolvePath(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const seg of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** Context-relative path → content. */
export type Files = Record<string, string>;

/** `*` and `?` within one path segment, as Go's filepath.Match. */
function wildcard(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** Files of the learner's host under `dir` (relative names), less those `.dockerignore` excludes. */
export function contextFiles(host: Map<string, string>, dir: string): Files {
  const all: Files = {};
  for (const [path, text] of host)
    if (path.startsWith(`${dir}/`) && !path.endsWith('/')) all[path.slice(dir.length + 1)] = text;
  const ignore = (all['.dockerignore'] ?? '')
    .split('\n')
    .map((l) => l.trim().replace(/^\/+|\/+$/g, ''))
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
  if (!ignore.length) return all;
  const rules = ignore.map(wildcard);
  const kept: Files = {};
  for (const [name, text] of Object.entries(all)) {
    // A pattern matching a directory excludes everything under it.
    const parts = name.split('/');
    const hit = rules.some((r) => parts.some((_p, i) => r.test(parts.slice(0, i + 1).join('/'))));
    if (!hit) kept[name] = text;
  }
  return kept;
}

/** Files (relative names) one COPY source names; undefined when nothing matches ("not found"). */
export function matchSource(files: Files, src: string): Array<{ from: string; rel: string }> | undefined {
  const clean = resolvePath('/', src).slice(1); // `./a/../b` → `b`; `.` → ''
  if (clean === '') return Object.keys(files).map((f) => ({ from: f, rel: f }));
  if (files[clean] !== undefined) return [{ from: clean, rel: clean.split('/').pop() as string }];
  const under = Object.keys(files).filter((f) => f.startsWith(`${clean}/`));
  if (under.length) return under.map((f) => ({ from: f, rel: f.slice(clean.length + 1) }));
  if (!/[*?]/.test(clean)) return undefined;
  const re = wildcard(clean);
  const hits = Object.keys(files).filter((f) => re.test(f));
  return hits.length ? hits.map((f) => ({ from: f, rel: f.split('/').pop() as string })) : undefined;
}

/**
 * Where COPY puts its sources in the image: `dest` is resolved against WORKDIR; it is a directory when it
 * ends in `/`, is `.`, names an existing directory, or when there are several sources or a directory source.
 */
export function placeCopies(
  picked: Array<{ from: string; rel: string }>,
  dest: string,
  workdir: string,
  isDir: (path: string) => boolean,
  singleFile: boolean,
): Array<{ from: string; to: string }> {
  const target = resolvePath(workdir || '/', dest);
  const asDir = dest.endsWith('/') || dest === '.' || !singleFile || isDir(target);
  return picked.map((p) => ({ from: p.from, to: asDir ? `${target === '/' ? '' : target}/${p.rel}` : target }));
}
