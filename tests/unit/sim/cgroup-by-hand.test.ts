/**
 * cgroup v2 by hand, as Documentation/admin-guide/cgroup-v2.rst describes it: mkdir makes a cgroup with
 * its interface files, memory.max and pids.max are enforced on the processes moved in through
 * cgroup.procs (OOM kill counted in memory.events; fork refused with EAGAIN), rmdir of a populated
 * cgroup fails with EBUSY, and Docker's scopes are the same kind of cgroup, seen from the host.
 */
import { describe, expect, test } from 'vitest';
import { fresh, run, withAlpine } from './helpers';

/** A root shell whose own process is in /sys/fs/cgroup/demo, with the given limits written. */
function inDemo(limits: string[] = []) {
  const s = fresh();
  run(s, 'sudo mkdir /sys/fs/cgroup/demo');
  run(s, 'sudo -i');
  for (const l of limits) expect(run(s, l).code).toBe(0);
  expect(run(s, 'echo $$ > /sys/fs/cgroup/demo/cgroup.procs').code).toBe(0);
  return s;
}

describe('cgroup-v2.rst: creating a cgroup and its interface files', () => {
  test('mkdir as root makes a cgroup whose directory lists its interface files', () => {
    const s = fresh();
    expect(run(s, 'sudo mkdir /sys/fs/cgroup/demo').code).toBe(0);
    const ls = run(s, 'ls /sys/fs/cgroup/demo').text;
    for (const f of ['cgroup.procs', 'memory.max', 'memory.current', 'memory.events', 'pids.max', 'pids.current'])
      expect(ls).toContain(f);
    expect(run(s, 'cat /sys/fs/cgroup/demo/memory.max').text).toBe('max\n');
    expect(run(s, 'ls /sys/fs/cgroup').text).toContain('demo');
  });

  test('mkdir as a user is refused, and a write as a user too', () => {
    const s = fresh();
    expect(run(s, 'mkdir /sys/fs/cgroup/demo')).toEqual({
      text: "mkdir: cannot create directory '/sys/fs/cgroup/demo': Permission denied\n",
      code: 1,
    });
    run(s, 'sudo mkdir /sys/fs/cgroup/demo');
    expect(run(s, 'echo 50M > /sys/fs/cgroup/demo/memory.max')).toEqual({
      text: 'bash: /sys/fs/cgroup/demo/memory.max: Permission denied\n',
      code: 1,
    });
  });

  test('memory.max takes K/M/G suffixes and prints bytes; pids.max a count or max', () => {
    const s = inDemo(['echo 50M > /sys/fs/cgroup/demo/memory.max', 'echo 20 > /sys/fs/cgroup/demo/pids.max']);
    expect(run(s, 'cat /sys/fs/cgroup/demo/memory.max').text).toBe('52428800\n');
    expect(run(s, 'cat /sys/fs/cgroup/demo/pids.max').text).toBe('20\n');
    run(s, 'echo max > /sys/fs/cgroup/demo/pids.max');
    expect(run(s, 'cat /sys/fs/cgroup/demo/pids.max').text).toBe('max\n');
  });

  test('echo $$ > cgroup.procs moves the shell; its children start there', () => {
    const s = inDemo();
    const pid = run(s, 'echo $$').text.trim();
    expect(run(s, 'cat /sys/fs/cgroup/demo/cgroup.procs').text).toContain(`${pid}\n`);
    expect(run(s, 'cat /proc/self/cgroup').text).toBe('0::/demo\n');
    expect(run(s, 'echo 99999 > /sys/fs/cgroup/demo/cgroup.procs').text).toBe(
      'bash: echo: write error: No such process\n',
    );
    expect(run(s, 'echo lots > /sys/fs/cgroup/demo/memory.max').text).toBe(
      'bash: echo: write error: Invalid argument\n',
    );
    expect(run(s, 'cat /sys/fs/cgroup/demo/cgroup.procs').text).not.toContain('99999');
  });
});

describe('cgroup-v2.rst: memory.max is enforced by the OOM killer', () => {
  test('past memory.max the greedy process is Killed and oom_kill counts it', () => {
    const s = inDemo(['echo 50M > /sys/fs/cgroup/demo/memory.max']);
    expect(run(s, 'tail /dev/zero')).toEqual({ text: 'Killed\n', code: 137 });
    expect(run(s, 'cat /sys/fs/cgroup/demo/memory.events').text).toContain('oom_kill 1\n');
    expect(run(s, 'stress --vm 1 --vm-bytes 100M --timeout 1').text).toContain('got signal 9');
    expect(run(s, 'cat /sys/fs/cgroup/demo/memory.events').text).toContain('oom_kill 2\n');
  });

  test('within memory.max the same process runs to its end', () => {
    const s = inDemo(['echo 500M > /sys/fs/cgroup/demo/memory.max']);
    const r = run(s, 'stress --vm 1 --vm-bytes 100M --timeout 1');
    expect(r.code).toBe(0);
    expect(r.text).toContain('successful run completed');
    expect(run(s, 'cat /sys/fs/cgroup/demo/memory.events').text).toContain('oom_kill 0\n');
  });
});

describe('cgroup-v2.rst: pids.max refuses fork', () => {
  test('past pids.max fork fails with EAGAIN, within it processes start', () => {
    const s = inDemo(['echo 4 > /sys/fs/cgroup/demo/pids.max']);
    expect(run(s, 'sleep 100 &').code).toBe(0);
    expect(run(s, 'sleep 100 &').code).toBe(0);
    // The shell and two sleeps are 3; the fourth process (cat) fits, a fifth does not.
    expect(run(s, 'cat /sys/fs/cgroup/demo/pids.current').text).toBe('4\n');
    run(s, 'sleep 100 &');
    expect(run(s, 'ls')).toEqual({
      text: 'bash: fork: retry: Resource temporarily unavailable\nbash: fork: Resource temporarily unavailable\n',
      code: 254,
    });
  });
});

describe('cgroup-v2.rst: removing a cgroup', () => {
  test('rmdir of a populated cgroup fails with EBUSY; emptied, it goes', () => {
    const s = inDemo();
    expect(run(s, 'rmdir /sys/fs/cgroup/demo')).toEqual({
      text: "rmdir: failed to remove '/sys/fs/cgroup/demo': Device or resource busy\n",
      code: 1,
    });
    run(s, 'echo $$ > /sys/fs/cgroup/cgroup.procs');
    expect(run(s, 'rmdir /sys/fs/cgroup/demo').code).toBe(0);
    expect(run(s, 'ls /sys/fs/cgroup/demo').code).toBe(2);
  });
});

describe("Docker's cgroups from the host (systemd driver: system.slice/docker-<id>.scope)", () => {
  test('the scope is enterable and shows the limits of docker run', () => {
    const s = withAlpine();
    run(s, 'docker run -d --name box -m 64m --pids-limit 10 alpine:3.22 sleep 1000');
    const id = run(s, "docker inspect -f '{{.Id}}' box").text.trim();
    expect(run(s, `cd /sys/fs/cgroup/system.slice/docker-${id}.scope`).code).toBe(0);
    expect(run(s, 'cat memory.max pids.max').text).toBe('67108864\n10\n');
    const hostPid = run(s, "docker inspect -f '{{.State.Pid}}' box").text.trim();
    expect(run(s, 'cat cgroup.procs').text).toBe(`${hostPid}\n`);
  });
});
