/**
 * The honesty rule on the cases a curious learner met (issue 10): each real thing either works or
 * says "not simulated" (exit 126), images on Docker Hub name the offline registry, typos keep the
 * real tool's error.
 */
import { describe, expect, test } from 'vitest';
import { NOT_SIMULATED } from '../../../src/engines/sim/commands/honesty';
import { fresh, run, withAlpine } from './helpers';

/** The message and status of a "not simulated" answer naming `what`. */
function honest(what: string, hint = 'Try it on a real Linux machine with Docker installed.') {
  return { text: `${what}: ${NOT_SIMULATED} (it exists in the real ${what.split(' ')[0]}). ${hint}\n`, code: 126 };
}

describe('real things that are not modelled say so, once and the same way', () => {
  test.each(['docker image tag', 'docker compose'])('%s', (line) => {
    expect(run(fresh(), `${line} x`)).toEqual(honest(line));
  });

  // prettier-ignore
  test.each([
    '--pid host',
    '--pid=host',
    '--restart always',
  ])('docker run %s', (flag) => {
    const name = flag.split(/[ =]/)[0] as string;
    expect(run(withAlpine(), `docker run ${flag} alpine:3.22 true`)).toEqual(honest(`docker run ${name}`));
  });

  test.each(['reset', 'snapshot-dumpxml', 'domifaddr', 'vcpuinfo'])('virsh %s', (sub) => {
    expect(run(fresh(), `virsh ${sub} web-vm`)).toEqual(
      honest(`virsh ${sub}`, 'Try it on a real Linux host with KVM and libvirt.'),
    );
  });

  test.each([
    ['ps -o pgid,comm', 'ps -o pgid'],
    ['ps axjf', 'ps j'],
  ])('%s', (line, what) => {
    expect(run(fresh(), line)).toEqual(honest(what, 'Try it on a real Linux machine.'));
  });

  test('a real program the course does not model says so, on the host, in a shell and through docker run/exec', () => {
    const s = withAlpine();
    const on = (where: string) => `${NOT_SIMULATED} (it is a program on ${where}). `;
    expect(run(s, 'top')).toEqual({
      text: `top: ${on('the Debian host')}Try it on a real Linux machine.\n`,
      code: 126,
    });
    expect(run(s, 'case a in a) echo yes;; esac').text).toBe(
      `case: ${NOT_SIMULATED} (it is a bash builtin or keyword). Try it on a real Linux machine.\n`,
    );
    expect(run(s, 'docker run --rm alpine:3.22 top')).toEqual({
      text: `top: ${on('the Alpine Linux v3.22 image')}Try it on a real Linux machine with Docker installed.\n`,
      code: 126,
    });
    expect(s.sim.state.containers).toEqual([]); // no half-made container left behind
    run(s, 'docker run -d --name box alpine:3.22 sleep 100');
    expect(run(s, 'docker exec box find /etc').code).toBe(126);
    expect(run(s, 'docker exec box nosuchprog').code).toBe(127);
  });

  test('a real thing the model cannot do is never a success: mount, ip link add, date MMDDhhmm, reboot as root', () => {
    const s = fresh();
    for (const line of [
      'sudo mount -t tmpfs none /mnt',
      'sudo ip link add v0 type vxlan id 42',
      'sudo date 010112002030',
      'sudo reboot',
    ])
      expect(run(s, line), line).toMatchObject({ text: expect.stringContaining(NOT_SIMULATED), code: 126 });
  });
});

describe('what works now, as the real tool does', () => {
  test('docker run --help prints the real usage line and the options modelled', () => {
    const r = run(fresh(), 'docker run --help');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(
      /^\nUsage: {2}docker run \[OPTIONS\] IMAGE \[COMMAND\] \[ARG\.\.\.\]\n\nCreate and run a new container from an image\n/,
    );
    expect(r.text).toContain('  -e, --env\n');
    expect(r.text).not.toContain(NOT_SIMULATED);
  });

  test('docker run -e sets the environment of PID 1 and of every exec; -w its working directory (created if missing)', () => {
    const s = withAlpine();
    run(s, 'export FROMHOST=yes');
    // -e NAME passes the client's value; a NAME the client lacks is left out.
    expect(run(s, 'docker run --rm -e GREETING=hi -e FROMHOST -e UNSET alpine:3.22 env').text).toMatch(
      /^HOSTNAME=[0-9a-f]{12}\nPATH=\S+\nGREETING=hi\nFROMHOST=yes\nHOME=\/root\nPWD=\/\n$/,
    );
    run(s, 'docker run -d --name box -e MODE=lab -w /srv/app alpine:3.22 sleep 100');
    expect(run(s, 'docker exec box pwd').text).toBe('/srv/app\n');
    expect(run(s, "docker exec box sh -c 'echo $MODE'").text).toBe('lab\n');
    expect(run(s, "docker inspect -f '{{json .Config.Env}} {{.Config.WorkingDir}}' box").text).toBe(
      '["MODE=lab","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"] /srv/app\n',
    );
    expect(run(s, 'docker run --rm -w srv alpine:3.22 true')).toEqual({
      text: "docker: Error response from daemon: the working directory 'srv' is invalid, it needs to be an absolute path\n\nRun 'docker run --help' for more information\n",
      code: 125,
    });
  });

  test('docker exec -e, -w and -u are applied, never parsed and dropped', () => {
    const s = withAlpine();
    run(s, 'docker run -d --name box alpine:3.22 sleep 100');
    expect(run(s, "docker exec -e A=1 -e B=two box sh -c 'echo $A $B'").text).toBe('1 two\n');
    expect(run(s, 'docker exec -w /etc box pwd').text).toBe('/etc\n');
    expect(run(s, 'docker exec -w /nope box pwd')).toEqual({
      text: 'OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("/nope") set in config.json failed: no such file or directory: unknown\n',
      code: 127,
    });
    expect(run(s, 'docker exec -u root box whoami').text).toBe('root\n');
    expect(run(s, 'docker exec -u 0:0 box id -u').text).toBe('0\n');
    expect(run(s, 'docker exec -u 1000 box id')).toEqual({
      text: `docker exec -u 1000: ${NOT_SIMULATED} (containers here run only as root). Try it on a real Linux machine with Docker installed.\n`,
      code: 126,
    });
    expect(run(s, 'docker exec --privileged box true')).toEqual(honest('docker exec --privileged'));
  });

  test('docker stop -t/-s, kill -s, logs -n, ps -n, pull -q, history -q', () => {
    const s = withAlpine();
    run(s, 'docker run -d --name a alpine:3.22 sleep 100');
    const t0 = s.sim.state.clockMs;
    expect(run(s, 'docker stop -t 2 a').text).toBe('a\n');
    expect(s.sim.state.clockMs - t0).toBe(2000);
    run(s, 'docker run -d --name b alpine:3.22 sleep 100');
    expect(run(s, 'docker kill -s TERM b').text).toBe('b\n'); // PID 1 has no handler: ignored
    expect(run(s, 'docker ps -q').text).toMatch(/^[0-9a-f]{12}\n$/);
    expect(run(s, 'docker kill -s SIGKILL b').text).toBe('b\n');
    expect(run(s, 'docker kill -s BOGUS b')).toEqual({
      text: 'Error response from daemon: Invalid signal: BOGUS\n',
      code: 1,
    });
    expect(run(s, 'docker kill -s HUP b')).toEqual(honest('docker kill -s HUP'));
    run(s, "docker run --name c alpine:3.22 sh -c 'echo one; echo two; echo three'");
    expect(run(s, 'docker logs -n 2 c').text).toBe('two\nthree\n');
    expect(run(s, 'docker logs --tail all c').text).toBe('one\ntwo\nthree\n');
    expect(run(s, 'docker ps -n 1 --format x')).toEqual(honest('docker ps --format'));
    expect(run(s, 'docker ps -q -n 2').text.split('\n')).toHaveLength(3);
    expect(run(s, 'docker pull -q alpine:3.22')).toEqual({ text: 'docker.io/library/alpine:3.22\n', code: 0 });
    expect(run(s, 'docker history -q alpine:3.22').text).toMatch(/^[0-9a-f]{12}\n<missing>\n$/);
  });

  test('wget -qO- reads clustered options; sudo -i gives a root login shell', () => {
    const s = fresh();
    run(s, 'docker pull busybox');
    run(s, 'docker run -d --name web busybox httpd -f -p 8080');
    run(s, "docker exec web sh -c 'echo hello > /index.html'");
    expect(run(s, 'docker exec web wget -qO- http://localhost:8080/')).toEqual({ text: 'hello\n', code: 0 });
    expect(run(s, 'wget -qO- http://172.17.0.2:8080/')).toEqual({ text: 'hello\n', code: 0 });
    run(s, 'sudo -i');
    expect(s.prompt()).toBe('root@host:~# ');
    expect(run(s, 'pwd').text).toBe('/root\n');
    run(s, 'exit');
    expect(s.prompt()).toBe('learner@host:~$ ');
    expect(run(s, 'sudo -u learner whoami').text).toBe('learner\n');
  });

  test('ip addr show DEV, and --network host shares the host interfaces (no made-up MAC)', () => {
    const s = withAlpine();
    expect(run(s, 'ip a show dev lo').text).toMatch(/^1: lo: .*\n.*\n {4}inet 127\.0\.0\.1\/8 scope host lo\n$/);
    const host = run(s, 'docker run --rm --network host alpine:3.22 ip addr').text;
    expect(host).toContain('3: docker0:');
    expect(host).not.toMatch(/undefined|NaN/);
    expect(run(s, 'docker run --rm alpine:3.22 hostname -I')).toMatchObject({ code: 1 }); // BusyBox has no -I
  });

  test('id, hostname, date, grep, env, mkdir -p, sleep suffixes', () => {
    const s = fresh();
    expect(run(s, 'id -u').text).toBe('1000\n');
    expect(run(s, 'id -un').text).toBe('learner\n');
    expect(run(s, 'id -G').text).toBe('1000 27 112 990\n');
    expect(run(s, 'id root').text).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect(run(s, 'hostname -I').text).toBe('192.168.1.20 172.17.0.1 \n');
    expect(run(s, 'date +%F_%T').text).toBe('2025-11-20_09:00:00\n');
    expect(run(s, 'date').text).toBe('Thu Nov 20 09:00:00 UTC 2025\n');
    expect(run(s, "grep -E 'vmx|svm' /proc/self/status").code).toBe(1);
    expect(run(s, "cat /etc/os-release | grep -c 'ID=\\(debian\\|alpine\\)'").text).toBe('1\n');
    expect(run(s, 'cat /etc/os-release | grep -n ^ID=').text).toBe('7:ID=debian\n');
    expect(run(s, 'env -i A=1 env').text).toBe('A=1\n');
    expect(run(s, 'mkdir -p a/b/c').code).toBe(0);
    expect(run(s, 'cd a/b/c; pwd').text).toBe('/home/learner/a/b/c\n');
    const t0 = s.sim.state.clockMs;
    run(s, 'sleep 1m 30s');
    expect(s.sim.state.clockMs - t0).toBe(90_000);
  });
});

describe('images: the offline registry, Docker Hub, and names that exist nowhere', () => {
  const registry =
    'The offline registry has alpine:3.22, alpine:latest, busybox:latest, debian:13-slim, debian:trixie-slim, ubuntu:24.04, ubuntu:noble, ubuntu:latest, hello-world:latest, isolationlab/web:1, lab/myapp:1.0, lab/myapp:latest, nginx:latest, nginx:1.31.3, nginx:1.31, nginx:mainline, redis:latest, redis:8.10.1, redis:8.10, redis:8, python:3.13-slim, python:3.13.14-slim, debian:13, debian:trixie, debian:latest, docker:cli, docker:29-cli, docker:29.0-cli, docker:29.0.1-cli.';
  const offHub = (ref: string) =>
    `${ref}: ${NOT_SIMULATED} (it is on Docker Hub, but not in the course's offline registry). ${registry} Try it on a real Linux machine with Docker installed.\n`;

  test.each(['httpd', 'postgres', 'debian:12', 'python:3.12-slim', 'ubuntu:22.04', 'alpine:3.21'])(
    'docker pull %s',
    (ref) => {
      const full = ref.includes(':') ? ref : `${ref}:latest`;
      expect(run(fresh(), `docker pull ${ref}`)).toEqual({
        text: `${ref.includes(':') ? '' : 'Using default tag: latest\n'}${offHub(full)}`,
        code: 126,
      });
    },
  );

  test('docker run of an image on Docker Hub says the same after "Unable to find image"', () => {
    expect(run(fresh(), 'docker run --rm postgres')).toEqual({
      text: `Unable to find image 'postgres:latest' locally\n${offHub('postgres:latest')}`,
      code: 126,
    });
  });

  test("a name on no list keeps Docker's own errors; another registry is named as such", () => {
    const s = fresh();
    expect(run(s, 'docker pull nosuchimage')).toEqual({
      text: "Using default tag: latest\nError response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
      code: 1,
    });
    expect(run(s, 'docker pull alpine:9.9').text).toBe(
      'Error response from daemon: manifest for alpine:9.9 not found: manifest unknown: manifest unknown\n',
    );
    expect(run(s, 'docker run --rm nosuchimage').text).toMatch(
      /^Unable to find image 'nosuchimage:latest' locally\ndocker: Error response from daemon: pull access denied for nosuchimage/,
    );
    expect(run(s, 'docker pull ghcr.io/acme/app:1')).toMatchObject({
      text: expect.stringContaining(
        "ghcr.io/acme/app:1: not simulated in this course (the course's offline registry stands in for Docker Hub only)",
      ),
      code: 126,
    });
  });
});

describe("typos keep the real tool's own error", () => {
  test.each([
    ['docker --foo', "unknown flag: --foo\nSee 'docker --help'.\n", 125],
    ['docker fooo', "docker: unknown command: docker fooo\n\nRun 'docker --help' for more information\n", 1],
    ['docker run --foo alpine', "unknown flag: --foo\nSee 'docker run --help'.\n", 125],
    ['docker run -Z alpine', "unknown shorthand flag: 'Z' in -Z\nSee 'docker run --help'.\n", 125],
    [
      'docker image fooo',
      "docker: unknown command: docker image fooo\n\nRun 'docker image --help' for more information\n",
      1,
    ],
    [
      'docker network fooo',
      "docker: unknown command: docker network fooo\n\nRun 'docker network --help' for more information\n",
      1,
    ],
    ['docker inspect --type foo x', '"foo" is not a valid value for --type\n', 1],
    ['virsh fooo', "error: unknown command: 'fooo'\n", 1],
    ['virsh start --bogus web-vm', "error: command 'start' doesn't support option --bogus\n", 1],
    ['ls -j', "ls: invalid option -- 'j'\nTry 'ls --help' for more information.\n", 2],
    ['cat --bogus /etc/hostname', "cat: unrecognized option '--bogus'\nTry 'cat --help' for more information.\n", 1],
    ['uname -z', "uname: invalid option -- 'z'\nTry 'uname --help' for more information.\n", 1],
    ['ip -z a', 'Option "-z" is unknown, try "ip -help".\n', 255],
    ['ip addr bogus', 'Command "bogus" is unknown, try "ip address help".\n', 255],
    ['grep -E "(" /etc/hostname', 'grep: Unmatched ( or \\(\n', 2],
    [
      'sudo -z true',
      "sudo: invalid option -- 'z'\nusage: sudo -h | -K | -k | -V\nusage: sudo [-u user] command [arg ...]\n",
      1,
    ],
    ['bash -z', 'bash: -z: invalid option\n', 2],
  ])('%s', (line, text, code) => {
    expect(run(fresh(), line)).toEqual({ text, code });
  });

  test('ps: procps words each kind of bad option its own way', () => {
    const s = fresh();
    expect(run(s, 'ps -z').text).toMatch(/^error: unsupported SysV option\n\nUsage:\n ps \[options\]\n/);
    expect(run(s, 'ps zz').text).toMatch(/^error: unsupported option \(BSD syntax\)\n/);
    expect(run(s, 'ps --bogus').text).toMatch(/^error: unknown gnu long option\n/);
  });
});
