/**
 * virsh's domain commands as virsh(1) documents them and libvirt implements them: suspend, resume, reboot
 * (src/qemu/qemu_driver.c: qemuDomainSuspend/Resume/Reboot, their "not valid" errors), dumpxml (the domain XML
 * format, libvirt.org/formatdomain.html), version (tools/virsh-host.c cmdVersion), and the empty line virsh
 * prints after every command it ran (tools/vsh.c, vshCommandRun).
 */
import { describe, expect, test } from 'vitest';
import { NOT_SIMULATED } from '../../../src/engines/sim/commands/honesty';
import { fresh, run } from './helpers';

const notValid = (action: string, why: string) => ({
  text: `error: Failed to ${action} domain 'web-vm'\nerror: Requested operation is not valid: ${why}\n\n`,
  code: 1,
});

describe('virsh suspend and resume', () => {
  test('suspend pauses the vCPUs: list, domstate and dominfo say "paused"; resume runs them again', () => {
    const s = fresh();
    run(s, 'virsh start web-vm');
    expect(run(s, 'virsh suspend web-vm')).toEqual({ text: "Domain 'web-vm' suspended\n\n", code: 0 });
    expect(run(s, 'virsh list').text).toBe(
      // vsh-table.c: the dashes are each column's width plus three (2+3, 6+3, 6+3 for "paused").
      ' Id   Name     State\n-----------------------\n 1    web-vm   paused\n\n',
    );
    expect(run(s, 'virsh domstate web-vm').text).toBe('paused\n\n');
    expect(run(s, 'virsh dominfo web-vm').text).toMatch(/\nState: +paused\n/);
    // The qemu process and the guest's memory stay: a paused guest is not a stopped one.
    expect(s.sim.state.procs.some((p) => p.comm === 'qemu-system-x86')).toBe(true);
    expect(run(s, 'virsh resume web-vm')).toEqual({ text: "Domain 'web-vm' resumed\n\n", code: 0 });
    expect(run(s, 'virsh domstate web-vm').text).toBe('running\n\n');
  });

  test('suspending a paused domain changes nothing and succeeds; the domain can be named by its Id', () => {
    const s = fresh();
    run(s, 'virsh start web-vm');
    run(s, 'virsh suspend 1');
    expect(run(s, 'virsh suspend web-vm').code).toBe(0);
    expect(run(s, 'virsh domstate 1').text).toBe('paused\n\n');
  });

  test('a paused guest does not run: its boot, its CPU time and its memory stand still', () => {
    const s = fresh();
    run(s, 'virsh start web-vm');
    run(s, 'sleep 2');
    run(s, 'virsh suspend web-vm');
    const cpu = () => /CPU time: +([\d.]+)s/.exec(run(s, 'virsh dominfo web-vm').text)?.[1];
    const rss = () => s.sim.state.procs.find((p) => p.comm === 'qemu-system-x86')?.rssKiB;
    const [cpuBefore, rssBefore] = [cpu(), rss()];
    run(s, 'sleep 60');
    expect(cpu()).toBe(cpuBefore);
    expect(rss()).toBe(rssBefore);
    run(s, 'virsh resume web-vm');
    // Resumed 2 s into its ~10 s boot, it still has the rest of the boot ahead of it.
    const rest = s.execute('virsh console web-vm');
    expect(rest.output.reduce((n, c) => n + c.delayMs, 0)).toBeGreaterThan(6000);
    expect(s.prompt()).toBe('web-vm login: ');
  });

  test('errors: a shut-off domain cannot be suspended or resumed; a running one is "already running"', () => {
    const s = fresh();
    expect(run(s, 'virsh suspend web-vm')).toEqual(notValid('suspend', 'domain is not running'));
    expect(run(s, 'virsh resume web-vm')).toEqual(notValid('resume', 'domain is not running'));
    run(s, 'virsh start web-vm');
    expect(run(s, 'virsh resume web-vm')).toEqual(notValid('resume', 'domain is already running'));
    run(s, 'virsh suspend web-vm');
    expect(run(s, 'virsh shutdown web-vm')).toEqual(notValid('shutdown', 'domain is not running'));
    expect(run(s, 'virsh start web-vm')).toEqual(notValid('start', 'domain is already running'));
    expect(run(s, 'virsh suspend')).toEqual({ text: "error: command 'suspend' requires <domain> option\n", code: 1 });
    expect(run(s, 'virsh suspend --force web-vm')).toEqual({
      text: "error: command 'suspend' doesn't support option --force\n",
      code: 1,
    });
  });

  test('a paused domain can still be destroyed', () => {
    const s = fresh();
    run(s, 'virsh start web-vm');
    run(s, 'virsh suspend web-vm');
    expect(run(s, 'virsh destroy web-vm').text).toBe("Domain 'web-vm' destroyed\n\n");
    expect(run(s, 'virsh list --all').text).toContain(' -    web-vm   shut off');
  });
});

describe('virsh dumpxml', () => {
  test('a running domain: live XML built from the model (Id, uuid, memory in KiB, vCPUs, hvm, disk, console)', () => {
    const s = fresh();
    run(s, 'virsh start web-vm');
    const vm = s.sim.state.vms.find((v) => v.name === 'web-vm');
    const r = run(s, 'virsh dumpxml web-vm');
    expect(r.code).toBe(0);
    const xml = r.text;
    expect(xml.startsWith("<domain type='kvm' id='1'>\n  <name>web-vm</name>\n")).toBe(true);
    expect(xml).toContain(`  <uuid>${vm?.uuid}</uuid>\n`);
    expect(xml).toContain("  <memory unit='KiB'>2097152</memory>\n");
    expect(xml).toContain("  <vcpu placement='static'>2</vcpu>\n");
    expect(xml).toContain("    <type arch='x86_64' machine='pc-q35-10.0'>hvm</type>\n");
    expect(xml).toContain("  <os firmware='efi'>\n");
    expect(xml).toContain(
      "      <driver name='qemu' type='qcow2' discard='unmap'/>\n      <source file='/var/lib/libvirt/images/web-vm.qcow2' index='1'/>\n",
    );
    expect(xml).toContain("    <console type='pty' tty='/dev/pts/1'>\n");
    expect(xml).toContain(`    <label>libvirt-${vm?.uuid}</label>\n`);
    expect(xml).toContain("    <feature policy='disable' name='vmx'/>\n");
    expect(xml.endsWith('</domain>\n\n')).toBe(true);
    // Well-formed: every element opened is closed, in order.
    const stack: string[] = [];
    for (const [, close, name, self] of xml.matchAll(/<(\/?)([A-Za-z_]+)[^>]*?(\/?)>/g)) {
      if (close) expect(stack.pop()).toBe(name);
      else if (!self) stack.push(name as string);
    }
    expect(stack).toEqual([]);
  });

  test('a shut-off domain, or --inactive: the persistent definition, without Id, aliases, pty or labels', () => {
    const s = fresh();
    const off = run(s, 'virsh dumpxml tiny').text;
    expect(off.startsWith("<domain type='kvm'>\n  <name>tiny</name>\n")).toBe(true);
    expect(off).toContain("  <memory unit='KiB'>262144</memory>\n");
    expect(off).toContain(
      "  <os>\n    <type arch='x86_64' machine='pc-q35-10.0'>hvm</type>\n    <boot dev='hd'/>\n  </os>\n",
    );
    expect(off).toContain("<source file='/var/lib/libvirt/images/cirros-0.6.3.qcow2'/>");
    expect(off).not.toMatch(/alias|seclabel|\/dev\/pts/);
    run(s, 'virsh start tiny');
    expect(run(s, 'virsh dumpxml --inactive tiny').text).toBe(off);
    expect(run(s, 'virsh dumpxml tiny').text).not.toBe(off);
  });

  test('errors and options the course does not model', () => {
    const s = fresh();
    expect(run(s, 'virsh dumpxml nope')).toEqual({ text: "error: failed to get domain 'nope'\n\n", code: 1 });
    expect(run(s, 'virsh dumpxml')).toEqual({ text: "error: command 'dumpxml' requires <domain> option\n", code: 1 });
    const xpath = run(s, 'virsh dumpxml --xpath //name web-vm');
    expect(xpath.text).toContain(`virsh dumpxml --xpath: ${NOT_SIMULATED}`);
    expect(xpath.code).toBe(126);
  });
});

describe('virsh version', () => {
  test('libvirt and QEMU versions of a Debian 13 host; --daemon adds the daemon', () => {
    const s = fresh();
    expect(run(s, 'virsh version')).toEqual({
      text: 'Compiled against library: libvirt 11.3.0\nUsing library: libvirt 11.3.0\nUsing API: QEMU 11.3.0\nRunning hypervisor: QEMU 10.0.2\n\n',
      code: 0,
    });
    expect(run(s, 'virsh version --daemon').text).toContain(
      'Running hypervisor: QEMU 10.0.2\nRunning against daemon: 11.3.0\n\n',
    );
  });

  test("a typo is virsh's own error", () => {
    expect(run(fresh(), 'virsh version --bogus')).toEqual({
      text: "error: command 'version' doesn't support option --bogus\n",
      code: 1,
    });
  });

  test('the QEMU version agrees with the machine type qemu runs with', () => {
    const s = fresh();
    run(s, 'virsh start web-vm');
    expect(run(s, 'ps -ef').text).toContain('-machine pc-q35-10.0');
    expect(run(s, 'virsh version').text).toContain('QEMU 10.0.');
  });
});
