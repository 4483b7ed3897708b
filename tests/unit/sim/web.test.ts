import { describe, expect, test } from 'vitest';
import { fresh, run, withAlpine } from './helpers';

describe('busybox httpd and wget', () => {
  test('httpd -f as detached PID 1: a 404 for a missing index page, logged for docker logs, stop waits 10 s', () => {
    const s = fresh();
    run(s, 'docker pull busybox');
    expect(run(s, 'docker run -d --name web busybox httpd -f -v -p 8080').text).toMatch(/^[0-9a-f]{64}\n$/);
    expect(run(s, 'docker ps').text).toMatch(/"httpd -f -v -p 8080" .* Up /);
    expect(run(s, 'docker exec web ps').text).toMatch(
      /^PID +USER +TIME +COMMAND\n +1 root +0:00 httpd -f -v -p 8080\n/,
    );
    expect(run(s, 'docker exec web wget -q -O - http://localhost:8080/')).toEqual({
      text: 'wget: server returned error: HTTP/1.0 404 Not Found\n',
      code: 1,
    });
    expect(run(s, 'docker logs web').text).toMatch(/^\[::ffff:127\.0\.0\.1\]:\d+: response:404\n$/);
    expect(run(s, 'time docker stop web').text).toMatch(/^web\n\nreal\t0m10\.\d{3}s/);
    expect(run(s, 'docker ps -a').text).toMatch(/Exited \(137\)/);
  });

  test('a served file, connection refused, wrong port, bind conflict, no httpd in alpine or on the host', () => {
    const s = fresh();
    run(s, 'docker pull busybox');
    run(s, 'docker run -d --name web busybox httpd -f -p 8080');
    run(s, "docker exec web sh -c 'echo hello > /index.html'");
    expect(run(s, 'docker exec web wget -q -O - http://localhost:8080/')).toEqual({ text: 'hello\n', code: 0 });
    expect(run(s, 'docker exec web wget -q -O - http://localhost:9090/')).toEqual({
      text: "wget: can't connect to remote host (127.0.0.1): Connection refused\n",
      code: 1,
    });
    expect(run(s, 'docker exec web httpd -f -p 8080')).toEqual({ text: 'httpd: bind: Address in use\n', code: 1 });
    expect(run(s, 'docker logs web').text).toBe(''); // no -v: nothing logged
    // From the host, the container's bridge address reaches it (GNU Wget on the Debian host, quiet).
    expect(run(s, 'wget -q -O - http://172.17.0.2:8080/')).toEqual({ text: 'hello\n', code: 0 });
    expect(run(s, 'wget -q -O - http://172.17.0.9:8080/').code).toBe(4);
    expect(run(s, 'httpd -f').text).toBe('bash: httpd: command not found\n');
    run(s, 'docker pull alpine:3.22');
    expect(run(s, 'docker run --rm alpine:3.22 httpd -f').code).toBe(127);
  });

  test('httpd without -f as PID 1 daemonizes, so the container exits at once', () => {
    const s = fresh();
    run(s, 'docker pull busybox');
    run(s, 'docker run -d --name bg busybox httpd -p 8080');
    expect(run(s, 'docker ps -a').text).toMatch(/"httpd -p 8080" .* Exited \(0\) .* bg/);
  });
});

describe('the course image isolationlab/web:1', () => {
  test('pulled after alpine, the shared layer already exists; history shows RUN, COPY and 0B config rows; it serves a page', () => {
    const s = withAlpine();
    const pull = run(s, 'docker pull isolationlab/web:1').text;
    expect(pull.match(/: Already exists\n/g)).toHaveLength(1);
    expect(pull.match(/: Pull complete\n/g)).toHaveLength(2);
    expect(pull).toContain(
      run(s, 'docker pull alpine:3.22').text.match(/^([0-9a-f]{12}): Already exists/m)?.[1] ?? 'alpine layer',
    );
    const history = run(s, 'docker history isolationlab/web:1').text.split('\n');
    expect(
      history.slice(1, 6).map((l) => l.match(/(CMD|EXPOSE|COPY|RUN|ADD)\b.*?(\d[\d.]*k?M?B)\s/)?.slice(1)),
    ).toEqual([
      ['CMD', '0B'],
      ['EXPOSE', '0B'],
      ['COPY', '4kB'],
      ['RUN', '1.1MB'],
      ['ADD', '8.3MB'],
    ]);
    run(s, 'docker run -d --name site isolationlab/web:1');
    expect(run(s, 'docker exec site wget -q -O - http://localhost:8080/').text).toBe('<h1>Isolation Lab</h1>\n');
    expect(run(s, 'docker logs site').text).toMatch(/response:200\n$/);
  });
});

describe('ps and docker ps formats', () => {
  test('ps -e is the short format with command names; docker ps quotes a command cut to 20 characters', () => {
    const s = fresh();
    expect(run(s, 'ps -e').text).toMatch(/^ +PID TTY +TIME CMD\n +1 \? +00:00:00 systemd\n/);
    run(s, 'docker pull alpine:3.22');
    run(s, 'docker run -d --name long alpine:3.22 sleep 360000000000000'); // 21 characters
    expect(run(s, 'docker ps').text).toContain('"sleep 3600000000000…"');
  });
});
