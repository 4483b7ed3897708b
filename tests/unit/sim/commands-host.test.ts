import { describe, expect, test } from 'vitest';
import { fresh, run } from './helpers';

describe('host commands', () => {
  test.each([
    ['uname', /^Linux\n$/, 0],
    ['uname -r', /^6\.12\.48\+deb13-amd64\n$/, 0],
    ['uname -s -n', /^Linux host\n$/, 0],
    ['uname -m', /^x86_64\n$/, 0],
    ['uname -v', /Debian 6\.12\.48-1/, 0],
    ['uname -a', /^Linux host 6\.12\.48\+deb13-amd64 #1 SMP .* x86_64 GNU\/Linux\n$/, 0],
    ['uname -x', /uname: invalid option -- 'x'\nTry 'uname --help'/, 1],
    ['uname extra', /uname: extra operand 'extra'/, 1],
    ['hostname', /^host\n$/, 0],
    ['hostname newname', /hostname: you must be root to change the host name/, 1],
    ['whoami', /^learner\n$/, 0],
    ['id', /uid=1000\(learner\).*990\(docker\)/, 0],
    ['echo -n hi', /^hi$/, 0],
    ['echo $USER $HOSTNAME', /^learner host\n$/, 0],
    ['ps', /PID TTY +TIME CMD\n +\d+ pts\/0 +00:00:00 bash\n +\d+ pts\/0 +00:00:00 ps\n/, 0],
    ['ps aux', /USER +PID %CPU %MEM.*\nroot +1 .*\/sbin\/init/s, 0],
    ['ps -ef', /UID +PID +PPID +C STIME.*dockerd/s, 0],
    ['ps --bogus', /^error: unknown gnu long option\n\nUsage:\n ps \[options\]/, 1],
    ['free', /total +used +free +shared +buff\/cache +available\nMem: +16777216 /, 0],
    ['free -m', /Mem: +16384 /, 0],
    ['free -h', /Mem: +16Gi /, 0],
    ['free -x', /free: invalid option -- 'x'/, 1],
    ['df -h', /Filesystem +Size +Used Avail Use% Mounted on\n\/dev\/sda1 +64G/, 0],
    ['df -z', /df: invalid option -- 'z'/, 1],
    ['ls /', /bin {2}boot {2}dev {2}etc {2}home/, 0],
    ['ls /nope', /ls: cannot access '\/nope': No such file or directory/, 2],
    ['ls -j', /ls: invalid option -- 'j'/, 2],
    ['cat /etc/os-release', /PRETTY_NAME="Debian GNU\/Linux 13 \(trixie\)"/, 0],
    ['cat /etc/hostname', /^host\n$/, 0],
    ['cat /proc/version', /^Linux version 6\.12\.48\+deb13-amd64/, 0],
    ['cat /proc/meminfo', /MemTotal: +16777216 kB/, 0],
    ['cat /proc/1/status', /Name:\tsystemd\n[\s\S]*CapEff:\t000001ffffffffff/, 0],
    ['cat /proc/self/cgroup', /^0::\/user\.slice\/user-1000\.slice\/session-1\.scope\n$/, 0],
    ['cat /sys/fs/cgroup/memory.max', /cat: \/sys\/fs\/cgroup\/memory\.max: No such file or directory/, 1],
    ['cat /etc/shadow', /cat: \/etc\/shadow: Permission denied/, 1],
    ['cat /etc', /cat: \/etc: Is a directory/, 1],
    ['cat /nope', /cat: \/nope: No such file or directory/, 1],
    ['lsns', /4026531836 pid +\d +\d+ learner -bash/, 0],
    ['lsns -t bogus', /lsns: unknown namespace type: bogus/, 1],
    ['lsns -q', /lsns: invalid option -- 'q'/, 1],
    ['mount', /\/dev\/sda1 on \/ type ext4/, 0],
    ['mount -t tmpfs none /mnt', /mount: \/mnt: must be superuser to use mount\./, 32],
    ['sudo mount -t tmpfs none /mnt', /^mount \(making a mount\): not simulated in this course/, 126],
    ['sudo whoami', /^root\n$/, 0],
    ['sudo', /usage: sudo/, 1],
    ['date -s 2020-01-01', /date: cannot set date: Operation not permitted/, 1],
    ['reboot', /Access denied/, 1],
    ['ip addr', /docker0[\s\S]*172\.17\.0\.1\/16/, 0],
    ['ip link add d0 type dummy', /RTNETLINK answers: Operation not permitted/, 2],
    ['ip bogus', /Object "bogus" is unknown/, 1],
    ['sleep', /sleep: missing operand/, 1],
    ['sleep abc', /sleep: invalid time interval 'abc'/, 1],
    ['history 2', /^ +1 {2}history 2\n$/, 0],
    ['history x', /numeric argument required/, 1],
    ['help', /Commands available[\s\S]*docker[\s\S]*virsh/, 0],
    ['cd /nope', /bash: cd: \/nope: No such file or directory/, 1],
    ['export 1x=2', /not a valid identifier/, 1],
    ['nosuch', /^bash: nosuch: command not found\n$/, 127],
    ['true && echo yes || echo no', /^yes\n$/, 0],
    ['false && echo yes || echo no', /^no\n$/, 0],
    ['false; echo $?', /^1\n$/, 0],
    ["echo 'unterminated", /unexpected EOF/, 2],
    ['exit', /This is the course host/, 0],
    ['stress --bogus', /unrecognized option/, 1],
    ['grep', /Usage: grep/, 2],
    ['wc -l /etc/hostname', /^1 \/etc\/hostname\n$/, 0],
  ])('%s', (line, expected, code) => {
    const s = fresh();
    const r = run(s, line);
    expect(r.text).toMatch(expected);
    expect(r.code).toBe(code);
  });

  test('pipes, redirections and cd', () => {
    const s = fresh();
    // Pipeline stages run one after another here (a simplification), so grep's own line is absent.
    expect(run(s, 'ps aux | grep dockerd | wc -l').text).toBe('1\n');
    expect(run(s, 'echo one > notes2.txt && echo two >> notes2.txt && cat notes2.txt').text).toBe('one\ntwo\n');
    expect(run(s, 'cat /etc/os-release | head -n 1').text).toBe('PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\n');
    expect(run(s, 'echo x > /etc/foo').text).toBe('bash: /etc/foo: Permission denied\n');
    expect(run(s, 'cd /proc && pwd').text).toBe('/proc\n');
    expect(s.prompt()).toBe('learner@host:/proc$ ');
    expect(run(s, 'cat nosuch 2> /dev/null; echo $?').text).toBe('1\n');
  });

  test('time prints real/user/sys from the simulated clock', () => {
    const s = fresh();
    const r = run(s, 'time sleep 2');
    // A waiting process uses next to no CPU: bash shows about a millisecond of user and sys for `time sleep 2`.
    expect(r.text).toBe('\nreal\t0m2.000s\nuser\t0m0.001s\nsys\t0m0.001s\n');
    expect(s.sim.state.clockMs).toBe(2000);
  });

  test('background sleep is a process until its time is up', () => {
    const s = fresh();
    expect(run(s, 'sleep 5 &').text).toMatch(/^\[1\] \d+\n$/);
    expect(run(s, 'ps').text).toContain(' sleep');
    run(s, 'sleep 6');
    expect(run(s, 'ps').text).not.toContain(' sleep');
  });

  test('clear sets the clear flag; history lists lines', () => {
    const s = fresh();
    expect(s.execute('clear').clear).toBe(true);
    run(s, 'echo a');
    expect(s.history()).toEqual(['clear', 'echo a']);
  });

  test('sudo hostname changes the host UTS name; bash read its name at start-up, a new bash shows the new one', () => {
    const s = fresh();
    run(s, 'sudo hostname lab');
    expect(run(s, 'hostname').text).toBe('lab\n');
    expect(s.prompt()).toBe('learner@host:~$ ');
    run(s, 'bash');
    expect(s.prompt()).toBe('learner@lab:~$ ');
  });

  test('unshare --uts: bash keeps its prompt after hostname, a new bash shows it; sh is dash ("# ")', () => {
    const s = fresh();
    run(s, 'sudo unshare --uts bash');
    run(s, 'hostname box');
    expect(s.prompt()).toBe('root@host:~# ');
    run(s, 'bash');
    expect(s.prompt()).toBe('root@box:~# ');
    run(s, 'sh');
    expect(s.prompt()).toBe('# ');
    run(s, 'exit');
    run(s, 'exit');
    run(s, 'exit');
    run(s, 'sh');
    expect(s.prompt()).toBe('$ ');
  });

  test("chroot onto the host's root from a container starts the host's dash", () => {
    const s = fresh();
    run(s, 'docker pull alpine:3.22');
    run(s, 'docker run -it --rm -v /:/host alpine:3.22 sh');
    expect(s.prompt()).toBe('/ # ');
    run(s, 'chroot /host');
    expect(s.prompt()).toBe('# ');
  });

  test('completion: commands, subcommands, files', () => {
    const s = fresh();
    expect(s.complete('unam', 4)).toEqual({ start: 0, candidates: ['uname'] });
    expect(s.complete('docker r', 8).candidates).toEqual(['rm', 'rmi', 'run']);
    expect(s.complete('virsh st', 8).candidates).toEqual(['start']);
    expect(s.complete('virsh start w', 13).candidates).toEqual(['web-vm']);
    expect(s.complete('cat /etc/os', 11)).toEqual({ start: 4, candidates: ['/etc/os-release'] });
    expect(s.complete('ls /pro', 7).candidates).toEqual(['/proc/']);
    expect(s.complete('echo hi; who', 12)).toEqual({ start: 9, candidates: ['whoami'] });
  });
});
