/**
 * `docker build [-t NAME:TAG]… [-f FILE] [--no-cache] [--target STAGE] [--build-arg K=V]… [-q] PATH`: Docker 29
 * hands it to BuildKit (buildx's default builder), whose TTY progress this prints as it ends up on screen:
 * `[+] Building …`, one ` => ` line per vertex (`CACHED` on a cache hit), the failed step's log and the
 * Dockerfile excerpt on an error, then `ERROR: failed to build: failed to solve: …` (docs.docker.com
 * reference/cli/docker/buildx/build; BuildKit's progressui).
 */
import { parseRef } from '../../model/catalog';
import { contextFiles } from '../../model/build-context';
import { buildStages, hubName, type BuildFailure, type Vertex } from '../../model/build';
import { exportImage } from '../../model/build-export';
import { planBuild } from '../../model/build-plan';
import { parseDockerfile } from '../../model/dockerfile';
import { resolvePath } from '../../shell/vfs';
import type { Ctx } from '../../shell/types';
import { HINT, notSimulated } from '../honesty';
import type { OptSpec } from '../opts';
import { dockerOpts, offlineImage } from './common';
import { classifyMissing } from './hub';

/** `docker build`'s flags: the modelled ones, and buildx's real others. */
export const BUILD_SPEC: OptSpec = {
  flags: { '--no-cache': 'noCache', '-q': 'q', '--quiet': 'q' },
  values: { '-t': 'tag', '--tag': 'tag', '-f': 'file', '--file': 'file', '--target': 'target', '--build-arg': 'buildArg' },
  unsimulated: [
    '--progress', '--pull', '--platform', '--load', '--push', '-o', '--output', '--secret', '--ssh', '--cache-from',
    '--cache-to', '--label', '--network', '--add-host', '--iidfile', '--metadata-file', '--no-cache-filter', '--sbom',
    '--provenance', '--shm-size', '--ulimit', '--builder', '--call', '--check', '--allow', '--annotation', '--attest',
    '--build-context', '--cgroup-parent', '--isolation', '--debug',
  ],
}; // prettier-ignore

/** Terminal width the progress lines are laid out for. */
const WIDTH = 80;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** One progress line: text on the left, its time on the right. */
function line(text: string, ms: number | undefined): string {
  if (ms === undefined) return text;
  const t = secs(ms);
  const room = WIDTH - t.length - 1;
  return `${text.length > room ? text.slice(0, room) : text.padEnd(room)} ${t}`;
}

/** The whole progress display for these vertices. */
function progress(vertices: Vertex[]): string {
  const total = vertices.reduce((t, v) => t + v.ms, 0);
  const head = `[+] Building ${secs(total)} (${vertices.length}/${vertices.length}) FINISHED`;
  const rows = vertices.flatMap((v) => [
    line(` => ${v.error ? 'ERROR ' : v.cached ? 'CACHED ' : ''}${v.label}`, v.ms),
    ...(v.subs ?? []).map((s) => line(` => => ${s.label}`, s.ms)),
  ]);
  return `${head.padEnd(WIDTH - 'docker:default'.length)}docker:default\n${rows.join('\n')}\n`;
}

/**
 * The Dockerfile lines around an error, as moby/buildkit solver/errdefs/source.go (Source.Print) pads them: 4 lines
 * of context for a one-line error, 2 for a range, taken before and after in turn while there are lines (the file's
 * text split on newlines, so a final newline leaves an empty last line); the header names the first error line.
 */
function sourceExcerpt(text: string, file: string, first: number, last: number): string {
  const lines = text.split('\n');
  if (first > lines.length || first < 1) return '';
  let start = first;
  let end = Math.min(last, lines.length);
  const pad = end === start ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
  }
  const rows: string[] = [];
  for (let n = start; n <= end; n++)
    rows.push(` ${String(n).padStart(3)} | ${n >= first && n <= last ? '>>>' : '   '} ${lines[n - 1] ?? ''}`);
  return `${file}:${first}\n--------------------\n${rows.join('\n')}\n--------------------\n`;
}

/** BuildKit's error block: the step's log, the Dockerfile excerpt around the line, then the ERROR line. */
function failureText(f: BuildFailure, file: string, text: string): string {
  let out = '';
  if (f.step)
    out += `------\n > ${f.step}:\n${(f.log ?? []).map((l, i) => `${(0.1 + i * 0.01).toFixed(3)} ${l}\n`).join('')}------\n`;
  if (f.line !== undefined) out += sourceExcerpt(text, file, f.line, f.endLine ?? f.line);
  return `${out}ERROR: failed to build: failed to solve: ${f.message}\n`;
}

/** A `-t` value the daemon accepts: `name[:tag]`, lowercase. */
function tagError(tag: string): string | undefined {
  if (/[A-Z]/.test(parseRef(tag).repo)) return `invalid tag "${tag}": repository name must be lowercase`;
  return /^[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[\w][\w.-]{0,127})?$/.test(tag)
    ? undefined
    : `invalid tag "${tag}": invalid reference format`;
}

/** Runs `docker build`. */
export function dockerBuild(argv: string[], ctx: Ctx): number {
  const p = dockerOpts(ctx, 'build', argv, BUILD_SPEC);
  if (typeof p === 'number') return p;
  if (p.args.length !== 1) {
    ctx.err(
      `ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n\nSee 'docker buildx build --help' for more information\n`,
    );
    return 1;
  }
  const path = p.args[0] as string;
  if (path === '-' || /^(https?:\/\/|git@|github\.com\/)/.test(path))
    return notSimulated(
      ctx,
      `docker build ${path === '-' ? '-' : 'URL'}`,
      HINT.docker,
      'the course builds from a directory on the host',
    );
  const tags = p.lists.tag ?? [];
  for (const t of tags) {
    const bad = tagError(t);
    if (bad) {
      ctx.err(`ERROR: ${bad}\n`);
      return 1;
    }
  }
  const state = ctx.sim.state;
  const dir = resolvePath(ctx.frame.cwd, path);
  const files = contextFiles(state.hostFiles, dir);
  const isDir = state.hostFiles.has(`${dir}/`) || Object.keys(files).length > 0 || dir === ctx.frame.home;
  if (ctx.frame.env.kind !== 'host' || !isDir) {
    ctx.err(`ERROR: unable to prepare context: path "${path}" not found\n`);
    return 1;
  }
  const fileArg = typeof p.opts.file === 'string' ? p.opts.file : 'Dockerfile';
  const fileName = fileArg.split('/').pop() as string;
  const text = state.hostFiles.get(resolvePath(fileArg === 'Dockerfile' ? dir : ctx.frame.cwd, fileArg));
  const def: Vertex = { label: `[internal] load build definition from ${fileName}`, ms: 30, subs: [{ label: `transferring dockerfile: ${new TextEncoder().encode(text ?? '').length}B`, ms: 0 }] }; // prettier-ignore
  const fail = (vertices: Vertex[], f: BuildFailure) => {
    const t = vertices.reduce((n, v) => n + v.ms, 0);
    ctx.advance(t);
    ctx.out('', t);
    ctx.err(`${p.opts.q ? '' : progress(vertices)}${failureText(f, fileName, text ?? '')}`);
    return 1;
  };
  if (text === undefined)
    return fail([def], { message: `failed to read dockerfile: open ${fileName}: no such file or directory` });
  const parsed = parseDockerfile(text);
  if ('message' in parsed)
    return fail([def], {
      message: `dockerfile parse error on line ${parsed.line}: ${parsed.message}`,
      line: parsed.line,
      endLine: parsed.line,
    });
  const buildArgs = Object.fromEntries(
    (p.lists.buildArg ?? []).map((a) => [a.split('=')[0], a.slice(a.indexOf('=') + 1)]),
  );
  const o = {
    noCache: p.opts.noCache === true,
    buildArgs,
    ...(typeof p.opts.target === 'string' ? { target: p.opts.target } : {}),
  };
  const plan = planBuild(parsed.instructions, o);
  if ('unsimulated' in plan) return notSimulated(ctx, `docker build with ${plan.unsimulated}`, HINT.docker);
  if ('failure' in plan) return fail([def], plan.failure);
  const bases = [...new Set(plan.needed.filter((s) => !plan.stages.some((x) => x.name === s.image && x.index < s.index)).map((s) => s.image))].filter((b) => b !== 'scratch'); // prettier-ignore
  const vertices: Vertex[] = [
    def,
    ...bases.map((b) => ({ label: `[internal] load metadata for ${hubName(b)}`, ms: 400 })),
  ];
  vertices.push({ label: '[internal] load .dockerignore', ms: 20, subs: [{ label: `transferring context: ${files['.dockerignore'] === undefined ? 2 : new TextEncoder().encode(state.hostFiles.get(`${dir}/.dockerignore`) ?? '').length}B`, ms: 0 }] }); // prettier-ignore
  const r = buildStages(state, plan.stages, plan.needed, files, o, plan.globals, vertices);
  if ('unsimulated' in r && r.unsimulated) return notSimulated(ctx, `docker build with ${r.unsimulated}`, HINT.docker);
  if ('missingBase' in r && r.missingBase) {
    const ref = r.missingBase;
    const missing = classifyMissing(ref);
    if (missing === 'on-hub' || missing === 'other-registry') return offlineImage(ctx, ref, missing);
    const name = hubName(ref);
    const meta = vertices.find((v) => v.label === `[internal] load metadata for ${name}`);
    if (meta) meta.error = true;
    return fail(vertices, {
      ...(r.line !== undefined ? { line: r.line, endLine: r.line } : {}),
      message:
        missing === 'no-such-tag'
          ? `${ref}: failed to resolve source metadata for ${name}: ${name}: not found`
          : `${ref}: failed to resolve source metadata for ${name}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
    });
  }
  if ('failure' in r && r.failure) return fail(vertices, r.failure);
  if (!('final' in r)) return 1;
  const { image, vertex } = exportImage(state, r.final, tags);
  vertices.push(vertex);
  const total = vertices.reduce((t, v) => t + v.ms, 0);
  ctx.advance(total);
  if (p.opts.q) ctx.out(`sha256:${image.id}\n`, total);
  else {
    // BuildKit writes its progress to stderr; the prompt comes back when the build has taken its time.
    ctx.out('', total);
    ctx.err(progress(vertices));
  }
  return 0;
}
