import { describe, expect, test } from 'vitest';
import { checkInvariants } from '../../../src/engines/sim/index';
import { hostMemory } from '../../../src/engines/sim/model/memory';
import { fresh, run, withAlpine } from './helpers';

describe('engine invariants', () => {
  test('memory: used = kernel + Σ RSS, and used + free + buff/cache = total, through a busy session', () => {
    const s = withAlpine();
    const lines = [
      'docker run -d --name a -m 128m alpine:3.22 stress --vm 1 --vm-bytes 100M --timeout 60s',
      'virsh start web-vm',
      'docker pull ubuntu:24.04',
      'docker run -dit --name b alpine:3.22',
    ];
    for (const l of lines) {
      run(s, l); // run() asserts checkInvariants after each line
      const m = hostMemory(s.sim.state);
      expect(m.usedKiB + m.freeKiB + m.buffCacheKiB).toBe(16 * 1024 * 1024);
    }
    const used = hostMemory(s.sim.state).usedKiB;
    const qemu = s.sim.state.procs.find((p) => p.comm === 'qemu-system-x86')!.rssKiB;
    run(s, 'virsh destroy web-vm');
    // Destroying the VM frees exactly what qemu held: its own overhead plus the guest pages touched so far.
    expect(used - hostMemory(s.sim.state).usedKiB).toBe(qemu);
    expect(qemu).toBeGreaterThanOrEqual(131 * 1024);
    expect(qemu).toBeLessThanOrEqual((2048 + 131) * 1024);
  });

  test('PIDs: unique on the host; each container numbers its own from 1', () => {
    const s = withAlpine();
    run(s, 'docker run -dit --name a alpine:3.22');
    run(s, 'docker run -dit --name b alpine:3.22');
    const a = s.sim.state.containers.find((c) => c.name === 'a')!;
    const b = s.sim.state.containers.find((c) => c.name === 'b')!;
    const one = (id: string) => s.sim.state.procs.find((p) => p.container === id && p.nsPid === 1)!;
    expect(one(a.id).pid).not.toBe(one(b.id).pid);
    expect(a.ns.pid).not.toBe(b.ns.pid);
    expect(checkInvariants(s.sim.state)).toEqual([]);
  });

  test('image reference counts: layers live exactly as long as an image needs them', () => {
    const s = fresh();
    run(s, 'docker pull debian:13-slim');
    run(s, 'docker pull lab/myapp:1.0');
    run(s, 'docker run --name c lab/myapp:1.0 true');
    run(s, 'docker rmi -f lab/myapp:1.0'); // forced: the stopped container keeps a dangling image
    expect([...s.sim.state.images.values()].some((i) => i.tags.length === 0)).toBe(true);
    expect(run(s, 'docker images').text).toContain('<untagged>');
    expect(run(s, 'docker images --no-trunc').text).toContain('<none>');
    run(s, 'docker rm c'); // like Docker, the dangling image stays until removed by id (or pruned)
    const dangling = [...s.sim.state.images.values()].find((i) => i.tags.length === 0)!;
    expect(run(s, `docker rmi ${dangling.id.slice(0, 12)}`).text).toMatch(
      /^Deleted: sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/,
    );
    expect(s.sim.state.layers.size).toBe(1); // debian's base layer, still used by debian:13-slim
  });

  test('the invariant checker catches corruption', () => {
    const s = withAlpine();
    run(s, 'docker run -dit --name a alpine:3.22');
    s.sim.state.procs.push({ ...s.sim.state.procs[0]! });
    expect(checkInvariants(s.sim.state)).toContain('host PIDs are not unique');
  });
});
