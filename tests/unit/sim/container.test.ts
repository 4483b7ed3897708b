import { describe, expect, test } from 'vitest';
import { run, withAlpine } from './helpers';

describe('inside a container', () => {
  test('shares the host kernel, has its own hostname, PID 1, os-release and cgroup', () => {
    const s = withAlpine();
    run(s, 'docker run -it --name web -m 64m --pids-limit 50 --cpus 1.5 alpine:3.22 sh');
    const c = s.sim.state.containers[0]!;
    expect(s.prompt()).toBe('/ # ');
    expect(run(s, 'uname -r').text).toBe('6.12.48+deb13-amd64\n');
    expect(run(s, 'hostname').text).toBe(`${c.id.slice(0, 12)}\n`);
    expect(run(s, 'ps').text).toMatch(
      /^PID {3}USER {5}TIME {2}COMMAND\n {4}1 root {6}0:00 sh\n +\d+ root {6}0:00 ps\n$/,
    );
    expect(run(s, 'cat /etc/os-release').text).toContain('PRETTY_NAME="Alpine Linux v3.22"');
    expect(run(s, 'cat /proc/self/cgroup').text).toBe('0::/\n');
    expect(run(s, 'cat /sys/fs/cgroup/memory.max').text).toBe('67108864\n');
    expect(run(s, 'cat /sys/fs/cgroup/pids.max').text).toBe('50\n');
    expect(run(s, 'cat /sys/fs/cgroup/cpu.max').text).toBe('150000 100000\n');
    expect(run(s, 'cat /proc/1/status').text).toMatch(
      /Name:\tsh\n[\s\S]*NSpid:\t1\n[\s\S]*CapEff:\t00000000a80425fb\n[\s\S]*Seccomp:\t2\n/,
    );
    // free reads the host's /proc/meminfo: the 64 MiB limit does not show there.
    expect(run(s, 'free -m').text).toMatch(/Mem: +16384 /);
    expect(run(s, 'docker ps').text).toBe('sh: docker: not found\n');
    expect(run(s, 'virsh list').code).toBe(127);
  });

  test('from the host the same process has another PID, and its own namespaces', () => {
    const s = withAlpine();
    run(s, 'docker run -dit --name box alpine:3.22 sh');
    const c = s.sim.state.containers[0]!;
    const pid1 = s.sim.state.procs.find((p) => p.container === c.id && p.nsPid === 1)!;
    expect(pid1.pid).toBeGreaterThan(100);
    expect(run(s, 'ps -ef').text).toMatch(new RegExp(`root +${pid1.pid} +\\d+ +0 .* sh\\n`));
    expect(run(s, `cat /proc/${pid1.pid}/status`).text).toContain(`NSpid:\t${pid1.pid}\t1\n`);
    expect(run(s, `cat /proc/${pid1.pid}/cgroup`).text).toBe(`0::/system.slice/docker-${c.id}.scope\n`);
    const lsns = run(s, 'sudo lsns').text;
    for (const kind of ['mnt', 'uts', 'ipc', 'pid', 'net', 'cgroup'] as const) {
      expect(c.ns[kind]).toBeGreaterThanOrEqual(4026532200);
      expect(lsns).toMatch(new RegExp(`${c.ns[kind]} ${kind.padEnd(6)} +1 +${pid1.pid} root +sh`));
    }
    expect(c.ns.user).toBe(s.sim.state.hostNs.user); // no user namespace unless enabled
    expect(run(s, 'lsns').text).not.toContain(String(c.ns.pid)); // learner cannot inspect root's processes
    run(s, 'docker exec -it box sh');
    expect(run(s, 'ps').text).toMatch(/ {4}1 root {6}0:00 sh\n +\d+ root {6}0:00 sh\n/);
    expect(run(s, 'lsns').code).toBe(127); // not in busybox
    run(s, 'exit');
    expect(s.location()).toEqual([{ kind: 'host' }]);
    expect(s.sim.state.containers[0]?.status).toBe('running'); // exec'd shell left; PID 1 still runs
  });

  test('EPERM for privileged operations; --privileged and --cap-add lift it', () => {
    const s = withAlpine();
    run(s, 'docker run -it alpine:3.22 sh');
    expect(run(s, 'hostname newname')).toEqual({ text: 'hostname: sethostname: Operation not permitted\n', code: 1 });
    expect(run(s, 'mount -t tmpfs none /mnt')).toEqual({
      text: 'mount: permission denied (are you root?)\n',
      code: 255,
    });
    expect(run(s, 'date -s 2020-01-01')).toEqual({ text: "date: can't set date: Operation not permitted\n", code: 1 });
    expect(run(s, 'reboot')).toEqual({ text: 'reboot: Operation not permitted\n', code: 1 });
    expect(run(s, 'ip link add d0 type dummy')).toEqual({
      text: 'RTNETLINK answers: Operation not permitted\n',
      code: 2,
    });
    run(s, 'exit');
    run(s, 'docker run -it --privileged alpine:3.22 sh');
    expect(run(s, 'cat /proc/1/status').text).toMatch(/CapEff:\t000001ffffffffff[\s\S]*Seccomp:\t0/);
    expect(run(s, 'hostname newname').code).toBe(0);
    expect(s.prompt()).toBe('/ # ');
    expect(run(s, 'hostname').text).toBe('newname\n');
    run(s, 'exit');
    expect(run(s, 'hostname').text).toBe('host\n'); // only the container's UTS namespace changed
    run(s, 'docker run -it --cap-add NET_ADMIN --cap-drop CHOWN --security-opt no-new-privileges alpine:3.22 sh');
    // The capability check passes; adding the link itself is not modelled, and says so.
    expect(run(s, 'ip link add d0 type dummy')).toEqual({
      text: expect.stringMatching(/^ip link add: not simulated in this course/) as unknown as string,
      code: 126,
    });
    expect(run(s, 'cat /proc/self/status').text).toMatch(/CapEff:\t00000000a80435fa\n[\s\S]*NoNewPrivs:\t1/);
  });

  test('--read-only: writes fail with EROFS; --network none leaves only lo', () => {
    const s = withAlpine();
    run(s, 'docker run -it --read-only --network none alpine:3.22 sh');
    expect(run(s, 'touch /x')).toEqual({ text: 'touch: /x: Read-only file system\n', code: 1 });
    expect(run(s, 'echo hi > /tmp/f')).toEqual({ text: "sh: can't create /tmp/f: Read-only file system\n", code: 1 });
    expect(run(s, 'mkdir /data').text).toBe("mkdir: can't create directory '/data': Read-only file system\n");
    expect(run(s, 'ip addr').text).toMatch(/^1: lo: [^\n]+\n[^\n]+\n[^\n]+127\.0\.0\.1\/8[^\n]+\n$/);
    expect(run(s, 'mount').text).toMatch(/^overlay on \/ type overlay \(ro,/);
  });

  test('writes land in the thin writable layer of that container only', () => {
    const s = withAlpine();
    run(s, 'docker run -dit --name a alpine:3.22 sh');
    run(s, 'docker exec a sh -c "echo hello > /root/note"');
    expect(run(s, 'docker exec a cat /root/note').text).toBe('hello\n');
    run(s, 'docker run -dit --name b alpine:3.22 sh');
    expect(run(s, 'docker exec b cat /root/note')).toEqual({
      text: "cat: can't open '/root/note': No such file or directory\n",
      code: 1,
    });
  });

  test('memory limit: the OOM killer ends a hog with SIGKILL (137)', () => {
    const s = withAlpine();
    expect(run(s, 'docker run -m 64m --name hog alpine:3.22 tail /dev/zero').code).toBe(137);
    expect(run(s, "docker inspect -f '{{.State.OOMKilled}} {{.State.ExitCode}} {{.State.Status}}' hog").text).toBe(
      'true 137 exited\n',
    );
    run(s, 'docker run -it -m 64m --name shell alpine:3.22 sh');
    expect(run(s, 'tail /dev/zero')).toEqual({ text: 'Killed\n', code: 137 });
    expect(run(s, 'echo $?').text).toBe('137\n');
    const r = run(s, 'stress --vm 1 --vm-bytes 256M');
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/got signal 9[\s\S]*failed run completed/);
    expect(run(s, 'stress --vm 1 --vm-bytes 32M --timeout 3s').text).toMatch(/successful run completed in 3s/);
    expect(run(s, 'cat /sys/fs/cgroup/memory.events').text).toContain('oom_kill 1');
  });

  test('pids limit: fork fails with EAGAIN', () => {
    const s = withAlpine();
    run(s, 'docker run -it --pids-limit 3 alpine:3.22 sh');
    expect(run(s, 'sleep 100 &').code).toBe(0);
    expect(run(s, 'sleep 100 &').code).toBe(0);
    expect(run(s, 'ls')).toEqual({ text: "sh: can't fork: Resource temporarily unavailable\n", code: 254 });
    expect(run(s, 'cat /sys/fs/cgroup/pids.current').code).toBe(254);
    expect(run(s, 'echo builtins still work').text).toBe('builtins still work\n');
  });

  test('debian-slim has bash but no ps; scratch has no shell at all', () => {
    const s = withAlpine();
    run(s, 'docker pull debian:13-slim');
    run(s, 'docker run -it debian:13-slim bash');
    expect(s.prompt()).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    expect(run(s, 'ps')).toEqual({ text: 'bash: ps: command not found\n', code: 127 });
    expect(run(s, 'cat /etc/os-release').text).toContain('Debian GNU/Linux 13 (trixie)');
    expect(run(s, 'exit').text).toBe('exit\n');
    expect(run(s, 'docker run hello-world').text).toContain('Hello from Docker!');
    expect(run(s, 'docker run hello-world sh').code).toBe(127);
  });
});
