import { describe, expect, test } from 'vitest';
import { fresh, run } from './helpers';

describe('official images as docker-library/repo-info lists them (repos/<image>/remote/<tag>.md, linux/amd64)', () => {
  test.each([
    ['nginx', 7, '5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942', '63.1MB'],
    ['redis', 7, '8a1efc5f479551822b47424ccae982026b633f28818eab0387348120a61e10e2', '55.5MB'],
    ['python:3.13-slim', 4, '9662417aace5ae7b8e2609cce472b72a8958e134ba372808abe9cc1a0c0125e6', '43MB'],
    ['debian:13', 1, '34cd9e9fd437c0a095ec39cb2e73422c9f30821b0d0848ed74fd0d43bae4d958', '49.3MB'],
  ])('docker pull %s: %i layers, its index digest, its compressed size', (ref, layers, digest, size) => {
    const s = fresh();
    const pull = run(s, `docker pull ${ref}`);
    expect(pull.code).toBe(0);
    expect(pull.text.match(/: Pull complete\n/g)).toHaveLength(layers);
    expect(pull.text).toContain(`Digest: sha256:${digest}\n`);
    expect(run(s, 'docker images').text).toMatch(
      new RegExp(` ${digest.slice(0, 12)} +\\S+ +${size.replace('.', '\\.')}\\n`),
    );
  });

  test('docker images, docker inspect, docker images -q and docker history agree on the image ID (containerd image store)', () => {
    const s = fresh();
    run(s, 'docker pull nginx');
    const id = run(s, "docker inspect -f '{{.Id}}' nginx").text.trim();
    expect(id).toBe('sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942');
    expect(run(s, 'docker images').text).toContain(`nginx:latest   ${id.slice(7, 19)}`);
    expect(run(s, 'docker images -q').text).toBe(`${id.slice(7, 19)}\n`);
    expect(run(s, 'docker history -q nginx').text.split('\n')[0]).toBe(id.slice(7, 19));
    expect(run(s, "docker image inspect -f '{{len .RootFS.Layers}}' nginx").text).not.toContain('undefined');
  });

  test('the config: ENTRYPOINT, CMD, ExposedPorts, Env, WorkingDir as the images set them', () => {
    const s = fresh();
    run(s, 'docker pull nginx');
    run(s, 'docker pull redis');
    expect(
      run(s, "docker inspect -f '{{.Config.Entrypoint}} {{.Config.Cmd}} {{.Config.ExposedPorts}}' nginx").text,
    ).toBe('[/docker-entrypoint.sh] [nginx -g daemon off;] map[80/tcp:{}]\n');
    expect(run(s, "docker inspect -f '{{.Config.WorkingDir}} {{.Config.Entrypoint}}' redis").text).toBe(
      '/data [docker-entrypoint.sh]\n',
    );
    expect(run(s, 'docker run --rm redis pwd').text).toBe('/data\n');
  });

  test('programs the images ship but the course does not model say so; a program they lack is not found', () => {
    const s = fresh();
    expect(run(s, 'docker run --rm python:3.13-slim')).toMatchObject({ code: 126, text: expect.stringContaining('python3: not simulated') }); // prettier-ignore
    expect(run(s, 'docker run --rm redis')).toMatchObject({ code: 126, text: expect.stringContaining('redis-server: not simulated') }); // prettier-ignore
    expect(run(s, 'docker run --rm nginx ps').text).toContain('exec: "ps": executable file not found in $PATH');
  });
});

describe('nginx in its container (nginx.org docs; docker-library/nginx entrypoint)', () => {
  test('serves the welcome page on port 80 and logs the request to stdout', () => {
    const s = fresh();
    run(s, 'docker run -d --name web nginx');
    const page = run(s, 'wget -qO- http://172.17.0.2/');
    expect(page.code).toBe(0);
    expect(page.text).toContain('<title>Welcome to nginx!</title>');
    expect(run(s, 'wget -qO- http://172.17.0.2/nope').code).toBe(8);
    const logs = run(s, 'docker logs web').text;
    expect(logs).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
    expect(logs).toContain('[notice] 1#1: nginx/1.31.3\n');
    expect(logs).toMatch(/172\.17\.0\.1 - - \[[^\]]+\] "GET \/ HTTP\/1\.1" 200 \d+ "-" "Wget" "-"\n/);
    expect(logs).toMatch(/"GET \/nope HTTP\/1\.1" 404 153 /);
  });
  test('without "daemon off;" nginx forks away and the container exits at once', () => {
    const s = fresh();
    run(s, 'docker run -d --name w nginx nginx');
    expect(run(s, "docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' w").text).toBe('exited 0\n');
  });
  test('nginx -v, -t, and a typo', () => {
    const s = fresh();
    run(s, 'docker run -d --name web nginx');
    expect(run(s, 'docker exec web nginx -v').text).toBe('nginx version: nginx/1.31.3\n');
    expect(run(s, 'docker exec web nginx -t').text).toContain('test is successful');
    expect(run(s, 'docker exec web nginx -Z')).toEqual({ text: 'nginx: invalid option: "Z"\n', code: 1 });
  });
});

describe('docker top runs ps on the host (docs.docker.com reference/cli/docker/container/top)', () => {
  test('host PIDs of the master and its workers (uid 101), in the tabwriter layout', () => {
    const s = fresh();
    run(s, 'docker run -d --name web nginx');
    const r = run(s, 'docker top web');
    const rows = r.text.split('\n');
    expect(rows[0]).toBe(
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
    );
    expect(rows[1]).toMatch(
      /^root {16}(\d+) +\d+ +0 +\d\d:\d\d +\? +00:00:00 +nginx: master process nginx -g daemon off;$/,
    );
    expect(rows.filter((l) => /^101 .*nginx: worker process$/.test(l))).toHaveLength(4);
    const master = Number(/^root +(\d+)/.exec(rows[1] as string)?.[1]);
    expect(master).toBeGreaterThan(100); // the host's PID, not the container's 1
  });
  test('ps options pass through; a stopped or unknown container is an error', () => {
    const s = fresh();
    run(s, 'docker run -d --name web nginx');
    expect(run(s, 'docker top web -o pid,comm').text.split('\n')[0]).toBe('PID                 COMMAND');
    run(s, 'docker run --name done alpine:3.22 true');
    expect(run(s, 'docker top done')).toMatchObject({ code: 1, text: expect.stringMatching(/^Error response from daemon: container [0-9a-f]{64} is not running\n$/) }); // prettier-ignore
    expect(run(s, 'docker top nope')).toEqual({
      text: 'Error response from daemon: No such container: nope\n',
      code: 1,
    });
    expect(run(s, 'docker top')).toMatchObject({ code: 1, text: expect.stringContaining("'docker top' requires at least 1 argument") }); // prettier-ignore
  });
});

describe('procps ps: -o, -p, --forest (ps(1), STANDARD FORMAT SPECIFIERS)', () => {
  test('-o with procps column widths; -p selects; an unknown specifier is an error', () => {
    const s = fresh();
    expect(run(s, 'ps -p 1 -o pid,ppid,user,comm,args').text).toBe(
      '    PID    PPID USER     COMMAND         COMMAND\n      1       0 root     systemd         /sbin/init\n',
    );
    expect(run(s, 'ps -p 99999')).toEqual({ text: '    PID TTY          TIME CMD\n', code: 1 });
    expect(run(s, 'ps -o pid=').text).not.toContain('PID');
    expect(run(s, 'ps -o pid,foo')).toMatchObject({ code: 1, text: expect.stringContaining('error: unknown user-defined format specifier "foo"') }); // prettier-ignore
  });
  test('-ef --forest draws the tree: a container under its shim under init', () => {
    const s = fresh();
    run(s, 'docker run -d --name web nginx');
    const t = run(s, 'ps -ef --forest').text;
    expect(t).toMatch(
      /\n.* \\_ \/usr\/bin\/containerd-shim-runc-v2 .*\n.* {5}\\_ nginx: master process nginx -g daemon off;\n.* {9}\\_ nginx: worker process\n/,
    );
    expect(t.split('\n')[1]).toContain('[kthreadd]');
  });
});
