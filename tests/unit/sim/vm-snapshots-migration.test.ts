// Snapshots bring a guest's files (and, from a memory snapshot, its processes) back; a live migration moves a
// running guest to host-b with QEMU's pre-copy timing; the vm goal checks host, snapshots and downtimeSeen.
import { describe, expect, test } from 'vitest';
import { GoalCheckSchema, ScenarioSchema } from '../../../src/schemas/scenario';
import { checkGoal, createScenarioSession, type ScenarioRun } from '../../../src/engines/sim/index';
import {
  DOWNTIME_LIMIT_MS,
  IDLE_DIRTY_BYTES_PER_S,
  LINK_BYTES_PER_S,
  planMigration,
} from '../../../src/engines/sim/model/vm-migrate';
import type { Vm } from '../../../src/engines/sim/model/types';
import { fresh, run } from './helpers';

const LOGIN = ['virsh console web-vm', 'root', 'isolationlab'];
const LEAVE = ['exit', '\x1d'];
const MIGRATE = 'virsh migrate --live --verbose --persistent --undefinesource web-vm qemu+ssh://host-b/system';

/** Runs lines, returning the last one's result. */
function lines(s: ReturnType<typeof fresh>, ...ls: string[]): { text: string; code: number } {
  let r = { text: '', code: 0 };
  for (const l of ls) r = run(s, l);
  return r;
}

describe('snapshot-revert brings back the guest as it was', () => {
  test('a file written after a shut-off snapshot is gone after the revert', () => {
    const s = fresh();
    lines(s, 'virsh snapshot-create-as web-vm before-upgrade', 'virsh start web-vm', ...LOGIN);
    lines(s, 'echo upgraded > /root/upgrade.txt');
    expect(run(s, 'cat /root/upgrade.txt').text).toBe('upgraded\n');
    lines(s, ...LEAVE);
    expect(run(s, 'virsh snapshot-revert web-vm before-upgrade').text).toBe('Domain snapshot before-upgrade reverted\n\n'); // prettier-ignore
    expect(run(s, 'virsh domstate web-vm').text).toBe('shut off\n\n');
    lines(s, 'virsh start web-vm', ...LOGIN);
    expect(run(s, 'cat /root/upgrade.txt')).toEqual({
      text: 'cat: /root/upgrade.txt: No such file or directory\n',
      code: 1,
    });
  });

  test('a memory snapshot of a running guest (tiny: SeaBIOS, so allowed) brings its processes back too', () => {
    const s = fresh();
    lines(s, 'virsh start tiny', 'virsh console tiny', 'cirros', 'gocubsgo', 'sleep 900 &', 'exit', '\x1d');
    lines(s, 'virsh snapshot-create-as tiny with-sleep');
    const vm = s.sim.state.vms.find((v) => v.name === 'tiny') as Vm;
    const sleeps = () => vm.procs.filter((p) => p.comm === 'sleep').length;
    expect(sleeps()).toBe(1);
    lines(s, 'virsh destroy tiny');
    expect(sleeps()).toBe(0);
    lines(s, 'virsh snapshot-revert tiny with-sleep');
    expect(run(s, 'virsh domstate tiny').text).toBe('running\n\n');
    expect(sleeps()).toBe(1);
    expect(s.sim.state.procs.some((p) => p.pid === vm.qemuPid)).toBe(true); // a new qemu holds the restored RAM
  });

  test('--disk-only freezes the disk and writes to an overlay from then on; deleting it merges back', () => {
    const s = fresh();
    lines(s, 'virsh start web-vm', 'virsh snapshot-create-as web-vm ext --disk-only --atomic');
    const vm = s.sim.state.vms.find((v) => v.name === 'web-vm') as Vm;
    expect(vm.disk.path).toBe('/var/lib/libvirt/images/web-vm.ext');
    expect(run(s, 'virsh snapshot-revert web-vm ext').code).toBe(126); // reverting to external: not modelled
    lines(s, 'virsh snapshot-delete web-vm ext');
    expect(vm.disk.path).toBe('/var/lib/libvirt/images/web-vm.qcow2');
  });
});

describe('virt-clone makes a new domain from a shut-off one', () => {
  test('new name, UUID, MAC and disk; the guest inside is the same', () => {
    const s = fresh();
    lines(s, 'virt-clone --original web-vm --name web-vm-2 --auto-clone');
    const [a, b] = ['web-vm', 'web-vm-2'].map((n) => s.sim.state.vms.find((v) => v.name === n) as Vm);
    expect(b!.uuid).not.toBe(a!.uuid);
    expect(b!.disk.path).toBe('/var/lib/libvirt/images/web-vm-2.qcow2');
    const mac = (name: string) => /<mac address='([^']+)'/.exec(run(s, `virsh dumpxml ${name}`).text)?.[1];
    expect(mac('web-vm-2')).toMatch(/^52:54:00:/);
    expect(mac('web-vm-2')).not.toBe(mac('web-vm'));
    lines(s, 'virsh start web-vm-2', 'virsh console web-vm-2', 'root', 'isolationlab');
    expect(run(s, 'hostname').text).toBe('web-vm\n'); // virt-clone changes nothing inside the guest
  });
});

describe("live migration follows QEMU's pre-copy", () => {
  /** A booted web-vm, as a plan's input. */
  function booted(): Vm {
    const s = fresh();
    lines(s, 'virsh start web-vm', 'sleep 60');
    return s.sim.state.vms.find((v) => v.name === 'web-vm') as Vm;
  }

  test('pass 1 sends the touched RAM while the guest runs; the rest fits in the 300 ms limit', () => {
    const vm = booted();
    const plan = planMigration(vm, true);
    const touched = vm.touchedMiB * 1024 * 1024;
    const pass1Ms = (touched / LINK_BYTES_PER_S) * 1000;
    const dirtied = (IDLE_DIRTY_BYTES_PER_S * pass1Ms) / 1000;
    expect(plan.job.downtimeMs).toBe(Math.max(1, Math.round(dirtied / (LINK_BYTES_PER_S / 1000))));
    expect(plan.job.downtimeMs).toBeLessThan(DOWNTIME_LIMIT_MS);
    expect(plan.job.timeElapsedMs).toBe(Math.round(pass1Ms + plan.job.downtimeMs));
    expect(plan.job.memProcessed).toBe(touched + Math.round(dirtied)); // dirty pages are sent twice
    expect(plan.job.constantPages).toBe((vm.memMiB - vm.touchedMiB) * 256); // zero pages go as a flag
  });

  test('without --live the guest is paused for the whole copy', () => {
    const vm = booted();
    const plan = planMigration(vm, false);
    expect(plan.job.downtimeMs).toBe(plan.job.timeElapsedMs);
    expect(plan.job.downtimeMs).toBeGreaterThan(DOWNTIME_LIMIT_MS);
  });

  test('the guest keeps running on host-b: its process, uptime and files went with it', () => {
    const s = fresh();
    lines(s, 'virsh start web-vm', ...LOGIN, 'sleep 3600 &', 'echo kept > /root/note', ...LEAVE);
    const vm = s.sim.state.vms.find((v) => v.name === 'web-vm') as Vm;
    const started = vm.startedMs;
    const before = s.sim.state.clockMs;
    const r = run(s, MIGRATE);
    expect(r.text).toMatch(/Migration: \[100\.00 %\]\n\n$/);
    expect(s.sim.state.clockMs - before).toBe(vm.lastJob?.timeElapsedMs);
    expect(vm.startedMs).toBe(started);
    expect(s.sim.state.procs.some((p) => p.comm === 'qemu-system-x86')).toBe(false); // its qemu left this host
    lines(s, 'virsh -c qemu+ssh://host-b/system console web-vm', 'root', 'isolationlab');
    expect(run(s, 'ps').text).toMatch(/ sleep\n/);
    expect(run(s, 'cat /root/note').text).toBe('kept\n');
  });
});

describe('vm goal checks: host, snapshots, downtimeSeen', () => {
  function lab(): ScenarioRun {
    return createScenarioSession(
      ScenarioSchema.parse({
        id: 'vm-goals',
        title: 't',
        summary: 's',
        hints: ['h'],
        solution: ['true'],
        start: { vms: [{ name: 'web-vm' }] },
        goal: [{ description: 'd', check: { type: 'session', inside: 'host' } }],
      }),
      { seed: 2 },
    );
  }
  const verdict = (r: ScenarioRun, check: unknown) => {
    const p = checkGoal(r.state(), [{ description: 'd', check: GoalCheckSchema.parse(check) }]).parts[0]!;
    return p.met ? { met: true } : { met: false, detail: p.detail };
  };

  test('each met after the learner did it, not met before, with its reason', () => {
    const r = lab();
    const host = { type: 'vm', name: 'web-vm', host: 'host-b' };
    const snaps = { type: 'vm', name: 'web-vm', snapshots: ['before-upgrade'] };
    const seen = { type: 'vm', name: 'web-vm', downtimeSeen: true };
    expect(verdict(r, host)).toEqual({ met: false, detail: 'web-vm is on host' });
    expect(verdict(r, { ...host, host: 'host' })).toEqual({ met: true });
    expect(verdict(r, snaps)).toEqual({ met: false, detail: 'web-vm has no snapshot before-upgrade' });
    expect(verdict(r, seen)).toEqual({
      met: false,
      detail: "you have not read web-vm's completed migration job (virsh domjobinfo --completed) yet",
    });
    for (const l of [
      'virsh shutdown web-vm',
      'virsh snapshot-create-as web-vm before-upgrade',
      'virsh start web-vm',
      MIGRATE,
    ])
      r.session.execute(l);
    expect(verdict(r, host)).toEqual({ met: true });
    expect(verdict(r, snaps)).toEqual({ met: true });
    expect(verdict(r, { ...snaps, snapshots: ['before-upgrade', 'other'] })).toEqual({
      met: false,
      detail: 'web-vm has no snapshot other',
    });
    expect(verdict(r, seen).met).toBe(false);
    r.session.execute('virsh -c qemu+ssh://host-b/system domjobinfo web-vm --completed');
    expect(verdict(r, seen)).toEqual({ met: true });
  });
});
