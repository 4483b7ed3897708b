// Every limit the model enforces, hit and not hit. Sources: Docker docs "Resource constraints"
// (https://docs.docker.com/engine/containers/resource_constraints/), docker run / docker stop reference,
// the kernel's cgroup v2 documentation (memory.max, memory.events, pids.max), stress(1).
import { describe, expect, test } from 'vitest';
import { run, withAlpine } from './helpers';

const EAGAIN = "sh: can't fork: Resource temporarily unavailable\n";
const EXEC_REFUSED =
  'OCI runtime exec failed: exec failed: unable to start container process: error executing setns process: exit status 1: unknown\n';
const inspect = (what: string, name: string) => `docker inspect -f '{{${what}}}' ${name}`;

describe('memory.max and the OOM killer (cgroup v2 memory controller; docker run -m)', () => {
  test('under the limit: the allocation succeeds and no OOM is recorded', () => {
    const s = withAlpine();
    run(s, 'docker run -it --name box -m 64m alpine:3.22 sh');
    const r = run(s, 'stress --vm 1 --vm-bytes 32M --timeout 2s');
    expect(r).toEqual({
      text: expect.stringMatching(/dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n.*successful run completed in 2s\n$/),
      code: 0,
    });
    expect(run(s, 'cat /sys/fs/cgroup/memory.events').text).toContain('oom_kill 0\n');
    run(s, 'exit');
    expect(run(s, inspect('.State.OOMKilled', 'box')).text).toBe('false\n');
  });

  test('over the limit: the worker gets SIGKILL, memory.events counts it, OOMKilled turns true, PID 1 survives', () => {
    const s = withAlpine();
    run(s, 'docker run -it --name box -m 64m alpine:3.22 sh');
    const r = run(s, 'stress --vm 1 --vm-bytes 128M');
    expect(r.code).toBe(1);
    expect(r.text).toMatch(
      /<-- worker \d+ got signal 9\n.*now reaping child worker processes\n.*failed run completed/s,
    );
    expect(run(s, 'cat /sys/fs/cgroup/memory.events').text).toMatch(/^low 0\nhigh 0\nmax 2747\noom 1\noom_kill 1\n/);
    expect(s.prompt()).toBe('/ # '); // still in the container: only the worker died
    run(s, 'exit');
    expect(run(s, inspect('.State.OOMKilled', 'box')).text).toBe('true\n');
  });

  test('the limit is for the whole cgroup: two workers that fit alone do not fit together', () => {
    const s = withAlpine();
    run(s, 'docker run -it -m 64m alpine:3.22 sh');
    expect(run(s, 'stress --vm 1 --vm-bytes 40M --timeout 1s').code).toBe(0);
    expect(run(s, 'stress --vm 2 --vm-bytes 40M --timeout 1s').text).toContain('got signal 9');
  });

  test("what a container writes to its layer counts in memory.current (page cache is charged to the writer's cgroup)", () => {
    const s = withAlpine();
    run(s, 'docker run -it -m 64m alpine:3.22 sh');
    const before = Number(run(s, 'cat /sys/fs/cgroup/memory.current').text);
    run(s, 'echo 0123456789 > /root/f');
    expect(Number(run(s, 'cat /sys/fs/cgroup/memory.current').text)).toBe(before + 11);
  });

  test('without -m the same 128M fits (the host has 16 GiB) and nothing is OOM-killed', () => {
    const s = withAlpine();
    run(s, 'docker run -it --name box alpine:3.22 sh');
    expect(run(s, 'cat /sys/fs/cgroup/memory.max').text).toBe('max\n');
    expect(run(s, 'stress --vm 1 --vm-bytes 128M --timeout 1s').code).toBe(0);
    run(s, 'exit');
    expect(run(s, inspect('.State.OOMKilled', 'box')).text).toBe('false\n');
  });

  test('a memory hog as PID 1: the container exits 137 with OOMKilled true; a shell PID 1 keeps running', () => {
    const s = withAlpine();
    expect(run(s, 'docker run -m 64m --name hog alpine:3.22 tail /dev/zero').code).toBe(137);
    expect(run(s, inspect('.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled', 'hog')).text).toBe(
      'exited 137 true\n',
    );
    run(s, 'docker run -dit -m 64m --name sh1 alpine:3.22 sh');
    expect(run(s, 'docker exec sh1 tail /dev/zero').code).toBe(137);
    expect(run(s, inspect('.State.Status}} {{.State.OOMKilled', 'sh1')).text).toBe('running true\n');
  });

  test('on the host the limit is the machine: 1G fits, 20G is killed by the global OOM killer', () => {
    const s = withAlpine();
    expect(run(s, 'stress --vm 1 --vm-bytes 1G --timeout 1s')).toEqual({
      text: expect.stringContaining('successful run completed in 1s'),
      code: 0,
    });
    expect(run(s, 'stress --vm 1 --vm-bytes 20G').text).toContain('got signal 9');
    expect(s.sim.state.containers).toEqual([]);
  });

  test('on the host the kernel keeps a reserve: what free calls available, less 64 MiB, is what a process can take', () => {
    const s = withAlpine();
    const available = Number(/^Mem:(?:\s+\d+){5}\s+(\d+)$/m.exec(run(s, 'free -b').text)?.[1]);
    expect(available).toBeGreaterThan(15 * 1024 ** 3);
    const MiB = 1024 * 1024;
    expect(run(s, `stress --vm 1 --vm-bytes ${available - 128 * MiB} --timeout 1s`).code).toBe(0);
    expect(run(s, `stress --vm 1 --vm-bytes ${available - 32 * MiB} --timeout 1s`).text).toContain('got signal 9');
  });

  test('stress names the killed worker by its PID in the container (sh is 1, stress 2, the worker 3)', () => {
    const s = withAlpine();
    run(s, 'docker run -it -m 64m alpine:3.22 sh');
    expect(run(s, 'stress --vm 1 --vm-bytes 128M').text).toBe(
      'stress: info: [2] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n' +
        'stress: FAIL: [2] (425) <-- worker 3 got signal 9\n' +
        'stress: WARN: [2] (427) now reaping child worker processes\n' +
        'stress: FAIL: [2] (461) failed run completed in 0s\n',
    );
  });

  test('background stress workers are processes named stress, in the container and on the host', () => {
    const s = withAlpine();
    run(s, 'stress --vm 1 --vm-bytes 1M --timeout 60s &');
    expect(run(s, 'ps -e').text.match(/ stress\n/g)).toHaveLength(2);
    run(s, 'docker run -it alpine:3.22 sh');
    expect(run(s, 'stress --vm 1 --vm-bytes 1M --timeout 60s &').text).toMatch(/^stress: info: \[2\] /);
    expect(run(s, 'cat /proc/2/comm').text).toBe('stress\n');
    expect(run(s, 'cat /proc/3/comm').text).toBe('stress\n');
  });

  test('docker run -m: at least 6 MB, and a size docker can parse', () => {
    const s = withAlpine();
    expect(run(s, 'docker run -m 4m alpine:3.22 true')).toEqual({
      text: expect.stringContaining('Error response from daemon: Minimum memory limit allowed is 6MB.'),
      code: 125,
    });
    expect(run(s, 'docker run -m 6m --name six alpine:3.22 true').code).toBe(0);
    expect(run(s, inspect('.HostConfig.Memory', 'six')).text).toBe(`${6 * 1024 * 1024}\n`);
    expect(run(s, 'docker run -m abc alpine:3.22 true')).toEqual({
      text: `invalid argument "abc" for "-m, --memory" flag: invalid size: 'abc'\nSee 'docker run --help'.\n`,
      code: 125,
    });
  });
});

describe('pids.max (cgroup v2 pids controller; docker run --pids-limit)', () => {
  test('a shell forks until the count reaches the limit, exactly', () => {
    const s = withAlpine();
    run(s, 'docker run -it --pids-limit 3 alpine:3.22 sh');
    expect(run(s, 'ls /').code).toBe(0); // sh + ls = 2
    expect(run(s, 'sleep 100 &').code).toBe(0); // sh + sleep = 2
    expect(run(s, 'cat /sys/fs/cgroup/pids.max').text).toBe('3\n'); // sh + sleep + cat = 3: allowed
    expect(run(s, 'sleep 100 &').code).toBe(0); // 3 now
    expect(run(s, 'ls /')).toEqual({ text: EAGAIN, code: 254 });
    expect(run(s, 'echo builtins need no fork').text).toBe('builtins need no fork\n');
  });

  test('docker exec joins the cgroup, so it is refused once pids.max is reached', () => {
    const s = withAlpine();
    run(s, 'docker run -d --pids-limit 2 --name p alpine:3.22 sleep 1000');
    expect(run(s, 'docker exec p echo in')).toEqual({ text: 'in\n', code: 0 });
    expect(run(s, 'docker exec -d p sleep 500')).toEqual({ text: '', code: 0 });
    expect(run(s, 'docker exec p echo in')).toEqual({ text: EXEC_REFUSED, code: 126 });
  });

  test('stress workers are forks too: one fits under --pids-limit 3, two do not', () => {
    const s = withAlpine();
    run(s, 'docker run -it --pids-limit 3 alpine:3.22 sh');
    expect(run(s, 'stress --vm 1 --vm-bytes 1M --timeout 1s').code).toBe(0);
    expect(run(s, 'stress --vm 2 --vm-bytes 1M --timeout 1s')).toEqual({
      text: expect.stringMatching(/\(426\) fork failed: Resource temporarily unavailable\n$/),
      code: 1,
    });
    expect(run(s, 'stress --cpu 1 --vm 1 --vm-bytes 1M --timeout 1s').code).toBe(1);
    // The failed run reaped the workers it had: the cgroup is back to the shell alone.
    expect(run(s, 'ls /').code).toBe(0);
  });

  test('without a limit (or --pids-limit -1 / 0) forks are not refused and pids.max reads max', () => {
    for (const flag of ['', '--pids-limit -1', '--pids-limit 0']) {
      const s = withAlpine();
      run(s, `docker run -it ${flag} alpine:3.22 sh`);
      expect(run(s, 'cat /sys/fs/cgroup/pids.max').text).toBe('max\n');
      for (let i = 0; i < 5; i++) run(s, 'sleep 100 &');
      expect(run(s, 'ls /').code).toBe(0);
      expect(run(s, 'stress --vm 4 --vm-bytes 1M --timeout 1s').code).toBe(0);
    }
  });

  test('docker run --pids-limit takes an integer', () => {
    const s = withAlpine();
    expect(run(s, 'docker run --pids-limit 2.5 alpine:3.22 true')).toEqual({
      text: `invalid argument "2.5" for "--pids-limit" flag: strconv.ParseInt: parsing "2.5": invalid syntax\nSee 'docker run --help'.\n`,
      code: 125,
    });
    run(s, 'docker run -d --pids-limit 7 --name p alpine:3.22 sleep 100');
    expect(run(s, inspect('.HostConfig.PidsLimit', 'p')).text).toBe('7\n');
  });
});

describe('cpu.max (docker run --cpus)', () => {
  test('--cpus sets the quota, and docker stats shows busy workers capped by it', () => {
    const s = withAlpine();
    run(s, 'docker run -d --name q --cpus 1 alpine:3.22 sleep 1000');
    run(s, 'docker run -d --name r alpine:3.22 sleep 1000');
    expect(run(s, 'docker exec q cat /sys/fs/cgroup/cpu.max').text).toBe('100000 100000\n');
    expect(run(s, 'docker exec r cat /sys/fs/cgroup/cpu.max').text).toBe('max 100000\n');
    run(s, 'docker exec -d q stress --cpu 4 --timeout 60s');
    run(s, 'docker exec -d r stress --cpu 2 --timeout 60s');
    expect(run(s, 'docker stats --no-stream q').text).toMatch(/ q +100\.00% /);
    expect(run(s, 'docker stats --no-stream r').text).toMatch(/ r +200\.00% /);
  });

  test('--cpus: a positive number up to the host CPU count', () => {
    const s = withAlpine();
    expect(run(s, 'docker run --cpus 5 alpine:3.22 true')).toEqual({
      text: expect.stringContaining(
        'Error response from daemon: range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available',
      ),
      code: 125,
    });
    expect(run(s, 'docker run --cpus x alpine:3.22 true').text).toContain(
      'invalid argument "x" for "--cpus" flag: failed to parse x as a rational number',
    );
    expect(run(s, 'docker run --cpus -1 alpine:3.22 true').code).toBe(125);
    expect(run(s, 'docker run -d --cpus 4 --name four alpine:3.22 sleep 1').code).toBe(0);
    expect(run(s, inspect('.HostConfig.NanoCpus', 'four')).text).toBe('4000000000\n');
  });
});

describe('docker stop: SIGTERM, then SIGKILL after the grace period (default 10 s; docker stop reference)', () => {
  /** Runs `line` and returns how much simulated time it took, and the container's exit code. */
  function timed(line: string, setup = 'docker run -d --name a alpine:3.22 sleep 100') {
    const s = withAlpine();
    run(s, setup);
    const t0 = s.sim.state.clockMs;
    const r = run(s, line);
    const exit = run(s, inspect('.State.Status}} {{.State.ExitCode', 'a')).text;
    return { ...r, ms: s.sim.state.clockMs - t0, exit };
  }

  test('a PID 1 that ignores SIGTERM is killed after 10 s, or after -t seconds', () => {
    expect(timed('docker stop a')).toEqual({ text: 'a\n', code: 0, ms: 10_000, exit: 'exited 137\n' });
    expect(timed('docker stop -t 3 a')).toMatchObject({ ms: 3000, exit: 'exited 137\n' });
    expect(timed('docker stop --time=1 a')).toMatchObject({ ms: 1000, exit: 'exited 137\n' });
  });

  test('no grace period with -t 0 or -s KILL', () => {
    expect(timed('docker stop -t 0 a')).toEqual({ text: 'a\n', code: 0, ms: 0, exit: 'exited 137\n' });
    expect(timed('docker stop -s KILL a')).toEqual({ text: 'a\n', code: 0, ms: 0, exit: 'exited 137\n' });
  });

  test('a stopped container is not waited for again', () => {
    expect(timed('docker stop a', 'docker run --name a alpine:3.22 true')).toEqual({
      text: 'a\n',
      code: 0,
      ms: 0,
      exit: 'exited 0\n',
    });
  });

  test('usage errors: no container, an unknown flag, a bad signal, a negative timeout', () => {
    expect(timed('docker stop')).toMatchObject({
      text: expect.stringContaining(
        "docker: 'docker stop' requires at least 1 argument\n\nUsage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n",
      ),
      code: 1,
      exit: 'running 0\n',
    });
    expect(timed('docker stop --bogus a')).toMatchObject({
      text: "unknown flag: --bogus\nSee 'docker stop --help'.\n",
      code: 125,
      exit: 'running 0\n',
    });
    expect(timed('docker stop -s BOGUS a')).toMatchObject({
      text: 'Error response from daemon: Invalid signal: BOGUS\n',
      code: 1,
      ms: 0,
      exit: 'running 0\n',
    });
    expect(timed('docker stop -t -1 a')).toMatchObject({ code: 126, ms: 0, exit: 'running 0\n' });
    expect(timed('docker stop -s HUP a').text).toContain('docker stop -s HUP: not simulated');
    expect(timed('docker stop -t -1 a').text).toContain('docker stop -t -1 (waiting forever): not simulated');
  });

  test('-t must be an integer', () => {
    expect(timed('docker stop -t soon a')).toEqual({
      text: `invalid argument "soon" for "-t, --timeout" flag: strconv.ParseInt: parsing "soon": invalid syntax\nSee 'docker stop --help'.\n`,
      code: 125,
      ms: 0,
      exit: 'running 0\n',
    });
  });
});

describe('a forked program on the host and in a guest, as ps shows it (ps(1): VSZ is never below RSS)', () => {
  /** The ps aux line of the first process whose command is `cmd`: [user, pid, vsz, rss, tty, command]. */
  function psAux(s: ReturnType<typeof withAlpine>, cmd: string): string[] {
    const line = run(s, 'ps aux')
      .text.split('\n')
      .find((l) => l.endsWith(` ${cmd}`));
    const f = (line ?? '').split(/\s+/);
    return [f[0]!, f[1]!, f[4]!, f[5]!, f[6]!, f.slice(10).join(' ')];
  }

  test('on the host: the learner runs it on their terminal, with its arguments', () => {
    const s = withAlpine();
    expect(run(s, 'sleep 200 &').text).toMatch(/^\[1\] \d+\n$/);
    expect(run(s, 'ps -ef').text).toMatch(/^learner +\d+ +\d+ +0 \d\d:\d\d pts\/0 +00:00:00 sleep 200$/m);
    const [user, , vsz, rss, tty, command] = psAux(s, 'sleep 200');
    expect([user, tty, command]).toEqual(['learner', 'pts/0', 'sleep 200']);
    expect(Number(vsz)).toBeGreaterThan(Number(rss));
  });

  test("in a guest: on the serial console's terminal, with the guest's own PID", () => {
    const s = withAlpine();
    for (const line of ['virsh start web-vm', 'sleep 60', 'virsh console web-vm', 'root', 'isolationlab']) run(s, line);
    const pid = /^\[1\] (\d+)\n$/.exec(run(s, 'sleep 100 &').text)?.[1];
    expect(Number(pid)).toBeGreaterThan(900);
    expect(run(s, 'ps').text).toMatch(new RegExp(`^ +${pid} ttyS0 +00:00:00 sleep$`, 'm'));
    const [user, psPid, vsz, rss, tty, command] = psAux(s, 'sleep 100');
    expect([user, psPid, tty, command]).toEqual(['root', pid, 'ttyS0', 'sleep 100']);
    expect(Number(vsz)).toBeGreaterThan(Number(rss));
  });
});
