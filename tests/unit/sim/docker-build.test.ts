import { describe, expect, test } from 'vitest';
import { fresh, run } from './helpers';
import type { SimSession } from '../../../src/engines/sim/index';

/** Runs lines in order; returns the last one's result. */
function lines(s: SimSession, ...ls: string[]): { text: string; code: number } {
  let r = { text: '', code: 0 };
  for (const l of ls) r = run(s, l);
  return r;
}

/** Progress lines of a build (` => …`), with their times cut off. */
function steps(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith(' => ') && !l.startsWith(' => => '))
    .map((l) => l.replace(/\s+\d+\.\ds$/, '').trimEnd());
}

const NGINX = 'docker.io/library/nginx:1.31@sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942';

describe('docker build prints BuildKit progress (docs.docker.com reference/cli/docker/buildx/build)', () => {
  test('the first build of ~/app pulls the base, runs each step and names the image', () => {
    const s = fresh();
    const r = lines(s, 'cd app', 'docker build -t site:1 .');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/^\[\+\] Building \d+\.\ds \(8\/8\) FINISHED +docker:default\n/);
    expect(steps(r.text)).toEqual([
      ' => [internal] load build definition from Dockerfile',
      ' => [internal] load metadata for docker.io/library/nginx:1.31',
      ' => [internal] load .dockerignore',
      ` => [1/3] FROM ${NGINX}`.slice(0, 75).trimEnd(),
      ' => [2/3] WORKDIR /usr/share/nginx/html',
      ' => [internal] load build context',
      ' => [3/3] COPY index.html .',
      ' => exporting to image',
    ]);
    expect(r.text).toContain(' => => naming to docker.io/library/site:1 ');
    expect(r.text).toContain(' => => transferring dockerfile: 74B ');
    expect(run(s, 'docker images').text).toMatch(/\nsite:1 +[0-9a-f]{12} /);
  });

  test('a second build hits the cache for every step (CACHED)', () => {
    const s = fresh();
    const r = lines(s, 'cd app', 'docker build -t site:1 .', 'docker build -t site:1 .');
    expect(steps(r.text).filter((l) => l.includes('CACHED'))).toEqual([
      ` => CACHED [1/3] FROM ${NGINX}`.slice(0, 75).trimEnd(),
      ' => CACHED [2/3] WORKDIR /usr/share/nginx/html',
      ' => CACHED [3/3] COPY index.html .',
    ]);
  });

  test('changing a COPYed file re-runs that COPY, keeps the steps before it cached, and leaves the old image untagged', () => {
    const s = fresh();
    const first = lines(s, 'cd app', 'docker build -q -t site:1 .');
    const r = lines(s, "echo '<p>v2</p>' >> index.html", 'docker build -t site:1 .');
    expect(steps(r.text)).toContain(' => CACHED [2/3] WORKDIR /usr/share/nginx/html');
    expect(steps(r.text)).toContain(' => [3/3] COPY index.html .');
    const images = run(s, 'docker images').text;
    expect(images).toContain(`<untagged>   ${first.text.slice(7, 19)}`);
    expect(run(s, 'docker run --rm site:1 cat /usr/share/nginx/html/index.html').text).toBe(
      '<h1>Hello from my first image</h1>\n<p>v2</p>\n',
    );
  });
});

describe('the layer cache and the order of instructions (Docker docs: "Optimize cache usage in builds")', () => {
  test('~/pyapp: editing app.py keeps the pip install cached because requirements.txt was copied first', () => {
    const s = fresh();
    const r = lines(s, 'cd pyapp', 'docker build -t py .', 'echo "# v2" >> app.py', 'docker build -t py .');
    expect(steps(r.text)).toEqual(
      expect.arrayContaining([
        ' => CACHED [3/5] COPY requirements.txt .',
        ' => CACHED [4/5] RUN pip install --no-cache-dir -r requirements.txt',
        ' => [5/5] COPY app.py .',
      ]),
    );
  });

  test('editing requirements.txt invalidates its COPY and every later step', () => {
    const s = fresh();
    const r = lines(
      s,
      'cd pyapp',
      'docker build -t py .',
      'echo "requests==2.32.5" >> requirements.txt',
      'docker build -t py .',
    );
    expect(steps(r.text)).toEqual(
      expect.arrayContaining([
        ' => [3/5] COPY requirements.txt .',
        ' => [4/5] RUN pip install --no-cache-dir -r requirements.txt',
        ' => [5/5] COPY app.py .',
      ]),
    );
  });

  test('COPY . . before the RUN makes any edit re-run the install', () => {
    const s = fresh();
    const r = lines(
      s,
      'cd pyapp',
      `printf 'FROM python:3.13-slim\\nWORKDIR /app\\nCOPY . .\\nRUN pip install -r requirements.txt\\n' > Dockerfile`,
      'docker build -t py .',
      'echo "# v2" >> app.py',
      'docker build -t py .',
    );
    expect(steps(r.text)).toContain(' => [4/4] RUN pip install -r requirements.txt');
  });

  test('pip install -r before the file is copied fails as pip does', () => {
    const s = fresh();
    const r = lines(
      s,
      'cd pyapp',
      `printf 'FROM python:3.13-slim\\nWORKDIR /app\\nRUN pip install -r requirements.txt\\nCOPY . .\\n' > Dockerfile`,
      'docker build .',
    );
    expect(r.code).toBe(1);
    expect(r.text).toContain(
      "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'",
    );
    expect(r.text).toContain(
      'ERROR: failed to build: failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1\n',
    );
  });

  test('--no-cache re-runs every step: the RUN layer is new (apt/pip fetch again: not reproducible), so is the image', () => {
    const s = fresh();
    const a = lines(s, 'cd pyapp', 'docker build -q -t py .').text;
    const layers = () => run(s, "docker image inspect -f '{{.RootFS.Layers}}' py").text;
    const before = layers();
    const b = run(s, 'docker build --no-cache -t py .');
    expect(steps(b.text).some((l) => l.includes('CACHED [2/5]') || l.includes('CACHED [4/5]'))).toBe(false);
    expect(layers()).not.toBe(before);
    expect(run(s, 'docker build -q -t py .').text).not.toBe(a);
  });
});

describe('multi-stage builds keep only the final stage (Dockerfile reference, FROM … AS, COPY --from)', () => {
  const dockerfile =
    "printf 'FROM alpine:3.22 AS build\\nWORKDIR /src\\nCOPY hello.txt .\\nRUN apk add --no-cache gcc\\n\\nFROM nginx:1.31\\nCOPY --from=build /src/hello.txt /usr/share/nginx/html/\\n' > Dockerfile";
  test('stage prefixes, COPY --from, and a history without the build stage', () => {
    const s = fresh();
    const r = lines(s, 'mkdir ms', 'cd ms', dockerfile, 'echo hi > hello.txt', 'docker build -t ms .');
    expect(steps(r.text)).toContain(' => [build 4/4] RUN apk add --no-cache gcc');
    expect(steps(r.text)).toContain(' => [stage-1 2/2] COPY --from=build /src/hello.txt /usr/share/nginx/html/');
    const h = run(s, 'docker history --no-trunc ms').text;
    expect(h).toContain('COPY --from=build /src/hello.txt /usr/share/nginx/html/ # buildkit');
    expect(h).not.toContain('apk add');
    expect(run(s, 'docker run --rm ms cat /usr/share/nginx/html/hello.txt').text).toBe('hi\n');
  });
  test('--target stops at a stage; an unknown one is an error', () => {
    const s = fresh();
    lines(s, 'mkdir ms', 'cd ms', dockerfile, 'echo hi > hello.txt');
    expect(run(s, 'docker build -t b --target build .').code).toBe(0);
    expect(run(s, 'docker history --no-trunc b').text).toContain('apk add --no-cache gcc');
    const r = run(s, 'docker build --target nope .');
    expect(r).toMatchObject({ code: 1 });
    expect(r.text).toContain('ERROR: failed to build: failed to solve: target stage "nope" could not be found\n');
  });
});

describe("BuildKit's errors, with the Dockerfile excerpt (moby/buildkit frontend/dockerfile)", () => {
  const build = (df: string, ...setup: string[]) =>
    lines(fresh(), 'mkdir b', 'cd b', `printf '${df}' > Dockerfile`, ...setup, 'docker build .');
  test('an unknown instruction names the line and suggests the real one', () => {
    const r = build('FROM alpine:3.22\\nCOPPY . .\\n');
    expect(r.code).toBe(1);
    expect(r.text).toContain(
      'Dockerfile:2\n--------------------\n   1 |     FROM alpine:3.22\n   2 | >>> COPPY . .\n   3 |     \n--------------------\nERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: COPPY (did you mean COPY?)\n',
    );
  });
  test('a COPY source missing from the context', () => {
    const r = build('FROM alpine:3.22\\nCOPY nope.txt /\\n');
    expect(r.text).toContain(' => ERROR [2/2] COPY nope.txt /');
    expect(r.text).toMatch(
      /failed to compute cache key: failed to calculate checksum of ref \S+: "\/nope.txt": not found\n$/,
    );
  });
  test('apt-get install on an official Debian image without apt-get update: exit code 100', () => {
    const r = build('FROM debian:13\\nRUN apt-get install -y curl\\n');
    expect(r.text).toContain('E: Unable to locate package curl');
    expect(r.text).toContain('did not complete successfully: exit code: 100');
  });
  test('apt-get on Alpine is not found (exit 127); update && install on Debian works', () => {
    expect(build('FROM alpine:3.22\\nRUN apt-get update\\n').text).toContain('/bin/sh: apt-get: not found');
    expect(build('FROM debian:13\\nRUN apt-get update && apt-get install -y curl\\n').code).toBe(0);
  });
  test('a failing RUN, a base that exists nowhere, an empty Dockerfile', () => {
    expect(build('FROM alpine:3.22\\nRUN false\\n').text).toContain(
      'ERROR: failed to build: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1\n',
    );
    expect(build('FROM nosuch\\n').text).toContain(
      'ERROR: failed to build: failed to solve: nosuch: failed to resolve source metadata for docker.io/library/nosuch:latest: pull access denied',
    );
    expect(build('\\n').text).toContain('ERROR: failed to build: failed to solve: the Dockerfile cannot be empty\n');
  });
  test('CLI errors: no PATH, a missing context, a bad tag, a missing Dockerfile, an unknown flag', () => {
    const s = fresh();
    expect(run(s, 'docker build')).toMatchObject({ code: 1, text: expect.stringContaining("'docker buildx build' requires 1 argument") }); // prettier-ignore
    expect(run(s, 'docker build nowhere').text).toBe('ERROR: unable to prepare context: path "nowhere" not found\n');
    expect(run(s, 'docker build -t Bad app').text).toBe(
      'ERROR: invalid tag "Bad": repository name must be lowercase\n',
    );
    expect(run(s, 'docker build -f nope app').text).toContain(
      'failed to read dockerfile: open nope: no such file or directory',
    );
    expect(run(s, 'docker build --foo app')).toEqual({
      text: "unknown flag: --foo\nSee 'docker build --help'.\n",
      code: 125,
    });
  });
  test('real instructions and flags the course leaves out say so', () => {
    expect(build('FROM alpine:3.22\\nVOLUME /data\\n').text).toContain('VOLUME: not simulated in this course');
    expect(run(fresh(), 'docker build --progress=plain app').code).toBe(126);
  });
});

describe('a built image runs with its config (Dockerfile reference: CMD, ENTRYPOINT, ENV, USER, WORKDIR)', () => {
  test('CMD, ENV, USER and WORKDIR apply; --entrypoint overrides; FROM by digest pins the base', () => {
    const s = fresh();
    lines(
      s,
      'mkdir p',
      'cd p',
      `printf 'FROM nginx@sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942\\nENV GREETING=hello\\nWORKDIR /srv\\nUSER nginx\\nCMD ["sh", "-c", "echo $GREETING from $(pwd)"]\\n' > Dockerfile`,
      'docker build -q -t pinned .',
    );
    expect(run(s, 'docker run --rm pinned')).toEqual({ text: 'hello from /srv\n', code: 0 });
    expect(run(s, 'docker run --rm pinned whoami').text).toBe('nginx\n');
    expect(run(s, 'docker run --rm --entrypoint id pinned').text).toBe(
      'uid=101(nginx) gid=101(nginx) groups=101(nginx)\n',
    );
    expect(run(s, "docker inspect -f '{{.Config.User}} {{.Config.WorkingDir}} {{.Config.Cmd}}' pinned").text).toBe(
      'nginx /srv [sh -c echo $GREETING from $(pwd)]\n',
    );
  });
  test("a USER the image does not have is the daemon's error", () => {
    const s = fresh();
    lines(s, 'mkdir p', 'cd p', `printf 'FROM alpine:3.22\\nUSER app\\n' > Dockerfile`, 'docker build -q -t u .');
    expect(run(s, 'docker run --rm u')).toEqual({
      text: "docker: Error response from daemon: unable to find user app: no matching entries in passwd file\n\nRun 'docker run --help' for more information\n",
      code: 125,
    });
  });
  test('docker history lists the steps, newest first, with # buildkit on layer steps', () => {
    const s = fresh();
    lines(s, 'cd app', 'docker build -q -t site:1 .');
    const rows = run(s, 'docker history site:1').text.split('\n');
    expect(rows[1]).toMatch(/^[0-9a-f]{12} .* EXPOSE map\[80\/tcp:\{\}\] +0B/);
    expect(rows[2]).toMatch(/^<missing> .* COPY index\.html \. # buildkit +35B /);
    expect(rows[3]).toMatch(/WORKDIR \/usr\/share\/nginx\/html +0B/);
    expect(rows[4]).toMatch(/4 months ago +CMD \["nginx" "-g" "daemon off;"\]/);
  });
});
