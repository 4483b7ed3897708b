// The goal checks added for modules 3–5 (process, cgroup, host-file, netns, network, volume, and the new container
// and image fields), each met and not met with the reason the learner reads; states are built with real commands.
import { describe, expect, test } from 'vitest';
import { GoalCheckSchema } from '../../../src/schemas/scenario';
import type { ScenarioRun } from '../../../src/engines/sim/index';
import { lab as labWith, typer, verdict } from './goal-helpers';
import { parseWithProblems } from '../../../src/course/zod-problems';
import { formatProblem } from '../../../src/course/problem';

/** A lab session with `images` cached. */
const lab = (images: string[] = ['alpine:3.22']): ScenarioRun => labWith(images, [], 5);
const type = typer(/not found|not simulated|Error/);

const met = { met: true };
const no = (detail: string) => ({ met: false, detail });

/** Root's shell, a cgroup /lab with limits, and this shell moved into it. */
function labCgroup(): ScenarioRun {
  const run = lab();
  type(
    run,
    'sudo mkdir /sys/fs/cgroup/lab',
    'sudo -i',
    'echo 64M > /sys/fs/cgroup/lab/memory.max',
    'echo 20 > /sys/fs/cgroup/lab/pids.max',
  );
  return run;
}

describe('process: a live host process, its namespaces against PID 1, its cgroup', () => {
  const check = { type: 'process', command: 'sleep', newNamespaces: ['pid', 'uts', 'mnt', 'net'], cgroup: '/lab' };

  test('met by a sleep started in new namespaces from a shell in /lab', () => {
    const run = labCgroup();
    type(run, 'echo $$ > /sys/fs/cgroup/lab/cgroup.procs', 'unshare --pid --fork --mount-proc --uts --net bash');
    expect(verdict(run, check)).toEqual(no('no sleep process is running on the host'));
    type(run, 'sleep 1000 &');
    expect(verdict(run, check)).toEqual(met);
    expect(verdict(run, { ...check, newNamespaces: ['ipc'] })).toMatchObject(no(expect.stringMatching(/^sleep \(PID \d+\) shares the host's ipc namespace$/))); // prettier-ignore
  });

  test('not met: the host namespaces it shares, then the cgroup it is in', () => {
    const run = labCgroup();
    type(run, 'unshare --uts bash', 'sleep 1000 &');
    const shared = verdict(run, check);
    expect(shared.detail).toMatch(/^sleep \(PID \d+\) shares the host's pid, mnt, net namespaces$/);
    expect(verdict(run, { type: 'process', command: 'sleep', newNamespaces: ['uts'] })).toEqual(met);
    const cg = verdict(run, { type: 'process', command: 'sleep', cgroup: '/lab' });
    expect(cg.detail).toMatch(/^sleep \(PID \d+\) is in cgroup \/user\.slice\//);
  });

  test('a sleep whose time is up no longer counts', () => {
    const run = lab();
    type(run, 'sleep 2 &');
    expect(verdict(run, { type: 'process', command: 'sleep' })).toEqual(met);
    run.session.sim.state.clockMs += 2000;
    expect(verdict(run, { type: 'process', command: 'sleep' })).toEqual(no('no sleep process is running on the host'));
  });
});

describe('cgroup: exists, memory.max, pids.max, memory.events oom_kill', () => {
  test('limits as the interface files read', () => {
    expect(verdict(lab(), { type: 'cgroup', path: '/lab' })).toEqual(no('no cgroup /sys/fs/cgroup/lab'));
    const run = labCgroup();
    expect(verdict(run, { type: 'cgroup', path: '/lab', memoryMax: '64m', pidsMax: 20 })).toEqual(met);
    expect(verdict(run, { type: 'cgroup', path: '/lab', memoryMax: '128m' })).toEqual(no('/lab memory.max is 67108864')); // prettier-ignore
    expect(verdict(run, { type: 'cgroup', path: '/lab', pidsMax: 10 })).toEqual(no('/lab pids.max is 20'));
    type(run, 'echo max > /sys/fs/cgroup/lab/pids.max');
    expect(verdict(run, { type: 'cgroup', path: '/lab', pidsMax: 20 })).toEqual(no('/lab pids.max is max'));
  });

  test('oomKilled once the OOM killer struck inside it', () => {
    const run = labCgroup();
    expect(verdict(run, { type: 'cgroup', path: '/lab', oomKilled: true })).toEqual(no('/lab memory.events oom_kill is 0')); // prettier-ignore
    expect(verdict(run, { type: 'cgroup', path: '/lab', oomKilled: false })).toEqual(met);
    run.session.execute('echo $$ > /sys/fs/cgroup/lab/cgroup.procs');
    expect(run.session.execute('tail /dev/zero').exitCode).toBe(137);
    expect(verdict(run, { type: 'cgroup', path: '/lab', oomKilled: true })).toEqual(met);
    expect(verdict(run, { type: 'cgroup', path: '/lab', oomKilled: false })).toEqual(no('/lab memory.events oom_kill is 1')); // prettier-ignore
  });
});

describe('host-file: what root’s cat reads on the host', () => {
  test('a written file, generated files, and absence', () => {
    const run = lab();
    expect(verdict(run, { type: 'host-file', path: '/tmp/note' })).toEqual(no('no file /tmp/note on the host'));
    expect(verdict(run, { type: 'host-file', path: '/tmp/note', present: false })).toEqual(met);
    type(run, 'echo hello > /tmp/note');
    expect(verdict(run, { type: 'host-file', path: '/tmp/note', contains: 'hell' })).toEqual(met);
    expect(verdict(run, { type: 'host-file', path: '/tmp/note', contains: 'bye' })).toEqual(
      no('/tmp/note lacks "bye"'),
    );
    expect(verdict(run, { type: 'host-file', path: '/tmp/note', present: false })).toEqual(
      no('/tmp/note still exists'),
    );
    expect(verdict(run, { type: 'host-file', path: '/etc/hostname', contains: 'host' })).toEqual(met);
    expect(verdict(run, { type: 'host-file', path: '/tmp' })).toEqual(no('/tmp is a directory'));
  });

  test('a container’s files are not the host’s', () => {
    const run = lab();
    type(run, "docker run --name c alpine:3.22 sh -c 'echo x > /tmp/inside'");
    expect(verdict(run, { type: 'host-file', path: '/tmp/inside' })).toEqual(no('no file /tmp/inside on the host'));
  });
});

describe('netns, network, volume', () => {
  test('netns: ip netns add and delete', () => {
    const run = lab();
    expect(verdict(run, { type: 'netns', name: 'red' })).toEqual(no('no network namespace named red'));
    type(run, 'sudo ip netns add red');
    expect(verdict(run, { type: 'netns', name: 'red' })).toEqual(met);
    expect(verdict(run, { type: 'netns', name: 'red', present: false })).toEqual(no('network namespace red still exists')); // prettier-ignore
    type(run, 'sudo ip netns delete red');
    expect(verdict(run, { type: 'netns', name: 'red', present: false })).toEqual(met);
  });

  test('network: exists, and each container attached to it', () => {
    const run = lab();
    const check = { type: 'network', name: 'appnet', containers: ['web', 'db'] };
    expect(verdict(run, check)).toEqual(no('no network named appnet'));
    type(run, 'docker network create appnet', 'docker run -d --name web --network appnet alpine:3.22 sleep 100');
    expect(verdict(run, check)).toEqual(no('no container named db'));
    type(run, 'docker run -d --name db alpine:3.22 sleep 100');
    expect(verdict(run, check)).toEqual(no('db is not attached to appnet'));
    type(run, 'docker network connect appnet db');
    expect(verdict(run, check)).toEqual(met);
    expect(verdict(run, { type: 'network', name: 'appnet' })).toEqual(met);
  });

  test('volume: created, then removed', () => {
    const run = lab();
    expect(verdict(run, { type: 'volume', name: 'pgdata' })).toEqual(no('no volume named pgdata'));
    type(run, 'docker volume create pgdata');
    expect(verdict(run, { type: 'volume', name: 'pgdata' })).toEqual(met);
    expect(verdict(run, { type: 'volume', name: 'pgdata', present: false })).toEqual(no('volume pgdata still exists'));
    type(run, 'docker volume rm pgdata');
    expect(verdict(run, { type: 'volume', name: 'pgdata', present: false })).toEqual(met);
  });
});

describe('container: the new fields (published, user, noNewPrivileges, capAdded, networks, mounts, init, dockerSocket)', () => {
  /** hard: every option; plain: none of them. */
  function two(): ScenarioRun {
    const run = lab(['alpine:3.22']);
    type(
      run,
      'docker network create appnet',
      'docker volume create pgdata',
      'docker run -d --name hard -p 8080:80 --user 1000 --security-opt no-new-privileges --cap-add NET_ADMIN --network appnet -v pgdata:/data --init -v /var/run/docker.sock:/var/run/docker.sock alpine:3.22 sleep 1000',
      'docker run -d --name plain alpine:3.22 sleep 1000',
    );
    return run;
  }
  const c = (name: string, fields: object) => ({ type: 'container', name, ...fields });

  test('each field met by the container run with it', () => {
    const run = two();
    expect(
      verdict(
        run,
        c('hard', {
          published: ['8080:80'],
          user: '1000',
          noNewPrivileges: true,
          capAdded: ['NET_ADMIN'],
          networks: ['appnet'],
          mounts: [{ type: 'volume', source: 'pgdata', target: '/data' }],
          init: true,
          dockerSocket: true,
        }),
      ),
    ).toEqual(met);
    expect(verdict(run, c('hard', { capAdded: ['cap_net_admin'], published: ['8080:80/tcp'] }))).toEqual(met);
    expect(verdict(run, c('plain', { noNewPrivileges: false, init: false, dockerSocket: false, networks: ['bridge'] }))).toEqual(met); // prettier-ignore
  });

  test('each field not met, with its reason', () => {
    const run = two();
    expect(verdict(run, c('plain', { published: ['8080:80'] }))).toEqual(no('plain does not publish 80/tcp on host port 8080')); // prettier-ignore
    expect(verdict(run, c('hard', { published: ['8081:80'] }))).toEqual(no('hard does not publish 80/tcp on host port 8081')); // prettier-ignore
    expect(verdict(run, c('plain', { user: '1000' }))).toEqual(no('plain runs as root (no user set)'));
    expect(verdict(run, c('hard', { user: '0' }))).toEqual(no('hard runs as 1000'));
    expect(verdict(run, c('plain', { noNewPrivileges: true }))).toEqual(no('plain has no-new-privileges unset'));
    expect(verdict(run, c('hard', { noNewPrivileges: false }))).toEqual(no('hard has no-new-privileges set'));
    expect(verdict(run, c('plain', { capAdded: ['NET_ADMIN', 'SYS_TIME'] }))).toEqual(no('plain was not given NET_ADMIN, SYS_TIME')); // prettier-ignore
    expect(verdict(run, c('plain', { networks: ['appnet'] }))).toEqual(no('plain is not on appnet'));
    expect(verdict(run, c('plain', { mounts: [{ type: 'volume', source: 'pgdata', target: '/data' }] }))).toEqual(no('plain has no volume mount of pgdata at /data')); // prettier-ignore
    expect(verdict(run, c('hard', { mounts: [{ type: 'bind', target: '/data' }] }))).toEqual(no('hard has no bind mount at /data')); // prettier-ignore
    expect(verdict(run, c('plain', { init: true }))).toEqual(no('plain was run without --init'));
    expect(verdict(run, c('hard', { init: false }))).toEqual(no('hard was run with --init'));
    expect(verdict(run, c('plain', { dockerSocket: true }))).toEqual(no("plain does not have the host's docker.sock mounted")); // prettier-ignore
    expect(verdict(run, c('hard', { dockerSocket: false }))).toEqual(no("hard has the host's docker.sock mounted"));
  });

  test('user: the image’s USER counts when --user is not given', () => {
    const run = lab([]);
    type(
      run,
      'cd app',
      "printf 'FROM alpine:3.22\\nRUN adduser -D app\\nUSER app\\n' > Dockerfile",
      'docker build -t u:1 .',
    );
    type(run, 'docker run -d --name u u:1 sleep 100');
    expect(verdict(run, c('u', { user: 'app' }))).toEqual(met);
    expect(verdict(run, c('u', { user: 'root' }))).toEqual(no('u runs as app'));
  });
});

describe('--init in the model: docker-init is PID 1 and passes SIGTERM on', () => {
  test('ps shows tini as PID 1 with the command as its child; docker stop ends it at once with 143', () => {
    const run = lab();
    type(run, 'docker run -d --init --name t alpine:3.22 sleep 1000', 'docker run -d --name n alpine:3.22 sleep 1000');
    const ps = run.session.execute('docker exec t ps').output.map((o) => o.text).join(''); // prettier-ignore
    expect(ps).toMatch(
      /^PID +USER +TIME +COMMAND\n +1 root +0:00 \/sbin\/docker-init -- sleep 1000\n +7 root +0:00 sleep 1000\n/,
    );
    const before = run.session.sim.state.clockMs;
    type(run, 'docker stop t', 'docker stop n');
    const t = run.session.sim.state.containers.find((x) => x.name === 't')!;
    const n = run.session.sim.state.containers.find((x) => x.name === 'n')!;
    expect([t.exitCode, n.exitCode]).toEqual([143, 137]);
    // Only the container without an init waited out the 10 s grace period.
    expect(run.session.sim.state.clockMs - before).toBe(10_000);
    const inspect = run.session.execute('docker inspect -f "{{.HostConfig.Init}}" t').output.map((o) => o.text).join(''); // prettier-ignore
    expect(inspect).toBe('true\n');
  });
});

describe('image: built, user, cmd, layers', () => {
  test('a pulled image against one built here', () => {
    const run = lab(['alpine:3.22']);
    type(
      run,
      'cd app',
      'printf \'FROM alpine:3.22\\nRUN adduser -D app\\nUSER app\\nCMD ["sleep", "100"]\\n\' > Dockerfile',
      'docker build -t mine:1 .',
    );
    expect(verdict(run, { type: 'image', ref: 'mine:1', built: true, user: 'app', cmd: ['sleep', '100'], layers: 2 })).toEqual(met); // prettier-ignore
    expect(verdict(run, { type: 'image', ref: 'alpine:3.22', built: true })).toEqual(no('alpine:3.22 was pulled, not built here')); // prettier-ignore
    expect(verdict(run, { type: 'image', ref: 'mine:1', built: false })).toEqual(no('mine:1 was built here'));
    expect(verdict(run, { type: 'image', ref: 'alpine:3.22', user: 'app' })).toEqual(no('alpine:3.22 runs as root (no USER)')); // prettier-ignore
    expect(verdict(run, { type: 'image', ref: 'mine:1', user: 'root' })).toEqual(no('mine:1 runs as user app'));
    expect(verdict(run, { type: 'image', ref: 'mine:1', cmd: ['sleep'] })).toEqual(
      no('mine:1 has CMD ["sleep","100"]'),
    );
    expect(verdict(run, { type: 'image', ref: 'alpine:3.22', layers: 2 })).toEqual(no('alpine:3.22 has 1 layer'));
    expect(verdict(run, { type: 'image', ref: 'mine:1', layers: 5 })).toEqual(no('mine:1 has 2 layers'));
  });
});

describe('authors get the field, what was expected and what was found', () => {
  const problems = (check: unknown) => {
    const r = parseWithProblems(GoalCheckSchema, check, 'lessons/labs/x.yaml');
    return r.problems.map(formatProblem);
  };
  test('bad values and cross-field mistakes', () => {
    expect(problems({ type: 'process', command: 'sleep', newNamespaces: ['pidd'] })).toMatchInlineSnapshot(`
      [
        "lessons/labs/x.yaml › newNamespaces.0: expected one of "cgroup", "ipc", "mnt", "net", "pid", "time", "user", "uts", found "pidd".",
      ]
    `);
    expect(problems({ type: 'cgroup', path: 'lab', memoryMax: 'lots' })).toMatchInlineSnapshot(`
      [
        "lessons/labs/x.yaml › path: expected a cgroup path relative to /sys/fs/cgroup, starting with "/", such as "/lab", found "lab".",
        "lessons/labs/x.yaml › memoryMax: expected a size such as "64m" or "1g", found "lots".",
      ]
    `);
    expect(problems({ type: 'host-file', path: '/x', present: false, contains: 'y' })).toMatchInlineSnapshot(`
      [
        "lessons/labs/x.yaml › contains: expected \`contains\` only with \`present: true\` (an absent file contains nothing), found "y".",
      ]
    `);
    expect(problems({ type: 'container', published: ['8080'], mounts: [{ type: 'volume', target: 'data' }] })).toMatchInlineSnapshot(`
      [
        "lessons/labs/x.yaml › published.0: expected hostPort:containerPort such as "8080:80", found "8080".",
        "lessons/labs/x.yaml › mounts.0.target: expected the absolute path in the container, such as "/data", found "data".",
      ]
    `); // prettier-ignore
    expect(problems({ type: 'image', ref: 'a', present: false, layers: 2 })).toMatchInlineSnapshot(`
      [
        "lessons/labs/x.yaml › present: expected no built, user, cmd or layers with \`present: false\` (an absent image has none), found false.",
      ]
    `);
    expect(problems({ type: 'network', name: 'app net', contaners: ['a'] })).toMatchInlineSnapshot(`
      [
        "lessons/labs/x.yaml › name: expected a Docker name such as "appnet" (letters, digits, _ . -), found "app net".",
        "lessons/labs/x.yaml: expected only known fields, found unknown field "contaners". Hint: check the spelling against the README’s “Writing a lesson” section.",
      ]
    `);
    expect(problems({ type: 'volumes', name: 'v' })).toMatchInlineSnapshot(`
      [
        "lessons/labs/x.yaml › type: expected one of the allowed shapes, found "volumes".",
      ]
    `);
  });
});
