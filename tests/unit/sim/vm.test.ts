import { describe, expect, test } from 'vitest';
import { stopVm } from '../../../src/engines/sim/model/vms';
import { fresh, run } from './helpers';

describe('virsh and VMs', () => {
  test('guest RAM is allocated on first touch: host memory grows during the boot, never by the whole 2 GiB', () => {
    const s = fresh();
    const usedMiB = () => Number(/Mem: +\d+ +(\d+)/.exec(run(s, 'free -m').text)?.[1]);
    const before = usedMiB();
    run(s, 'virsh start web-vm');
    const justStarted = usedMiB();
    run(s, 'sleep 3');
    const midBoot = usedMiB();
    run(s, 'sleep 30');
    const booted = usedMiB();
    run(s, 'sleep 60');
    // FACTS C: qemu's own ~131 MB appears at once; guest pages only as the guest touches them.
    expect(justStarted - before).toBeGreaterThanOrEqual(131);
    expect(justStarted - before).toBeLessThan(131 + 64);
    expect(midBoot).toBeGreaterThan(justStarted);
    expect(booted).toBeGreaterThan(midBoot);
    expect(booted - before).toBeLessThan(1024);
    expect(usedMiB()).toBe(booted); // an idle guest touches nothing new, and gives nothing back
    run(s, 'virsh destroy web-vm');
    expect(usedMiB()).toBe(before);
  });

  test('start runs a qemu process; console boots and logs in', () => {
    const s = fresh();
    expect(run(s, 'virsh start web-vm')).toEqual({ text: "Domain 'web-vm' started\n\n", code: 0 });
    expect(s.sim.state.procs.some((p) => p.comm === 'qemu-system-x86')).toBe(true);
    expect(run(s, 'virsh list').text).toBe(
      // vsh-table.c: the dashes are each column's width plus three (2+3, 6+3, 7+3 for "running").
      ' Id   Name     State\n------------------------\n 1    web-vm   running\n\n',
    );
    const r = s.execute('virsh console web-vm');
    const text = r.output.map((c) => c.text).join('');
    expect(text).toMatch(/^Connected to domain 'web-vm'\nEscape character is \^\] \(Ctrl \+ \]\)\n/);
    expect(text).toMatch(/\[ +0\.000000\] Linux version 6\.12\.38\+deb13-amd64/);
    expect(text).toContain('Reached target \u001b[0;1;39mmulti-user.target');
    // getty prints /etc/issue, then asks for a name (the prompt); no autologin.
    expect(
      text.endsWith("\nDebian GNU/Linux 13 web-vm ttyS0\nLab image: log in as 'root', password 'isolationlab'.\n\n"),
    ).toBe(true);
    const paced = r.output.reduce((a, c) => a + c.delayMs, 0);
    expect(paced).toBeGreaterThan(9000); // firmware 1.5 s + FACTS B ≈ 8.8 s
    expect(paced).toBeLessThan(11_000);
    expect(s.prompt()).toBe('web-vm login: ');
    run(s, 'root');
    run(s, 'isolationlab');
    expect(s.prompt()).toBe('root@web-vm:~# ');
    expect(run(s, 'uname -r').text).toBe('6.12.38+deb13-amd64\n');
    expect(run(s, 'cat /etc/os-release').text).toContain('Debian GNU/Linux 13 (trixie)');
    expect(run(s, 'free -m').text).toMatch(/Mem: +1988 /);
    const ps = run(s, 'ps -ef').text;
    expect(ps).toMatch(/root +1 +0 .* \/sbin\/init/);
    expect(ps).not.toContain('dockerd');
    expect(run(s, 'docker ps').code).toBe(127);
    expect(run(s, 'exit').text).toBe(
      "logout\n\nDebian GNU/Linux 13 web-vm ttyS0\nLab image: log in as 'root', password 'isolationlab'.\n\n",
    );
    expect(s.prompt()).toBe('web-vm login: ');
    expect(run(s, '\x1d')).toEqual({ text: '', code: 0 });
    expect(s.prompt()).toBe('learner@host:~$ ');
  });

  test('errors and state changes', () => {
    const s = fresh();
    // virsh prints an empty line after each command it ran, failed or not (tools/vsh.c, vshCommandRun)…
    expect(run(s, 'virsh console web-vm')).toEqual({ text: 'error: The domain is not running\n\n', code: 1 });
    expect(run(s, 'virsh start nope')).toEqual({ text: "error: failed to get domain 'nope'\n\n", code: 1 });
    expect(run(s, 'virsh destroy web-vm')).toEqual({
      text: "error: Failed to destroy domain 'web-vm'\nerror: Requested operation is not valid: domain is not running\n\n",
      code: 1,
    });
    // …but not after a command line it could not parse.
    expect(run(s, 'virsh frob web-vm')).toEqual({ text: "error: unknown command: 'frob'\n", code: 1 });
    expect(run(s, 'virsh list --bogus')).toEqual({
      text: "error: command 'list' doesn't support option --bogus\n",
      code: 1,
    });
    expect(run(s, 'virsh start')).toEqual({ text: "error: command 'start' requires <domain> option\n", code: 1 });
    run(s, 'virsh start tiny');
    expect(run(s, 'virsh start tiny').text).toContain('domain is already running');
    expect(run(s, 'virsh dominfo tiny').text).toMatch(
      /Name: +tiny\n[\s\S]*State: +running\n[\s\S]*Max memory: +262144 KiB/,
    );
    run(s, 'virsh console tiny');
    run(s, 'cirros');
    run(s, 'gocubsgo');
    expect(run(s, 'uname -r').text).toBe('5.15.0-117-generic\n');
    expect(s.prompt()).toBe('$ ');
    run(s, 'exit');
    run(s, '\x1d');
    expect(run(s, 'virsh shutdown tiny').text).toBe("Domain 'tiny' is being shutdown\n\n");
    expect(s.sim.state.procs.some((p) => p.comm === 'qemu-system-x86')).toBe(false);
  });

  test('a destroyed VM takes the console session with it', () => {
    const s = fresh();
    run(s, 'virsh start web-vm');
    run(s, 'virsh console web-vm');
    stopVm(s.sim.state, s.sim.state.vms[0]!); // as if destroyed from another terminal
    run(s, 'true');
    expect(s.location()).toEqual([{ kind: 'host' }]);
  });
});
