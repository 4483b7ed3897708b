/**
 * Networking and storage as the next lesson's lab uses them (issue 10, part 4): veth pairs seen from
 * both ends, published ports and their clash, DNS on user-defined networks only, and where data survives.
 */
import { describe, expect, test } from 'vitest';
import { fresh, run, withAlpine } from './helpers';

describe('veth pairs: ip-link(8) shows `NAME@ifN`, N being the peer index, on both ends (Docker bridge driver docs)', () => {
  test("the host's veth names the container's eth0 index, and eth0 names the veth's", () => {
    const s = fresh();
    run(s, 'docker run -d --name web isolationlab/web:1');
    run(s, 'docker run -d --name web2 isolationlab/web:1');
    for (const name of ['web', 'web2']) {
      const inside = /^(\d+): eth0@if(\d+):/m.exec(run(s, `docker exec ${name} ip link`).text);
      expect(inside).not.toBeNull();
      const [, eth0, peer] = inside as RegExpExecArray;
      const host = new RegExp(`^${peer}: (veth[0-9a-f]{7})@if${eth0}: .* master docker0 `, 'm');
      expect(run(s, 'ip link').text).toMatch(host);
    }
  });

  test('a stopped container has no veth on the host, and docker0 loses its carrier', () => {
    const s = fresh();
    run(s, 'docker run -d --name web isolationlab/web:1');
    expect(run(s, 'ip -br link').text).toMatch(/^veth/m);
    run(s, 'docker kill web');
    expect(run(s, 'ip -br link').text).not.toMatch(/^veth/m);
    expect(run(s, 'ip link show docker0').text).toContain('NO-CARRIER');
  });
});

describe('publishing ports: docs.docker.com/engine/network/port-publishing', () => {
  test('two servers on one host port: the second fails with the daemon error and stays Created', () => {
    const s = fresh();
    expect(run(s, 'docker run -d --name a -p 8080:8080 isolationlab/web:1').code).toBe(0);
    const b = run(s, 'docker run -d --name b -p 8080:8080 isolationlab/web:1');
    expect(b.code).toBe(125);
    expect(b.text).toMatch(/Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n/);
    expect(run(s, 'docker ps -a --no-trunc').text).toMatch(/Created\s+b\n/);
    // Once the first is gone, the same container starts on that port.
    run(s, 'docker rm -f a');
    expect(run(s, 'docker start b')).toEqual({ text: 'b\n', code: 0 });
    expect(run(s, 'wget -qO- localhost:8080').text).toBe('<h1>Isolation Lab</h1>\n');
  });

  test('without -p the host port reaches nothing; with it the request lands in the container', () => {
    const s = fresh();
    run(s, 'docker run -d --name web isolationlab/web:1');
    expect(run(s, 'wget -qO- localhost:8080')).toEqual({ text: '', code: 4 });
    run(s, 'docker run -d --name pub -p 9090:8080 isolationlab/web:1');
    expect(run(s, 'wget -qO- localhost:9090').text).toBe('<h1>Isolation Lab</h1>\n');
    // The server logs the peer docker-proxy connects from: the bridge gateway.
    expect(run(s, 'docker logs pub').text).toMatch(/^\[::ffff:172\.17\.0\.1\]:\d+: response:200\n$/);
  });

  test('random host ports come from the ephemeral range, one after the other', () => {
    const s = fresh();
    run(s, 'docker run -d --name a -p 8080 isolationlab/web:1');
    run(s, 'docker run -d --name b -P isolationlab/web:1');
    expect(run(s, 'docker port a 8080').text).toBe('0.0.0.0:32768\n[::]:32768\n');
    expect(run(s, 'docker port b 8080').text).toBe('0.0.0.0:32769\n[::]:32769\n');
  });
});

describe('user-defined networks: containers resolve each other by name; the default bridge does not (Docker bridge docs)', () => {
  test('same network: by name; default bridge: bad address; another network: timed out', () => {
    const s = fresh();
    run(s, 'docker network create appnet');
    run(s, 'docker run -d --name api --network appnet isolationlab/web:1');
    run(s, 'docker pull alpine:3.22');
    expect(run(s, 'docker run --rm --network appnet alpine:3.22 wget -qO- api:8080').text).toBe(
      '<h1>Isolation Lab</h1>\n',
    );
    expect(run(s, 'docker run --rm alpine:3.22 wget -qO- api:8080')).toEqual({
      text: "wget: bad address 'api'\n",
      code: 1,
    });
    expect(run(s, 'docker run --rm alpine:3.22 wget -qO- 172.18.0.2:8080').text).toContain('Connection timed out');
    // Both on the default bridge: reachable by address, but no name resolution there.
    run(s, 'docker run -d --name old isolationlab/web:1');
    expect(run(s, 'docker run --rm alpine:3.22 wget -qO- old:8080').text).toBe("wget: bad address 'old'\n");
    expect(run(s, 'docker run --rm alpine:3.22 wget -qO- 172.17.0.2:8080').code).toBe(0);
    run(s, 'docker network create other');
    expect(run(s, 'docker run --rm --network other alpine:3.22 wget -qO- api:8080').code).toBe(1);
  });

  test('connect adds eth1 with an address on that network; disconnect removes it', () => {
    const s = fresh();
    run(s, 'docker network create appnet');
    run(s, 'docker run -d --name web isolationlab/web:1');
    run(s, 'docker network connect appnet web');
    expect(run(s, 'docker exec web ip -br a').text).toMatch(/^eth1@if\d+\s+UP\s+172\.18\.0\.2\/16 \n/m);
    expect(run(s, 'docker network connect appnet web').text).toContain('already exists in network appnet');
    run(s, 'docker network disconnect appnet web');
    expect(run(s, 'docker exec web ip -br a').text).not.toContain('eth1');
  });
});

describe('where data survives: docs.docker.com/engine/storage/volumes and bind-mounts', () => {
  test('a volume outlives docker rm; the writable layer does not', () => {
    const s = withAlpine();
    run(s, 'docker run --name w -v data:/data alpine:3.22 sh -c "echo kept > /data/f; echo lost > /g"');
    run(s, 'docker rm w');
    expect(run(s, 'docker run --rm -v data:/data alpine:3.22 cat /data/f').text).toBe('kept\n');
    expect(run(s, 'docker run --rm alpine:3.22 cat /g').code).toBe(1);
    expect(run(s, 'docker volume rm data').text).toBe('data\n');
    expect(run(s, 'docker run --rm -v data:/data alpine:3.22 cat /data/f').code).toBe(1);
  });

  test(':ro refuses writes with EROFS; the same volume read-write accepts them', () => {
    const s = withAlpine();
    expect(run(s, 'docker run --rm -v data:/data:ro alpine:3.22 sh -c "echo x > /data/f"')).toEqual({
      text: "sh: can't create /data/f: Read-only file system\n",
      code: 1,
    });
    expect(run(s, 'docker run --rm -v data:/data alpine:3.22 sh -c "echo x > /data/f"').code).toBe(0);
  });

  test('a bind mount shows the host directory, and writes land on the host', () => {
    const s = withAlpine();
    run(s, 'mkdir site');
    run(s, 'echo hello > site/index.html');
    expect(run(s, 'docker run --rm -v /home/learner/site:/srv alpine:3.22 ls /srv').text).toBe('index.html\n');
    run(s, 'docker run --rm -v /home/learner/site:/srv alpine:3.22 sh -c "echo new > /srv/b"');
    expect(run(s, 'cat site/b').text).toBe('new\n');
  });

  test('an empty volume over an image directory is filled from the image first', () => {
    const s = fresh();
    run(s, 'docker run -d --name web -v html:/var/www isolationlab/web:1');
    expect(run(s, 'sudo cat /var/lib/docker/volumes/html/_data/index.html').text).toBe('<h1>Isolation Lab</h1>\n');
  });

  test('a tmpfs is empty again after a restart', () => {
    const s = fresh();
    run(s, 'docker run -d --name t --tmpfs /cache alpine:3.22 sleep 1000');
    run(s, 'docker exec t sh -c "echo x > /cache/x"');
    expect(run(s, 'docker exec t cat /cache/x').text).toBe('x\n');
    run(s, 'docker kill t');
    run(s, 'docker start t');
    expect(run(s, 'docker exec t cat /cache/x').code).toBe(1);
  });
});

describe('named namespaces by hand: ip-netns(8) and ip-link(8) TYPE veth', () => {
  test('a veth pair across namespaces: each end names the other by index, and delete takes both', () => {
    const s = fresh();
    for (const line of [
      'sudo ip netns add red',
      'sudo ip link add veth0 type veth peer name veth1',
      'sudo ip link set veth1 netns red',
    ])
      expect(run(s, line), line).toEqual({ text: '', code: 0 });
    const host = /^(\d+): veth0@if(\d+): /m.exec(run(s, 'ip link').text) as RegExpExecArray;
    const inside = /^(\d+): veth1@if(\d+): /m.exec(run(s, 'sudo ip netns exec red ip link').text) as RegExpExecArray;
    expect([host[1], host[2]]).toEqual([inside[2], inside[1]]);
    expect(run(s, 'ip link').text).not.toContain('veth1');
    run(s, 'sudo ip netns delete red');
    expect(run(s, 'ip link').text).not.toContain('veth0');
    expect(run(s, 'ip netns list').text).toBe('');
  });

  test('without root nothing changes: RTNETLINK refuses, and the namespace directory is not writable', () => {
    const s = fresh();
    expect(run(s, 'ip link add veth0 type veth peer name veth1')).toEqual({
      text: 'RTNETLINK answers: Operation not permitted\n',
      code: 2,
    });
    expect(run(s, 'ip netns add red').code).toBe(1);
    expect(run(s, 'ip link').text).not.toContain('veth0');
  });

  test('a removed network stops its stopped members from starting again', () => {
    const s = fresh();
    run(s, 'docker network create appnet');
    run(s, 'docker run -d --name api --network appnet isolationlab/web:1');
    run(s, 'docker kill api');
    expect(run(s, 'docker network rm appnet')).toEqual({ text: 'appnet\n', code: 0 });
    expect(run(s, 'docker start api')).toEqual({
      text: 'Error response from daemon: network appnet not found\nError: failed to start containers: api\n',
      code: 1,
    });
  });
});
