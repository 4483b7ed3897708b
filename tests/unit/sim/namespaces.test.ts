/**
 * Namespaces by hand, as util-linux documents them: unshare(1) (`--pid --fork --mount-proc`, `--uts`,
 * `--net`, `--user --map-root-user`), nsenter(1) into a container and into an unshare'd shell, and
 * namespaces(7)'s /proc/PID/ns links, whose inode numbers are the ones lsns(8) prints.
 */
import { describe, expect, test } from 'vitest';
import { fresh, run, withAlpine } from './helpers';

describe('unshare(1): privileges', () => {
  test('without root, a new PID namespace is refused; with a user namespace it is allowed', () => {
    const s = fresh();
    expect(run(s, 'unshare --pid --fork --mount-proc bash')).toEqual({
      text: 'unshare: unshare failed: Operation not permitted\n',
      code: 1,
    });
    expect(run(s, 'unshare --user --map-root-user --pid --fork --mount-proc bash').code).toBe(0);
    expect(run(s, 'echo $$').text).toBe('1\n');
  });

  test('a typo gets util-linux getopt errors', () => {
    expect(run(fresh(), 'unshare --bogus')).toEqual({
      text: "unshare: unrecognized option '--bogus'\nTry 'unshare --help' for more information.\n",
      code: 1,
    });
    expect(run(fresh(), 'unshare -rz').text).toContain("unshare: invalid option -- 'z'");
    expect(run(fresh(), 'unshare -r nosuch')).toEqual({
      text: 'unshare: failed to execute nosuch: No such file or directory\n',
      code: 127,
    });
  });
});

describe('unshare(1) --pid --fork --mount-proc', () => {
  test('the new shell is PID 1 and ps shows only its tree; exit returns to the host', () => {
    const s = fresh();
    expect(run(s, 'sudo unshare --pid --fork --mount-proc bash').code).toBe(0);
    expect(run(s, 'echo $$').text).toBe('1\n');
    expect(run(s, 'ps -e').text).toBe(
      '    PID TTY          TIME CMD\n      1 pts/0    00:00:00 bash\n      2 pts/0    00:00:00 ps\n',
    );
    run(s, 'exit');
    expect(Number(run(s, 'echo $$').text)).toBeGreaterThan(1);
    expect(run(s, 'ps -e').text).toContain('systemd');
  });

  test('/proc/PID/status NSpid: one PID inside, the host PID and the inner one from the host', () => {
    const s = fresh();
    run(s, 'sudo unshare --pid --fork --mount-proc bash');
    expect(run(s, 'grep NSpid /proc/1/status').text).toBe('NSpid:\t1\n');
    run(s, 'exit');
    run(s, 'docker pull alpine:3.22');
    run(s, 'docker run -d --name web alpine:3.22 sleep 1000');
    const pid = run(s, "docker inspect -f '{{.State.Pid}}' web").text.trim();
    expect(run(s, `sudo grep NSpid /proc/${pid}/status`).text).toBe(`NSpid:\t${pid}\t1\n`);
    expect(run(s, 'docker exec web grep NSpid /proc/1/status').text).toBe('NSpid:\t1\n');
  });

  test('without --mount-proc, ps still reads the host /proc', () => {
    const s = fresh();
    run(s, 'sudo unshare --pid --fork --mount bash');
    expect(run(s, 'echo $$').text).toBe('1\n');
    expect(run(s, 'ps -e').text).toContain('systemd');
  });

  test('the namespace ends with its PID 1: its background processes go too', () => {
    const s = fresh();
    run(s, 'sudo unshare -fp --mount-proc');
    run(s, 'sleep 500 &');
    run(s, 'exit');
    expect(run(s, 'ps -e').text).not.toContain('sleep');
  });
});

describe('unshare(1) --uts and --net', () => {
  test('a hostname set inside stays inside', () => {
    const s = fresh();
    run(s, 'sudo unshare --uts');
    expect(run(s, 'hostname lab').code).toBe(0);
    expect(run(s, 'hostname').text).toBe('lab\n');
    run(s, 'exit');
    expect(run(s, 'hostname').text).toBe('host\n');
  });

  test('a new network namespace has only lo, down, with no address', () => {
    const s = fresh();
    run(s, 'sudo unshare --net');
    expect(run(s, 'ip link').text).toBe(
      '1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n',
    );
    run(s, 'exit');
    expect(run(s, 'ip link').text).toContain('eno1');
  });
});

describe('unshare(1) --user --map-root-user (user_namespaces(7))', () => {
  test('uid 0 inside, unmapped groups are nogroup, yet host files stay protected', () => {
    const s = fresh();
    run(s, 'unshare --user --map-root-user');
    expect(run(s, 'id').text).toBe('uid=0(root) gid=0(root) groups=0(root),65534(nogroup)\n');
    expect(run(s, 'touch /etc/x')).toEqual({ text: "touch: cannot touch '/etc/x': Permission denied\n", code: 1 });
    expect(run(s, 'cat /etc/shadow').code).toBe(1);
    expect(run(s, 'touch ~/mine').code).toBe(0);
    // Root here owns no UTS namespace: the host's name cannot change.
    expect(run(s, 'hostname x').text).toBe('hostname: you must be root to change the host name\n');
  });

  test('-r with --uts: root of the new user namespace may name its own UTS namespace', () => {
    const s = fresh();
    run(s, 'unshare -ur');
    expect(run(s, 'hostname box').code).toBe(0);
    expect(run(s, 'hostname').text).toBe('box\n');
    run(s, 'exit');
    expect(run(s, 'hostname').text).toBe('host\n');
  });

  test('--user without a mapping is nobody', () => {
    const s = fresh();
    run(s, 'unshare --user');
    expect(run(s, 'id').text).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n');
  });
});

describe('namespaces(7): /proc/PID/ns links match lsns', () => {
  test('readlink and ls -l show the same inode, and a new namespace a new one', () => {
    const s = fresh();
    const hostPid = run(s, 'readlink /proc/$$/ns/pid').text;
    expect(hostPid).toMatch(/^pid:\[4026531836\]\n$/);
    expect(run(s, 'ls -l /proc/self/ns').text).toContain(`pid -> 'pid:[4026531836]'`);
    expect(run(s, 'sudo lsns -t pid').text).toContain('4026531836 pid');
    run(s, 'sudo unshare -fp --mount-proc');
    const inner = run(s, 'readlink /proc/$$/ns/pid').text.trim();
    expect(inner).not.toBe(hostPid.trim());
    const inode = /\[(\d+)\]/.exec(inner)?.[1] as string;
    expect(run(s, 'lsns -t pid').text).toContain(`${inode} pid`);
  });

  test("another user's links cannot be read; -v says why", () => {
    const s = fresh();
    expect(run(s, 'readlink /proc/1/ns/pid')).toEqual({ text: '', code: 1 });
    expect(run(s, 'readlink -v /proc/1/ns/pid').text).toBe('readlink: /proc/1/ns/pid: Permission denied\n');
    expect(run(s, 'sudo readlink /proc/1/ns/pid').text).toBe('pid:[4026531836]\n');
  });
});

describe('nsenter(1)', () => {
  test("into a container's namespaces: its hostname, its processes; /bin/bash is not in alpine", () => {
    const s = withAlpine();
    run(s, 'docker run -d --name web alpine:3.22 sleep 1000');
    run(s, "PID=$(docker inspect -f '{{.State.Pid}}' web)");
    expect(run(s, 'sudo nsenter -t $PID -a')).toEqual({
      text: 'nsenter: failed to execute /bin/bash: No such file or directory\n',
      code: 127,
    });
    expect(run(s, 'sudo nsenter -t $PID -m -u -n -p -i sh').code).toBe(0);
    expect(run(s, 'hostname').text).toBe(`${run(s, 'cat /etc/hostname').text.trim()}\n`);
    expect(run(s, 'ps').text).toContain('    1 root      0:00 sleep 1000');
  });

  test("-n alone runs the host's ip in the container's network", () => {
    const s = withAlpine();
    run(s, 'docker run -d --name web alpine:3.22 sleep 1000');
    run(s, "PID=$(docker inspect -f '{{.State.Pid}}' web)");
    const r = run(s, 'sudo nsenter -t $PID -n ip addr');
    expect(r.text).toContain('inet 172.17.0.2/16');
    expect(r.text).not.toContain('eno1');
  });

  test('refused without root; a missing target pid is named', () => {
    const s = withAlpine();
    run(s, 'docker run -d --name web alpine:3.22 sleep 1000');
    run(s, "PID=$(docker inspect -f '{{.State.Pid}}' web)");
    expect(run(s, 'nsenter -t $PID -n true').text).toMatch(
      /^nsenter: cannot open \/proc\/\d+\/ns\/net: Permission denied\n$/,
    );
    expect(run(s, 'nsenter -m').text).toBe('nsenter: neither filename nor target pid supplied for ns/mnt\n');
    expect(run(s, 'sudo nsenter -t 99999 -n true').text).toBe(
      'nsenter: cannot open /proc/99999/ns/net: No such file or directory\n',
    );
  });

  test("into an unshare'd UTS namespace that outlives its shell, through a process still in it", () => {
    const s = fresh();
    run(s, 'sudo unshare --uts');
    run(s, 'hostname lab');
    run(s, 'sleep 1000 &');
    run(s, 'echo $! > /tmp/pid');
    run(s, 'exit');
    expect(run(s, 'hostname').text).toBe('host\n');
    expect(run(s, 'sudo nsenter -t $(cat /tmp/pid) -u hostname').text).toBe('lab\n');
    expect(run(s, 'sudo readlink /proc/$(cat /tmp/pid)/ns/uts').text).not.toBe(run(s, 'readlink /proc/$$/ns/uts').text);
  });
});
