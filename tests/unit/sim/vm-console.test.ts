/**
 * A VM's serial console as virsh console(1) and the guest's getty and login drive it: libvirt's virsh man page
 * ("console … The escape character is ^]"), tools/virsh-console.c (the escape byte ends the session), agetty(8)
 * and util-linux login(1) (Password: without echo, "Login incorrect", LOGIN_RETRIES), BusyBox getty/login on
 * CirrOS (cirros-dev/cirros src/etc/issue, src/etc/profile), bash(1) (`logout`: "not login shell").
 */
import { describe, expect, test } from 'vitest';
import type { SimSession } from '../../../src/engines/sim/index';
import { fresh, run } from './helpers';

const DEBIAN_ISSUE = "\nDebian GNU/Linux 13 web-vm ttyS0\nLab image: log in as 'root', password 'isolationlab'.\n\n";
const CIRROS_ISSUE = "\nlogin as 'cirros' user. default password: 'gocubsgo'. use 'sudo' for root.\n";

/** A session attached to a booted guest's console, at its login prompt. */
function atLogin(vm = 'web-vm'): SimSession {
  const s = fresh();
  run(s, `virsh start ${vm}`);
  run(s, `virsh console ${vm}`);
  return s;
}

/** A session logged in as root on web-vm's console. */
function loggedIn(): SimSession {
  const s = atLogin();
  run(s, 'root');
  run(s, 'isolationlab');
  return s;
}

describe('getty and login on the serial console (agetty, util-linux login)', () => {
  test('the console waits at getty: a name, then a password that is not echoed, then the shell and the motd', () => {
    const s = atLogin();
    expect(s.prompt()).toBe('web-vm login: ');
    expect(s.echo?.()).toBe(true);
    expect(run(s, 'root')).toEqual({ text: '', code: 0 });
    expect(s.prompt()).toBe('Password: ');
    expect(s.echo?.()).toBe(false);
    const r = run(s, 'isolationlab');
    expect(r.text).toBe(
      'Linux web-vm 6.12.38+deb13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.12.38-1 (2025-07-16) x86_64\n\nThe programs included with the Debian GNU/Linux system are free software;\nthe exact distribution terms for each program are described in the\nindividual files in /usr/share/doc/*/copyright.\n\nDebian GNU/Linux comes with ABSOLUTELY NO WARRANTY, to the extent\npermitted by applicable law.\n',
    );
    expect(s.prompt()).toBe('root@web-vm:~# ');
    expect(s.echo?.()).toBe(true);
    expect(run(s, 'whoami').text).toBe('root\n');
  });

  test('neither the name nor the password goes into the shell history, and no completion is offered', () => {
    const s = atLogin();
    expect(s.complete('ro', 2).candidates).toEqual([]);
    run(s, 'root');
    run(s, 'isolationlab');
    expect(s.history().some((l) => l === 'isolationlab' || l === 'root')).toBe(false);
  });

  test('a wrong password waits 3 s (pam_faildelay), says "Login incorrect" and asks for a name again', () => {
    const s = atLogin();
    run(s, 'root');
    const before = s.sim.state.clockMs;
    const r = s.execute('wrong');
    expect(r.output.map((c) => c.text).join('')).toBe('Login incorrect\n\n');
    expect(r.output[0]?.delayMs).toBe(3000);
    expect(s.sim.state.clockMs - before).toBe(3000);
    expect(s.prompt()).toBe('web-vm login: ');
    expect(s.location().at(-1)).toEqual({ kind: 'vm', name: 'web-vm' });
  });

  test('an unknown user is refused the same way, after a password prompt (login gives nothing away)', () => {
    const s = atLogin();
    run(s, 'mallory');
    expect(s.prompt()).toBe('Password: ');
    expect(run(s, 'isolationlab').text).toBe('Login incorrect\n\n');
  });

  test('after LOGIN_RETRIES (5) failures login exits and getty prints /etc/issue again', () => {
    const s = atLogin();
    for (let i = 0; i < 4; i++) {
      run(s, 'root');
      expect(run(s, 'x').text).toBe('Login incorrect\n\n');
    }
    run(s, 'root');
    expect(run(s, 'x').text).toBe(`\nLogin incorrect\n${DEBIAN_ISSUE}`);
    run(s, 'root');
    run(s, 'isolationlab');
    expect(s.prompt()).toBe('root@web-vm:~# ');
  });

  test('an empty name: getty asks again', () => {
    const s = atLogin();
    expect(run(s, '')).toEqual({ text: '', code: 0 });
    expect(s.prompt()).toBe('web-vm login: ');
  });
});

describe('leaving: exit logs out to a new login prompt, Ctrl+] detaches', () => {
  test('exit in the login shell prints "logout", getty comes back, and the console stays attached', () => {
    const s = loggedIn();
    expect(run(s, 'exit')).toEqual({ text: `logout\n${DEBIAN_ISSUE}`, code: 0 });
    expect(s.prompt()).toBe('web-vm login: ');
    expect(s.location()).toEqual([{ kind: 'host' }, { kind: 'vm', name: 'web-vm' }]);
  });

  test('logout is exit in the login shell; in a nested bash it refuses, as bash does', () => {
    const s = loggedIn();
    run(s, 'bash');
    expect(run(s, 'logout')).toEqual({ text: "bash: logout: not login shell: use `exit'\n", code: 1 });
    expect(run(s, 'exit').text).toBe('exit\n');
    expect(run(s, 'logout').text).toBe(`logout\n${DEBIAN_ISSUE}`);
    expect(s.prompt()).toBe('web-vm login: ');
  });

  test('the byte Ctrl+] sends (0x1d) detaches at once, from the login prompt or a shell, and virsh exits 0', () => {
    const s = atLogin();
    expect(run(s, '\x1d')).toEqual({ text: '', code: 0 });
    expect(s.location()).toEqual([{ kind: 'host' }]);
    expect(s.prompt()).toBe('learner@host:~$ ');
    expect(run(s, 'virsh list').text).toContain('web-vm   running');
  });

  test('typed anywhere in a line, Ctrl+] still detaches (virsh reads it as the keys arrive)', () => {
    const s = loggedIn();
    run(s, 'cd /tmp');
    expect(run(s, 'echo hal\x1d')).toEqual({ text: '', code: 0 });
    expect(s.location()).toEqual([{ kind: 'host' }]);
  });

  test('a shell left logged in keeps running: re-attaching finds it where it was', () => {
    const s = loggedIn();
    run(s, 'cd /tmp');
    run(s, 'X=kept');
    run(s, '\x1d');
    expect(run(s, 'virsh console web-vm').text).toBe(
      "Connected to domain 'web-vm'\nEscape character is ^] (Ctrl + ])\n",
    );
    expect(s.prompt()).toBe('root@web-vm:/tmp# ');
    expect(run(s, 'echo $X').text).toBe('kept\n');
    expect(run(s, 'ps').text).toMatch(/ttyS0 +00:00:00 bash\n/);
  });

  test('the session takes Ctrl+] only while a console is attached (bash on the host ignores it)', () => {
    const s = fresh();
    expect(s.controlKey?.('\x1d')).toBeNull();
    run(s, 'virsh start web-vm');
    run(s, 'virsh console web-vm');
    expect(s.controlKey?.('\x1d')).toEqual({ output: [], exitCode: 0 });
    expect(s.location()).toEqual([{ kind: 'host' }]);
    expect(s.controlKey?.('\x1d')).toBeNull();
  });

  test('ps in the guest: login and bash on ttyS0 while logged in, a new agetty after logout', () => {
    const s = loggedIn();
    const ps = run(s, 'ps -ef').text;
    expect(ps).toMatch(/root +(\d+) +1 .* ttyS0 +00:00:00 login -- root\n/);
    const loginPid = /root +(\d+) +1 .* login -- root/.exec(ps)?.[1];
    expect(ps).toMatch(new RegExp(`root +\\d+ +${loginPid} .* ttyS0 +00:00:00 -bash\\n`));
    run(s, 'exit');
    run(s, 'root');
    run(s, 'isolationlab');
    const after = run(s, 'ps -ef').text;
    expect(after).not.toMatch(new RegExp(`root +${loginPid} `));
    expect(after.match(/login -- root/g)?.length).toBe(1);
  });
});

describe('CirrOS 0.6.3 boots and logs in like CirrOS', () => {
  test('its own Ubuntu 5.15 kernel, CirrOS initramfs and busybox init, no systemd; its banner and `cirros login:`', () => {
    const s = fresh();
    run(s, 'virsh start tiny');
    const boot = run(s, 'virsh console tiny').text;
    expect(boot).toContain(
      '[    0.000000] Linux version 5.15.0-117-generic (buildd@lcy02-amd64-102) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #127-Ubuntu SMP Fri Jul 5 20:13:28 UTC 2024 (Ubuntu 5.15.0-117.127-generic 5.15.158)\n',
    );
    expect(boot).toContain('info: initramfs loading root from /dev/vda1\n');
    expect(boot).toMatch(/=== cirros: current=0\.6\.3 uptime=\d+\.\d\d ===\n/);
    expect(boot).toContain('   http://cirros-cloud.net\n');
    expect(boot).not.toMatch(/systemd|Debian|BdsDxe/);
    expect(boot.endsWith(CIRROS_ISSUE)).toBe(true);
    expect(s.prompt()).toBe('cirros login: ');
  });

  test('root is locked; cirros/gocubsgo logs in to BusyBox sh with /etc/profile\'s "$ "', () => {
    const s = atLogin('tiny');
    run(s, 'root');
    expect(run(s, 'gocubsgo').text).toBe('Login incorrect\n');
    run(s, 'cirros');
    expect(run(s, 'gocubsgo').text).toBe('');
    expect(s.prompt()).toBe('$ ');
    expect(run(s, 'id').text).toBe('uid=1000(cirros) gid=1000(cirros) groups=1000(cirros)\n');
    expect(run(s, 'uname -r').text).toBe('5.15.0-117-generic\n');
    expect(run(s, 'ps').text).toMatch(/ +\d+ cirros +0:00 -sh\n/);
    expect(run(s, 'ps').text).not.toMatch(/systemd/);
  });

  test('BusyBox sh prints nothing on exit; getty shows the issue again; after 3 failures too', () => {
    const s = atLogin('tiny');
    run(s, 'cirros');
    run(s, 'gocubsgo');
    expect(run(s, 'exit').text).toBe(CIRROS_ISSUE);
    expect(s.prompt()).toBe('cirros login: ');
    run(s, 'cirros');
    run(s, 'a');
    run(s, 'cirros');
    run(s, 'b');
    run(s, 'cirros');
    expect(run(s, 'c').text).toBe(`Login incorrect\n${CIRROS_ISSUE}`);
  });

  test('sudo gives root, as the banner says; BusyBox sh has no logout builtin', () => {
    const s = atLogin('tiny');
    run(s, 'cirros');
    run(s, 'gocubsgo');
    expect(run(s, 'sudo id -u').text).toBe('0\n');
    run(s, 'sudo -i');
    expect(s.prompt()).toBe('# ');
    expect(run(s, 'id -u').text).toBe('0\n');
    run(s, 'exit');
    expect(s.prompt()).toBe('$ ');
    expect(run(s, 'logout')).toEqual({ text: 'sh: logout: not found\n', code: 127 });
  });
});

describe('a paused guest reads nothing and prints nothing', () => {
  test('attached to a suspended domain: no prompt, typed lines do nothing, Ctrl+] still leaves', () => {
    const s = loggedIn();
    run(s, '\x1d');
    run(s, 'virsh suspend web-vm');
    expect(run(s, 'virsh console web-vm').text).toBe(
      "Connected to domain 'web-vm'\nEscape character is ^] (Ctrl + ])\n",
    );
    expect(s.prompt()).toBe('');
    expect(run(s, 'touch /root/made')).toEqual({ text: '', code: 0 });
    run(s, '\x1d');
    run(s, 'virsh resume web-vm');
    run(s, 'virsh console web-vm');
    expect(s.prompt()).toBe('root@web-vm:~# ');
    expect(run(s, 'ls /root').text).toBe('');
  });

  test("a paused guest's processes do not run: a background sleep outlives the pause by exactly its length", () => {
    const s = loggedIn();
    run(s, 'sleep 30 &');
    run(s, '\x1d');
    run(s, 'sleep 10');
    run(s, 'virsh suspend web-vm');
    run(s, 'sleep 60'); // 70 s of host time, but the guest ran only 10 s of its sleep
    run(s, 'virsh resume web-vm');
    run(s, 'virsh console web-vm');
    expect(run(s, 'ps').text).toMatch(/ sleep\n/);
    run(s, '\x1d');
    run(s, 'sleep 21');
    run(s, 'virsh console web-vm');
    expect(run(s, 'ps').text).not.toMatch(/ sleep\n/);
  });

  test('a paused boot stands still: attaching shows nothing until resumed, then the rest of the boot', () => {
    const s = fresh();
    run(s, 'virsh start web-vm');
    run(s, 'virsh suspend web-vm');
    run(s, 'sleep 60');
    expect(run(s, 'virsh console web-vm').text).not.toContain('Linux version');
    run(s, '\x1d');
    run(s, 'virsh resume web-vm');
    const rest = run(s, 'virsh console web-vm').text;
    expect(rest).toContain('[    0.000000] Linux version 6.12.38+deb13-amd64');
    expect(s.prompt()).toBe('web-vm login: ');
  });
});

describe('reboot: the guest goes down and boots again in the same qemu', () => {
  test('reboot as root in the guest: shutdown messages, the whole boot again, a new login prompt', () => {
    const s = loggedIn();
    const qemu = s.sim.state.procs.find((p) => p.comm === 'qemu-system-x86')?.pid;
    const r = s.execute('reboot');
    const text = r.output.map((c) => c.text).join('');
    expect(text.startsWith('[\u001b[0;32m  OK  \u001b[0m] Stopped ')).toBe(true);
    expect(text).toMatch(/\] reboot: Restarting system\nBdsDxe: loading Boot0001/);
    expect(text.endsWith(DEBIAN_ISSUE)).toBe(true);
    expect(r.output.reduce((n, c) => n + c.delayMs, 0)).toBeGreaterThan(9000);
    expect(s.prompt()).toBe('web-vm login: ');
    expect(s.sim.state.procs.find((p) => p.comm === 'qemu-system-x86')?.pid).toBe(qemu);
    expect(run(s, '\x1d').code).toBe(0);
    expect(run(s, 'virsh list').text).toContain(' 1    web-vm   running');
  });

  test("reboot as a user is refused: BusyBox's reboot may not signal init; via sudo CirrOS reboots", () => {
    const s = atLogin('tiny');
    run(s, 'cirros');
    run(s, 'gocubsgo');
    expect(run(s, 'reboot')).toEqual({ text: 'reboot: Operation not permitted\n', code: 1 });
    expect(s.prompt()).toBe('$ ');
    const text = run(s, 'sudo reboot').text;
    expect(text).toMatch(
      /^The system is going down NOW!\nSent SIGTERM to all processes\nSent SIGKILL to all processes\nRequesting system reboot\n\[ +\d+\.\d{6}\] reboot: Restarting system\n\[ +0\.000000\] Linux version 5\.15/,
    );
    expect(s.prompt()).toBe('cirros login: ');
  });

  test('virsh reboot from the host ends the shells on the console; a paused guest reboots once resumed', () => {
    const s = loggedIn();
    run(s, '\x1d');
    expect(run(s, 'virsh reboot web-vm')).toEqual({ text: "Domain 'web-vm' is being rebooted\n\n", code: 0 });
    expect(run(s, 'virsh domstate web-vm').text).toBe('running\n\n');
    const boot = run(s, 'virsh console web-vm').text;
    expect(boot).toContain('reboot: Restarting system');
    expect(s.prompt()).toBe('web-vm login: ');
    run(s, '\x1d');
    run(s, 'virsh suspend web-vm');
    run(s, 'virsh reboot web-vm');
    expect(run(s, 'virsh console web-vm').text).not.toContain('Restarting');
    run(s, '\x1d');
    run(s, 'virsh resume web-vm');
    expect(run(s, 'virsh console web-vm').text).toContain('reboot: Restarting system');
  });

  test('virsh reboot of a shut-off domain is refused', () => {
    expect(run(fresh(), 'virsh reboot web-vm')).toEqual({
      text: "error: Failed to reboot domain 'web-vm'\nerror: Requested operation is not valid: domain is not running\n\n",
      code: 1,
    });
  });
});
