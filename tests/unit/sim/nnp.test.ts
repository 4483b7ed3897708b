import { describe, expect, test } from 'vitest';
import { fresh, run } from './helpers';

/** A session with `su` built FROM debian:13: /bin/rootsh is a set-user-ID-root copy of /bin/sh (dash), USER 1000. */
function withSetuidImage(from = 'debian:13', chmod = 'chmod u+s /bin/rootsh', user = 'USER 1000\\n') {
  const s = fresh();
  for (const line of [
    `docker pull ${from}`,
    'mkdir p',
    'cd p',
    `printf 'FROM ${from}\\nRUN cp /bin/sh /bin/rootsh && ${chmod}\\n${user}' > Dockerfile`,
    'docker build -q -t su .',
  ])
    run(s, line);
  return s;
}

describe('a set-user-ID-root program gives euid 0 (execve(2), "set-user-ID"; coreutils id prints euid= when it differs)', () => {
  test('run as uid 1000: `rootsh -p -c id` shows euid=0(root); id -u is the effective uid, id -ru the real one', () => {
    const s = withSetuidImage();
    expect(run(s, 'docker run --rm su rootsh -p -c id').text).toBe('uid=1000 gid=1000 euid=0(root) groups=1000\n');
    expect(run(s, "docker run --rm su /bin/rootsh -p -c 'id -u'").text).toBe('0\n');
    expect(run(s, "docker run --rm su rootsh -p -c 'id -u -r'").text).toBe('1000\n');
    expect(run(s, 'docker run --rm su rootsh -p -c whoami').text).toBe('root\n');
  });

  test('chmod 4755 sets the bit too; chmod u-s or 755 afterwards clears it (chmod(1))', () => {
    expect(run(withSetuidImage('debian:13', 'chmod 4755 /bin/rootsh'), 'docker run --rm su rootsh -p -c id').text).toContain('euid=0(root)'); // prettier-ignore
    for (const again of ['chmod u+s /bin/rootsh && chmod u-s /bin/rootsh', 'chmod 4755 /bin/rootsh && chmod 755 /bin/rootsh'])
      expect(run(withSetuidImage('debian:13', again), 'docker run --rm su rootsh -p -c id').text).toBe('uid=1000 gid=1000 groups=1000\n'); // prettier-ignore
  });

  test('a copy without chmod runs as the user; so does the set-user-ID copy for a root caller (nothing to gain)', () => {
    expect(run(withSetuidImage('debian:13', 'true'), 'docker run --rm su rootsh -p -c id').text).toBe('uid=1000 gid=1000 groups=1000\n'); // prettier-ignore
    const s = withSetuidImage();
    expect(run(s, 'docker run --rm --user 0 su rootsh -p -c id').text).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
  });

  test('docker run --user 1000 on an image without USER, and docker exec in such a container, behave alike', () => {
    const s = withSetuidImage('debian:13', 'chmod u+s /bin/rootsh', '');
    expect(run(s, 'docker run --rm --user 1000 su rootsh -p -c id').text).toContain('euid=0(root)');
    run(s, 'docker run -d --name c --user 1000 su sleep 1000');
    expect(run(s, 'docker exec c rootsh -p -c id').text).toContain('euid=0(root)');
    expect(run(s, 'docker exec c id').text).toBe('uid=1000 gid=1000 groups=1000\n');
    // docker exec's process gets the container's no_new_privs too (runc: the process spec's noNewPrivileges).
    run(s, 'docker run -d --name n --user 1000 --security-opt no-new-privileges su sleep 1000');
    expect(run(s, 'docker exec n rootsh -p -c id').text).toBe('uid=1000 gid=1000 groups=1000\n');
  });
});

describe('bash and dash drop the privilege unless -p (bash(1) "-p"; dash(1) "-p priviliged")', () => {
  test('without -p the shell sets euid back to the real uid; a nested sh without -p drops it too', () => {
    const s = withSetuidImage();
    expect(run(s, 'docker run --rm su rootsh -c id').text).toBe('uid=1000 gid=1000 groups=1000\n');
    expect(run(s, "docker run --rm su rootsh -p -c 'sh -c id'").text).toBe('uid=1000 gid=1000 groups=1000\n');
    expect(run(s, "docker run --rm su rootsh -p -c 'sh -p -c id'").text).toContain('euid=0(root)');
  });

  test('a set-user-ID copy of bash behaves the same', () => {
    const s = fresh();
    for (const line of [
      'docker pull debian:13',
      'mkdir p',
      'cd p',
      `printf 'FROM debian:13\\nRUN cp /bin/bash /bin/rootbash && chmod 4755 /bin/rootbash\\nUSER 1000\\n' > Dockerfile`,
      'docker build -q -t sb .',
    ])
      run(s, line);
    expect(run(s, 'docker run --rm sb rootbash -p -c id').text).toContain('euid=0(root)');
    expect(run(s, 'docker run --rm sb rootbash -c id').text).toBe('uid=1000 gid=1000 groups=1000\n');
  });
});

describe('--security-opt no-new-privileges: execve ignores the set-user-ID bit (kernel no_new_privs.rst; docs.docker.com run --security-opt)', () => {
  test('with the flag the program runs as the user, and /proc/self/status says NoNewPrivs: 1', () => {
    const s = withSetuidImage();
    for (const flag of ['no-new-privileges', 'no-new-privileges=true', 'no-new-privileges:true'])
      expect(run(s, `docker run --rm --security-opt ${flag} su rootsh -p -c id`).text).toBe('uid=1000 gid=1000 groups=1000\n'); // prettier-ignore
    expect(run(s, "docker run --rm --security-opt no-new-privileges su rootsh -p -c 'cat /proc/self/status'").text).toContain('NoNewPrivs:\t1\n'); // prettier-ignore
  });

  test('/proc/self/status: Uid is real 1000, effective 0 under the set-user-ID program; all 1000 with the flag (proc(5))', () => {
    const s = withSetuidImage();
    const status = "su rootsh -p -c 'cat /proc/self/status'";
    const without = run(s, `docker run --rm ${status}`).text;
    expect(without).toContain('Uid:\t1000\t0\t0\t0\n');
    expect(without).toContain('Gid:\t1000\t1000\t1000\t1000\n');
    expect(run(s, `docker run --rm --security-opt no-new-privileges ${status}`).text).toContain('Uid:\t1000\t1000\t1000\t1000\n'); // prettier-ignore
  });

  test('=false is the default: the bit works', () => {
    const s = withSetuidImage();
    expect(run(s, 'docker run --rm --security-opt no-new-privileges=false su rootsh -p -c id').text).toContain('euid=0(root)'); // prettier-ignore
  });

  test('root stays root with the flag (it only stops gaining privilege)', () => {
    const s = withSetuidImage();
    expect(run(s, 'docker run --rm --user 0 --security-opt no-new-privileges su rootsh -p -c id').text).toBe('uid=0(root) gid=0(root) groups=0(root)\n'); // prettier-ignore
  });
});

describe('what the course does not model, said plainly; BusyBox picks its applet from argv[0]', () => {
  test('on alpine a copy of /bin/sh (the busybox binary) named rootsh is no applet', () => {
    const r = run(withSetuidImage('alpine:3.22'), 'docker run --rm su rootsh -p -c id');
    expect(r.text).toBe('rootsh: applet not found\n');
    expect(r.code).toBe(127);
  });

  test('a copy named after an applet runs that applet', () => {
    const s = withSetuidImage('alpine:3.22', 'cp /bin/sh /bin/ash');
    expect(run(s, 'docker run --rm su ash -c id').text).toBe('uid=1000 gid=1000 groups=1000\n');
  });

  test('a set-group-ID chmod in RUN answers "not simulated"', () => {
    for (const mode of ['g+s', '+s', 'a+s', '6755', '2755'])
      expect(run(withSetuidImage('debian:13', `chmod ${mode} /bin/rootsh`), 'docker images -q su').text).toBe('');
    const s = fresh();
    for (const line of [
      'docker pull debian:13',
      'mkdir p',
      'cd p',
      `printf 'FROM debian:13\\nRUN chmod g+s /bin/sh\\n' > Dockerfile`,
    ])
      run(s, line);
    const r = run(s, 'docker build -q .');
    expect(r.text).toContain('not simulated');
    expect(r.code).toBe(126);
  });
});

describe('BusyBox ash has no -p (busybox shell/ash.c optletters_optnames)', () => {
  test('sh -p in alpine is an illegal option; in debian (dash) it is accepted', () => {
    const s = fresh();
    run(s, 'docker pull alpine:3.22');
    run(s, 'docker pull debian:13');
    const r = run(s, 'docker run --rm alpine:3.22 sh -p -c id');
    expect(r.text).toBe('sh: illegal option -p\n');
    expect(r.code).toBe(2);
    expect(run(s, 'docker run --rm debian:13 sh -p -c id').text).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
  });
});

describe('a Dockerfile with only global ARGs (moby/buildkit dockerfile2llb convert.go: "dockerfile contains no stages to build")', () => {
  test('the build fails with that message, not a target stage "undefined"', () => {
    const s = fresh();
    for (const line of ['mkdir p', 'cd p', `printf 'ARG V=1\\n' > Dockerfile`]) run(s, line);
    const r = run(s, 'docker build -q .');
    expect(r.text).toBe('ERROR: failed to build: failed to solve: dockerfile contains no stages to build\n');
    expect(r.code).toBe(1);
  });
});
