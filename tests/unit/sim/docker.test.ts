import { describe, expect, test } from 'vitest';
import { digestOf } from '../../../src/engines/sim/rng';
import { fresh, run, withAlpine } from './helpers';

const layer = (name: string) => digestOf(`layer:${name}`).slice(0, 12);

describe('docker images and pulls', () => {
  test('pull prints per-layer progress paced by size / bandwidth, then reuses layers', () => {
    const s = fresh();
    const r = s.execute('docker pull debian:13-slim');
    const text = r.output.map((c) => c.text).join('');
    expect(text).toBe(
      `13-slim: Pulling from library/debian\n${layer('debian-13-slim-rootfs')}: Pulling fs layer\n${layer('debian-13-slim-rootfs')}: Download complete\n${layer('debian-13-slim-rootfs')}: Pull complete\nDigest: sha256:${digestOf('manifest:debian:debian-13-slim-rootfs')}\nStatus: Downloaded newer image for debian:13-slim\ndocker.io/library/debian:13-slim\n`,
    );
    expect(r.output.some((c) => c.delayMs === 2384)).toBe(true); // 29.8 MB at 12.5 MB/s
    expect(s.sim.state.clockMs).toBe(2384);
    const again = run(s, 'docker pull lab/myapp:1.0').text;
    expect(again).toContain(`${layer('debian-13-slim-rootfs')}: Already exists`); // shared base layer
    expect(again).toContain(`${layer('lab-myapp-1.0-app')}: Pull complete`);
    expect(s.sim.state.layers.size).toBe(2);
    expect(run(s, 'docker pull debian:13-slim').text).toContain('Status: Image is up to date for debian:13-slim');
    expect(run(s, 'docker pull').code).toBe(1);
  });

  test('pull errors for unknown repositories and tags', () => {
    const s = fresh();
    expect(run(s, 'docker pull foo')).toEqual({
      text: "Using default tag: latest\nError response from daemon: pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
      code: 1,
    });
    expect(run(s, 'docker pull alpine:9.9').text).toContain('manifest for alpine:9.9 not found: manifest unknown');
  });

  test('images, history, image inspect', () => {
    const s = withAlpine();
    // Docker 29 (containerd image store): the collapsed view; ID is the manifest digest the pull printed,
    // DISK USAGE = packed 3.8MB + unpacked 8.3MB, CONTENT SIZE = the 3.8MB download (FACTS A).
    const manifest = digestOf('manifest:alpine:alpine-minirootfs-3.22.2');
    expect(run(s, 'docker images').text).toBe(
      [
        '                                          i Info →   U  In Use',
        'IMAGE         ID             DISK USAGE   CONTENT SIZE   EXTRA',
        `alpine:3.22   ${manifest.slice(0, 12)}       12.1MB          3.8MB`,
        '',
      ].join('\n'),
    );
    expect(run(s, 'docker history alpine:3.22').text).toMatch(
      /CMD \["\/bin\/sh"\] +0B[\s\S]*<missing> .*ADD alpine-minirootfs/,
    );
    // RootFS.Layers are diff_ids (uncompressed tars): not the compressed-blob digest the pull printed.
    const diffIds: string[] = JSON.parse(run(s, 'docker image inspect alpine:3.22').text)[0].RootFS.Layers;
    expect(diffIds).toHaveLength(1);
    expect(diffIds[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(diffIds[0]).not.toBe(`sha256:${digestOf('layer:alpine-minirootfs-3.22.2')}`);
    expect(run(s, 'docker history nope').text).toBe('Error response from daemon: No such image: nope:latest\n');
    expect(run(s, 'docker images --bogus')).toEqual({
      text: "unknown flag: --bogus\nSee 'docker images --help'.\n",
      code: 125,
    });
  });

  test('images: U marks images a container uses (running or stopped), rows by reference, untagged last', () => {
    const s = withAlpine();
    run(s, 'docker pull debian:13-slim');
    run(s, 'docker pull isolationlab/web:1');
    run(s, 'docker pull lab/myapp:1.0');
    run(s, 'docker run --name c lab/myapp:1.0 true'); // exits at once: a stopped container still uses its image
    run(s, 'docker rmi -f lab/myapp:1.0'); // leaves the image dangling
    const before = run(s, 'docker images').text.split('\n');
    expect(before[0]).toMatch(/^ +i Info → {3}U {2}In Use$/);
    expect(before[1]).toMatch(/^IMAGE +ID {13}DISK USAGE {3}CONTENT SIZE {3}EXTRA$/);
    const rows = before.slice(2, -1).map((l) => l.split(/ {2,}/));
    expect(rows).toEqual([
      ['alpine:3.22', expect.stringMatching(/^[0-9a-f]{12}$/), '12.1MB', '3.8MB'],
      ['debian:13-slim', expect.stringMatching(/^[0-9a-f]{12}$/), '108MB', '29.8MB'], // 29.8 + 78.6
      // the shared Alpine layer counts for each image that has it: 3.8 + 0.4 + 0.0012 MB packed
      ['isolationlab/web:1', expect.stringMatching(/^[0-9a-f]{12}$/), '13.6MB', '4.2MB'],
      ['<untagged>', expect.stringMatching(/^[0-9a-f]{12}$/), '155MB', '41.8MB', 'U'],
    ]);
    run(s, 'docker run -d --name a alpine:3.22 sleep 100');
    expect(run(s, 'docker images alpine').text).toMatch(/\nalpine:3\.22 +[0-9a-f]{12} +12\.1MB +3\.8MB {5}U\n$/);
    // the ID the view shows names the image for other commands too
    const id = /\nalpine:3\.22 +([0-9a-f]{12})/.exec(run(s, 'docker image ls').text)![1]!;
    expect(run(s, `docker history ${id}`).code).toBe(0);
  });

  test('images: -q and --no-trunc keep the legacy table', () => {
    const s = withAlpine();
    const img = [...s.sim.state.images.values()][0]!;
    expect(run(s, 'docker images -q')).toEqual({ text: `${img.id.slice(0, 12)}\n`, code: 0 });
    expect(run(s, 'docker image ls --quiet alpine').text).toBe(`${img.id.slice(0, 12)}\n`);
    expect(run(s, 'docker images --no-trunc').text).toMatch(
      new RegExp(
        `^REPOSITORY +TAG +IMAGE ID +CREATED +SIZE\\nalpine +3\\.22 +sha256:${img.id} +3 weeks ago +8\\.3MB\\n$`,
      ),
    );
  });

  test('rmi: conflict while a container uses the image, then deletes image and unshared layers', () => {
    const s = withAlpine();
    run(s, 'docker pull debian:13-slim');
    run(s, 'docker pull lab/myapp:1.0');
    run(s, 'docker run --name once alpine:3.22 true');
    const c = s.sim.state.containers[0]!;
    const img = s.sim.state.images.get(c.imageId)!;
    expect(run(s, 'docker rmi alpine:3.22')).toEqual({
      text: `Error response from daemon: conflict: unable to remove repository reference "alpine:3.22" (must force) - container ${c.id.slice(0, 12)} is using its referenced image ${img.id.slice(0, 12)}\n`,
      code: 1,
    });
    run(s, 'docker rm once');
    expect(run(s, 'docker rmi alpine:3.22').text).toMatch(
      /^Untagged: alpine:3\.22\nUntagged: alpine@sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/,
    );
    // debian's layer is shared with myapp: removing debian keeps it.
    expect(run(s, 'docker rmi debian:13-slim').text).not.toContain(digestOf('layer:debian-13-slim-rootfs'));
    expect(s.sim.state.layers.has(digestOf('layer:debian-13-slim-rootfs'))).toBe(true);
    expect(run(s, 'docker rmi lab/myapp:1.0').text).toContain(
      `Deleted: sha256:${digestOf('layer:debian-13-slim-rootfs')}`,
    );
    expect(s.sim.state.layers.size).toBe(0);
    expect(run(s, 'docker rmi nope')).toEqual({
      text: 'Error response from daemon: No such image: nope:latest\n',
      code: 1,
    });
  });

  test('a second tag of the same image is only untagged', () => {
    const s = withAlpine();
    run(s, 'docker pull alpine');
    expect(s.sim.state.images.size).toBe(1);
    expect(run(s, 'docker rmi alpine:latest').text).toBe('Untagged: alpine:latest\n');
    expect(s.sim.state.images.size).toBe(1);
  });
});

describe('docker containers', () => {
  test('run: pulls when missing, names from the seed, reports the 0.3 s start', () => {
    const s = fresh(3);
    const r = s.execute('docker run alpine:3.22 echo hi');
    const text = r.output.map((c) => c.text).join('');
    expect(text).toMatch(
      /^Unable to find image 'alpine:3\.22' locally\n3\.22: Pulling from library\/alpine\n[\s\S]*Status: Downloaded newer image for alpine:3\.22\nhi\n$/,
    );
    expect(r.output.some((c) => c.delayMs === 300)).toBe(true);
    expect(s.sim.state.containers[0]?.name).toMatch(/^[a-z]+_[a-z]+$/);
    expect(fresh(3).execute('docker run alpine:3.22 true') && true).toBe(true);
    const s2 = fresh(3);
    run(s2, 'docker run alpine:3.22 echo hi');
    expect(s2.sim.state.containers[0]?.name).toBe(s.sim.state.containers[0]?.name); // same seed, same name
    expect(run(s, 'docker logs ' + s.sim.state.containers[0]!.name).text).toBe('hi\n');
  });

  test("run errors in the daemon's words", () => {
    const s = withAlpine();
    run(s, 'docker run -d --name web alpine:3.22 sleep 100');
    const id = s.sim.state.containers[0]!.id;
    expect(run(s, 'docker run --name web alpine:3.22')).toEqual({
      code: 125,
      text: `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information\n`,
    });
    expect(run(s, 'docker run foo')).toEqual({
      code: 125,
      text: "Unable to find image 'foo:latest' locally\ndocker: Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\nRun 'docker run --help' for more information\n",
    });
    expect(run(s, 'docker run --foo alpine')).toEqual({
      code: 125,
      text: "unknown flag: --foo\nSee 'docker run --help'.\n",
    });
    expect(run(s, 'docker run -z alpine').text).toBe("unknown shorthand flag: 'z' in -z\nSee 'docker run --help'.\n");
    expect(run(s, 'docker run -m 1m alpine:3.22').text).toContain('Minimum memory limit allowed is 6MB.');
    expect(run(s, 'docker run -m lots alpine:3.22').text).toContain('invalid argument "lots" for "-m, --memory" flag');
    expect(run(s, 'docker run --cpus 9 alpine:3.22').text).toContain('range of CPUs is from 0.01 to 4.00');
    expect(run(s, 'docker run --network nope alpine:3.22').text).toContain('network nope not found');
    expect(run(s, 'docker run --cap-add FOO alpine:3.22').text).toContain(
      'invalid CapAdd: unknown capability: "CAP_FOO"',
    );
    expect(run(s, 'docker run --security-opt bogus alpine:3.22').text).toContain('invalid --security-opt 1: "bogus"');
    expect(run(s, 'docker run alpine:3.22 nosuchprog')).toMatchObject({
      code: 127,
      text: expect.stringContaining('exec: "nosuchprog": executable file not found in $PATH'),
    });
    expect(run(s, 'docker run').code).toBe(1);
    expect(run(s, 'docker frobnicate')).toEqual({
      code: 1,
      text: "docker: unknown command: docker frobnicate\n\nRun 'docker --help' for more information\n",
    });
  });

  test('ps, stop (10 s grace, 137), start, rm, exec errors', () => {
    const s = withAlpine();
    run(s, 'docker run -d --name web alpine:3.22 sleep 1000');
    expect(run(s, 'docker ps').text).toMatch(
      /^CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES\n[0-9a-f]{12} +alpine:3\.22 +"sleep 1000" +Less than a second ago +Up Less than a second +web\n$/,
    );
    expect(run(s, 'docker ps -q').text).toMatch(/^[0-9a-f]{12}\n$/);
    expect(run(s, 'docker rm web')).toEqual({
      code: 1,
      text: 'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove\n',
    });
    const t0 = s.sim.state.clockMs;
    expect(run(s, 'docker stop web').text).toBe('web\n');
    expect(s.sim.state.clockMs - t0).toBe(10_000);
    expect(run(s, 'docker ps').text.split('\n')).toHaveLength(2);
    expect(run(s, 'docker ps -a').text).toContain('Exited (137) Less than a second ago');
    expect(run(s, 'docker exec web ls')).toEqual({
      code: 1,
      text: `Error response from daemon: container ${s.sim.state.containers[0]!.id} is not running\n`,
    });
    run(s, 'docker start web');
    expect(s.sim.state.containers[0]?.status).toBe('running');
    expect(run(s, 'docker exec web nosuch')).toMatchObject({ code: 127 });
    expect(run(s, 'docker exec nope ls')).toEqual({
      code: 1,
      text: 'Error response from daemon: No such container: nope\n',
    });
    expect(run(s, 'docker rm -f web').text).toBe('web\n');
    expect(s.sim.state.containers).toHaveLength(0);
    expect(run(s, 'docker rm web')).toEqual({ code: 1, text: 'Error response from daemon: No such container: web\n' });
  });

  test('--rm removes the container when PID 1 exits; sleep ends by itself in simulated time', () => {
    const s = withAlpine();
    run(s, 'docker run --rm alpine:3.22 true');
    expect(s.sim.state.containers).toHaveLength(0);
    run(s, 'docker run -d --name nap alpine:3.22 sleep 5');
    run(s, 'sleep 6');
    expect(run(s, 'docker ps -a').text).toContain('Exited (0)');
  });

  test('stats shows memory against the limit and CPU capped by --cpus', () => {
    const s = withAlpine();
    run(
      s,
      'docker run -d --name hog -m 512m --cpus 0.5 alpine:3.22 stress --cpu 2 --vm 1 --vm-bytes 256M --timeout 600s',
    );
    expect(run(s, 'docker stats --no-stream').text).toMatch(/hog +50\.00% +2\d\d\.\d+MiB \/ 512MiB +\d+\.\d+% .* 4\n$/);
    expect(run(s, 'free -m').text).toMatch(/Mem: +16384 +8\d\d /); // the host sees the 256 MiB too
  });

  test('exec -it into a running container nests a shell; exit returns', () => {
    const s = withAlpine();
    run(s, 'docker run -dit --name box alpine:3.22');
    run(s, 'docker exec -it box sh');
    expect(s.location().map((e) => e.kind)).toEqual(['host', 'container']);
    run(s, 'exit');
    expect(s.location().map((e) => e.kind)).toEqual(['host']);
  });
});
