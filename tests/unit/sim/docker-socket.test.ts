import { describe, expect, test } from 'vitest';
import { fresh, run } from './helpers';

const SOCK = '-v /var/run/docker.sock:/var/run/docker.sock';

/** A session with alpine and docker:cli pulled and one container running on the host. */
function host() {
  const s = fresh();
  run(s, 'docker pull alpine:3.22');
  run(s, 'docker pull docker:cli');
  run(s, 'docker run -d --name web alpine:3.22 sleep 1000');
  return s;
}

describe('the Docker socket (docs.docker.com/engine/security "Docker daemon attack surface"; linux-postinstall)', () => {
  test('the host and a container with the bind see the same socket: srw-rw----, root, the docker group (990)', () => {
    const s = host();
    expect(run(s, 'ls -l /var/run/docker.sock').text).toMatch(/^srw-rw---- 1 root docker 0 /);
    // The image has no group 990: BusyBox ls prints the number.
    expect(run(s, `docker run --rm ${SOCK} docker:cli ls -l /var/run/docker.sock`).text).toMatch(/^srw-rw---- +1 root +990 +0 /); // prettier-ignore
    expect(run(s, 'docker run --rm docker:cli ls /var/run/docker.sock')).toEqual({
      text: 'ls: /var/run/docker.sock: No such file or directory\n',
      code: 1,
    });
  });

  test('without the socket the CLI in docker:cli fails with Docker 29\'s "failed to connect to the docker API"', () => {
    const s = host();
    expect(run(s, 'docker run --rm docker:cli docker ps')).toEqual({
      text: 'failed to connect to the docker API at unix:///var/run/docker.sock; check if the path is correct and if the daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory\n',
      code: 1,
    });
  });

  test("with it, the CLI drives the one daemon: it lists the host's containers and itself, and starts siblings", () => {
    const s = host();
    const ps = run(s, `docker run --rm ${SOCK} docker:cli docker ps`);
    expect(ps.code).toBe(0);
    expect(ps.text).toMatch(/ web\n/);
    expect(ps.text).toMatch(/docker:cli/);
    run(s, `docker run --rm ${SOCK} docker:cli docker run -d --name sibling alpine:3.22 sleep 100`);
    expect(run(s, 'docker ps').text).toMatch(/ sibling\n/);
    expect(s.sim.state.containers.find((c) => c.name === 'sibling')?.status).toBe('running');
  });

  test('a non-root user of the container is refused (the socket is root:990, 0660)', () => {
    const s = host();
    expect(run(s, `docker run --rm --user 1000 ${SOCK} docker:cli docker ps`)).toEqual({
      text: 'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n',
      code: 1,
    });
  });
});

describe('root on the host: a bind of / and chroot (chroot(1); docker run reference, -v)', () => {
  test('through the socket, a sibling with -v /:/host and chroot reads /etc/shadow and writes a file the host sees', () => {
    const s = host();
    const line = `docker run --rm ${SOCK} docker:cli docker run --rm -v /:/host alpine:3.22 chroot /host`;
    expect(run(s, `${line} cat /etc/shadow`).text).toMatch(/^root:/);
    run(s, `${line} sh -c 'echo pwned > /root/pwned'`);
    expect(run(s, 'sudo cat /root/pwned').text).toBe('pwned\n');
  });

  test("an interactive chroot is a root shell on the host files in the container's namespaces; exit ends the container", () => {
    const s = host();
    run(s, 'docker run --rm -it -v /:/host alpine:3.22 chroot /host');
    expect(run(s, 'id -u').text).toBe('0\n');
    expect(run(s, 'cat /etc/os-release').text).toContain('Debian GNU/Linux 13');
    expect(run(s, 'hostname').text).toMatch(/^[0-9a-f]{12}\n$/);
    run(s, 'exit');
    expect(run(s, 'hostname').text).toBe('host\n');
    expect(run(s, 'docker ps -q').text.trim().split('\n')).toHaveLength(1);
  });

  test('without CAP_SYS_CHROOT, or as a non-root user, chroot fails (BusyBox wording)', () => {
    const s = host();
    for (const flags of ['--cap-drop SYS_CHROOT', '--cap-drop ALL', '--user 1000'])
      expect(run(s, `docker run --rm ${flags} -v /:/host alpine:3.22 chroot /host`)).toEqual({
        text: "chroot: can't change root directory to '/host': Operation not permitted\n",
        code: 1,
      });
  });
});
