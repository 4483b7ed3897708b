/**
 * The evidence a VM lesson points at, on both sides: /proc/cpuinfo (proc(5); the `hypervisor` CPUID bit a guest
 * sees, `vmx` on the host), dmesg(1) with kernel.dmesg_restrict=1 (Debian's default: "read kernel buffer
 * failed: Operation not permitted" without CAP_SYSLOG), lsmod(8) over /proc/modules, /dev/kvm (major 10, minor
 * 232, group kvm), and systemd-analyze(1) `time` ("Startup finished in … (firmware) + … (loader) + …").
 */
import { describe, expect, test } from 'vitest';
import { NOT_SIMULATED } from '../../../src/engines/sim/commands/honesty';
import type { SimSession } from '../../../src/engines/sim/index';
import { fresh, run, withAlpine } from './helpers';

/** Logged in as root on web-vm's console. */
function inWebVm(): SimSession {
  const s = fresh();
  run(s, 'virsh start web-vm');
  run(s, 'virsh console web-vm');
  run(s, 'root');
  run(s, 'isolationlab');
  return s;
}

/** The `flags` lines of a cpuinfo, one per processor. */
const flagsOf = (cpuinfo: string) =>
  [...cpuinfo.matchAll(/^flags\t\t: (.*)$/gm)].map((m) => (m[1] as string).split(' '));

describe('/proc/cpuinfo', () => {
  test('the host: one block per CPU (4), the lab CPU model, vmx in every flags line, no hypervisor bit', () => {
    const text = run(fresh(), 'cat /proc/cpuinfo').text;
    expect([...text.matchAll(/^processor\t: (\d+)$/gm)].map((m) => m[1])).toEqual(['0', '1', '2', '3']);
    expect(text).toContain('model name\t: Intel(R) Core(TM) i3-7100 CPU @ 3.90GHz\n');
    expect(text).toContain('siblings\t: 4\n');
    expect(text).toContain('cpu cores\t: 2\n');
    const flags = flagsOf(text);
    expect(flags).toHaveLength(4);
    for (const f of flags) {
      expect(f).toContain('vmx');
      expect(f).not.toContain('hypervisor');
    }
    expect(text).toMatch(/^vmx flags\t: .*\bept\b/m);
  });

  test('a KVM guest: its vCPU count (one socket each), the same model, the hypervisor flag, no vmx', () => {
    const s = inWebVm();
    const text = run(s, 'cat /proc/cpuinfo').text;
    expect(text.match(/^processor/gm)).toHaveLength(2);
    expect(text).toContain('model name\t: Intel(R) Core(TM) i3-7100 CPU @ 3.90GHz\n');
    expect([...text.matchAll(/^physical id\t: (\d)/gm)].map((m) => m[1])).toEqual(['0', '1']);
    for (const f of flagsOf(text)) {
      expect(f).toContain('hypervisor');
      expect(f).not.toContain('vmx');
    }
    expect(text).not.toContain('vmx flags');
    expect(run(s, 'grep -c hypervisor /proc/cpuinfo').text).toBe('2\n');
    expect(run(s, 'grep -c vmx /proc/cpuinfo')).toEqual({ text: '0\n', code: 1 });
  });

  test("a container reads the host kernel's file: all 4 CPUs, vmx, no hypervisor bit", () => {
    const s = withAlpine();
    run(s, 'docker run -it alpine:3.22 sh');
    const text = run(s, 'cat /proc/cpuinfo').text;
    expect(text.match(/^processor/gm)).toHaveLength(4);
    expect(run(s, 'grep -c hypervisor /proc/cpuinfo').text).toBe('0\n');
    expect(run(s, 'ls /proc').text).toContain('cpuinfo');
  });
});

describe('dmesg and kernel.dmesg_restrict', () => {
  test('the learner may not read the host buffer; sudo dmesg can', () => {
    const s = fresh();
    expect(run(s, 'dmesg')).toEqual({ text: 'dmesg: read kernel buffer failed: Operation not permitted\n', code: 1 });
    const r = run(s, 'sudo dmesg');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(
      /^\[ {4}0\.000000\] Linux version 6\.12\.48\+deb13-amd64 \(debian-kernel@lists\.debian\.org\)/,
    );
    expect(r.text).toContain(
      'smpboot: CPU0: Intel(R) Core(TM) i3-7100 CPU @ 3.90GHz (family: 0x6, model: 0x9e, stepping: 0x9)',
    );
    expect(r.text).not.toContain('Hypervisor detected');
  });

  test("starting a VM logs its AppArmor profile and, once, KVM's L1TF warning (SMT is on)", () => {
    const s = fresh();
    expect(run(s, 'sudo dmesg').text).not.toContain('kvm');
    run(s, 'virsh start web-vm');
    run(s, 'virsh start tiny');
    const log = run(s, 'sudo dmesg').text;
    expect(log).toMatch(
      /\[86400\.\d{6}\] kvm_intel: L1TF CPU bug present and SMT on, data leak possible\. See CVE-2018-3646/,
    );
    expect(log.match(/kvm_intel: L1TF/g)).toHaveLength(1);
    expect(log.match(/operation="profile_load" profile="unconfined" name="libvirt-/g)).toHaveLength(2);
    expect(run(s, 'sudo dmesg | grep -c kvm').text).toBe('1\n');
  });

  test("-t drops the time, -T prints it as a date; an unknown option is util-linux's error", () => {
    const s = fresh();
    expect(run(s, 'sudo dmesg -t').text.split('\n')[0]).toMatch(/^Linux version 6\.12/);
    expect(run(s, 'sudo dmesg -T').text.split('\n')[0]).toMatch(/^\[Wed Nov 19 09:00:00 2025\] Linux version/);
    expect(run(s, 'sudo dmesg --bogus')).toEqual({
      text: "dmesg: unrecognized option '--bogus'\nTry 'dmesg --help' for more information.\n",
      code: 1,
    });
    expect(run(s, 'sudo dmesg -w').text).toContain(`dmesg -w: ${NOT_SIMULATED}`);
  });

  test("a guest's buffer is its own boot: Hypervisor detected, its kernel, nothing of the host", () => {
    const s = inWebVm();
    const log = run(s, 'dmesg').text;
    expect(log).toMatch(/^\[ {4}0\.000000\] Linux version 6\.12\.38\+deb13-amd64/);
    expect(log).toContain('] Hypervisor detected: KVM\n');
    expect(log).not.toMatch(/L1TF|libvirt-|Started|Welcome/);
  });

  test('in a container root lacks CAP_SYSLOG: EPERM (GNU and BusyBox wording); --privileged reads the host', () => {
    const s = withAlpine();
    run(s, 'docker run -it alpine:3.22 sh');
    expect(run(s, 'dmesg')).toEqual({ text: 'dmesg: klogctl: Operation not permitted\n', code: 1 });
    run(s, 'exit');
    run(s, 'docker pull debian:13-slim');
    run(s, 'docker run -it debian:13-slim');
    expect(run(s, 'dmesg')).toEqual({ text: 'dmesg: read kernel buffer failed: Operation not permitted\n', code: 1 });
    run(s, 'exit');
    run(s, 'docker run -it --privileged alpine:3.22 sh');
    expect(run(s, 'dmesg').text).toContain('Linux version 6.12.48+deb13-amd64');
  });

  test("CirrOS's Ubuntu kernel restricts it too: the cirros user gets BusyBox's error, sudo works", () => {
    const s = fresh();
    run(s, 'virsh start tiny');
    run(s, 'virsh console tiny');
    run(s, 'cirros');
    run(s, 'gocubsgo');
    expect(run(s, 'dmesg')).toEqual({ text: 'dmesg: klogctl: Operation not permitted\n', code: 1 });
    expect(run(s, 'sudo dmesg').text).toMatch(/^\[ {4}0\.000000\] Linux version 5\.15\.0-117-generic/);
  });
});

describe('lsmod', () => {
  test('the host has kvm_intel and kvm loaded; `lsmod | grep kvm` finds them', () => {
    const s = fresh();
    const table = run(s, 'lsmod').text;
    expect(table.startsWith('Module                  Size  Used by\n')).toBe(true);
    expect(run(s, 'lsmod | grep kvm').text).toBe(
      'kvm_intel             413696  0\nkvm                  1396736  1 kvm_intel\nirqbypass              12288  1 kvm\n',
    );
    expect(run(s, 'cat /proc/modules').text).toContain('kvm 1396736 1 kvm_intel, Live 0x0000000000000000\n');
  });

  test('each running VM holds kvm_intel: its use count grows and falls with the domains', () => {
    const s = fresh();
    const uses = () => Number(/^kvm_intel +\d+ +(\d+)/m.exec(run(s, 'lsmod').text)?.[1]);
    expect(uses()).toBe(0);
    run(s, 'virsh start web-vm');
    const one = uses();
    expect(one).toBeGreaterThan(0);
    run(s, 'virsh start tiny');
    expect(uses()).toBeGreaterThan(one);
    run(s, 'virsh destroy web-vm');
    run(s, 'virsh destroy tiny');
    expect(uses()).toBe(0);
  });

  test('a guest has no KVM modules (its VT-x is disabled); BusyBox lsmod adds the taint state', () => {
    const s = inWebVm();
    expect(run(s, 'lsmod | grep kvm')).toEqual({ text: '', code: 1 });
    expect(run(s, 'lsmod').text).toContain('virtio_net');
    const a = withAlpine();
    run(a, 'docker run -it alpine:3.22 sh');
    const bb = run(a, 'lsmod').text;
    expect(bb.startsWith('Module                  Size  Used by    Not tainted\n')).toBe(true);
    expect(bb).toContain('kvm                  1396736  1 kvm_intel\n');
  });

  test('a Debian slim image has no kmod: lsmod is not there', () => {
    const s = fresh();
    run(s, 'docker pull debian:13-slim');
    run(s, 'docker run -it debian:13-slim');
    expect(run(s, 'lsmod')).toEqual({ text: 'bash: lsmod: command not found\n', code: 127 });
  });
});

describe('/dev/kvm', () => {
  test('on the host: a character device 10, 232, group kvm, with an ACL', () => {
    const s = fresh();
    // GNU ls sizes each column to its widest cell: alone, `10, 232` needs no padding.
    expect(run(s, 'ls -l /dev/kvm').text).toBe('crw-rw----+ 1 root kvm 10, 232 Nov 19 09:00 /dev/kvm\n');
    // In a listing, majors and minors align, and the modes without an ACL get a blank where the `+` would be.
    const dev = run(s, 'ls -l /dev').text;
    expect(dev).toContain('crw-rw----+ 1 root kvm  10, 232 Nov 19 09:00 kvm\n');
    expect(dev).toContain('crw-rw-rw-  1 root root  1,   3 Nov 19 09:00 null\n');
    expect(run(s, 'ls /dev').text).toContain('kvm');
    expect(run(s, 'ls /dev/kvm').text).toBe('/dev/kvm\n');
    // Not in group kvm, the learner cannot open it; root can, but the device has no read().
    expect(run(s, 'cat /dev/kvm')).toEqual({ text: 'cat: /dev/kvm: Permission denied\n', code: 1 });
    expect(run(s, 'sudo cat /dev/kvm')).toEqual({ text: 'cat: /dev/kvm: Invalid argument\n', code: 1 });
  });

  test('absent in a container unless --privileged, and absent in a guest (no nested virtualization)', () => {
    const s = withAlpine();
    run(s, 'docker run -it alpine:3.22 sh');
    expect(run(s, 'ls /dev/kvm')).toEqual({ text: 'ls: /dev/kvm: No such file or directory\n', code: 1 });
    run(s, 'exit');
    run(s, 'docker run -it --privileged alpine:3.22 sh');
    expect(run(s, 'ls /dev/kvm').text).toBe('/dev/kvm\n');
    const g = inWebVm();
    expect(run(g, 'ls -l /dev/kvm')).toEqual({
      text: "ls: cannot access '/dev/kvm': No such file or directory\n",
      code: 2,
    });
  });
});

describe('systemd-analyze', () => {
  test('in the KVM guest: its own boot stages, summed', () => {
    const s = inWebVm();
    const vm = s.sim.state.vms.find((v) => v.name === 'web-vm');
    const at = (stage: string) => vm?.bootPlan.find((p) => p.stage === stage)?.atMs ?? NaN;
    const r = run(s, 'systemd-analyze');
    const m =
      /^Startup finished in (\d\.\d{3})s \(firmware\) \+ (\d+)ms \(loader\) \+ (\d+|\d\.\d{3})(m?s) \(kernel\) \+ (\d\.\d{3})s \(initrd\) \+ (\d\.\d{3})s \(userspace\) = (\d+\.\d{3})s \nmulti-user\.target reached after \d\.\d{3}s in userspace\.\n$/.exec(
        r.text,
      );
    expect(m, r.text).not.toBeNull();
    const ms = (v: string, unit = 's') => Math.round(unit === 'ms' ? Number(v) : Number(v) * 1000);
    expect(ms(m?.[1] as string)).toBe(at('bootloader') - at('firmware'));
    expect(Number(m?.[2])).toBe(at('kernel') - at('bootloader'));
    expect(ms(m?.[3] as string, m?.[4])).toBe(at('initrd') - at('kernel'));
    expect(ms(m?.[6] as string)).toBe(at('running') - at('services'));
    expect(ms(m?.[7] as string)).toBe(at('running') - at('firmware'));
    // FACTS B: loader 132 ms, kernel 990 ms, initrd 1.66 s, userspace 6.04 s (±3 % jitter).
    expect(Number(m?.[2])).toBeGreaterThan(125);
    expect(ms(m?.[6] as string)).toBeGreaterThan(5800);
    expect(run(s, 'systemd-analyze time').text).toBe(r.text);
  });

  test('on the host: GRUB reports no firmware or loader time, so kernel + userspace (representative)', () => {
    expect(run(fresh(), 'systemd-analyze').text).toBe(
      'Startup finished in 2.611s (kernel) + 7.843s (userspace) = 10.454s \nmulti-user.target reached after 7.843s in userspace.\n',
    );
  });

  test('blame and the other verbs say "not simulated"; a typo is systemd\'s error; CirrOS has no systemd', () => {
    const s = fresh();
    const blame = run(s, 'systemd-analyze blame');
    expect(blame.text).toBe(
      `systemd-analyze blame: ${NOT_SIMULATED} (it exists in the real systemd-analyze). Try it on a real Linux machine.\n`,
    );
    expect(blame.code).toBe(126);
    expect(run(s, 'systemd-analyze blmae')).toEqual({ text: "Unknown command verb 'blmae'.\n", code: 1 });
    run(s, 'virsh start tiny');
    run(s, 'virsh console tiny');
    run(s, 'cirros');
    run(s, 'gocubsgo');
    expect(run(s, 'systemd-analyze')).toEqual({ text: 'sh: systemd-analyze: not found\n', code: 127 });
  });
});
