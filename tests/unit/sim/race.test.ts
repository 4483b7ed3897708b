import { describe, expect, test } from 'vitest';
import { createSession, planRace, type RaceProfile } from '../../../src/engines/sim/index';

const PROFILES: RaceProfile[] = ['kvm-distro', 'microvm', 'container-cached', 'container-pull'];

describe('planRace', () => {
  test.each(PROFILES)('%s: stages are contiguous and monotonic, lines inside their stage', (profile) => {
    const t = planRace(profile, 11);
    expect(t.profile).toBe(profile);
    let prev = 0;
    for (const st of t.stages) {
      expect(st.startMs).toBe(prev);
      expect(st.endMs).toBeGreaterThanOrEqual(st.startMs);
      for (const l of st.lines) {
        expect(l.atMs).toBeGreaterThanOrEqual(st.startMs);
        expect(l.atMs).toBeLessThanOrEqual(st.endMs);
      }
      expect(st.explanation.length).toBeGreaterThan(20);
      prev = st.endMs;
    }
    expect(t.readyAtMs).toBe(prev);
    expect(t.sources.length).toBeGreaterThan(0);
  });

  test('deterministic per seed, different across seeds', () => {
    expect(planRace('kvm-distro', 5)).toEqual(planRace('kvm-distro', 5));
    expect(planRace('kvm-distro', 5).readyAtMs).not.toBe(planRace('kvm-distro', 6).readyAtMs);
  });

  test.each([1, 2, 3, 42, 1000])('ready order with seed %i: microVM and containers before the distro VM', (seed) => {
    const r = Object.fromEntries(PROFILES.map((p) => [p, planRace(p, seed)]));
    // FACTS B: the VMM is ready in 6–60 ms of wall time (8 ms of CPU), then ≤125 ms from InstanceStart to init.
    const [vmm, kernel] = r.microvm!.stages;
    expect(vmm!.endMs - vmm!.startMs).toBeGreaterThanOrEqual(6);
    expect(vmm!.endMs - vmm!.startMs).toBeLessThanOrEqual(60);
    expect(kernel!.endMs - kernel!.startMs).toBeLessThanOrEqual(125);
    expect(r['container-cached']!.readyAtMs).toBeGreaterThan(200); // FACTS B: ≈0.2–0.5 s
    expect(r['container-cached']!.readyAtMs).toBeLessThan(500);
    expect(r['container-pull']!.readyAtMs).toBeGreaterThan(r['container-cached']!.readyAtMs);
    expect(r['kvm-distro']!.readyAtMs).toBeGreaterThan(9000);
    expect(Math.max(r.microvm!.readyAtMs, r['container-pull']!.readyAtMs)).toBeLessThan(r['kvm-distro']!.readyAtMs);
  });

  test('figures: kernels, memory, disk, and real-looking log lines', () => {
    const kvm = planRace('kvm-distro', 1);
    expect(kvm.stages.map((s) => s.id)).toEqual(['firmware', 'bootloader', 'kernel', 'initrd', 'userspace', 'login']);
    expect(kvm.kernelsStarted).toBe(1);
    expect([kvm.guestRamMiB, kvm.overhead]).toEqual([2048, { amount: 131, unit: 'MB', atMost: false }]);
    expect(kvm.sources.join(' ')).toMatch(/no figure for virtual firmware/);
    expect(kvm.stages[2]?.lines[0]?.text).toMatch(/^\[ +0\.000000\] Linux version /);
    const c = planRace('container-cached', 1);
    expect(c.kernelsStarted).toBe(0);
    expect([c.guestRamMiB, c.overhead]).toEqual([null, { amount: 5.2, unit: 'MB', atMost: false }]);
    expect(c.diskUsedMiB).toBe(11.5); // Docker 29 DISK USAGE: 3.8 MB packed + 8.3 MB unpacked = 12.1 MB
    expect(c.stages.map((s) => s.id)).toEqual(['api', 'rootfs', 'shim', 'runc-create', 'runc-start', 'output']);
    expect(c.stages[1]?.lines[0]?.text).toMatch(
      /^time="2025-11-20T09:00:00\.\d{9}Z" level=info msg="Prepare snapshot"/,
    );
    const pull = planRace('container-pull', 1);
    expect(pull.stages[0]?.id).toBe('pull');
    expect(pull.stages[0]!.endMs).toBeGreaterThan(290); // 3.8 MB / 12.5 MB/s = 304 ms ± 3 %
    expect(pull.stages[0]!.endMs).toBeLessThan(320);
    // Firecracker's current spec revision: a 1 vCPU / 128 MiB microVM (FACTS B), ≤5 MiB VMM overhead (FACTS C).
    const micro = planRace('microvm', 1);
    expect([micro.guestRamMiB, micro.overhead]).toEqual([128, { amount: 5, unit: 'MiB', atMost: true }]);
  });

  test.each([1, 2, 3, 42, 1000])(
    'docker run follows FACTS F with seed %i: rootfs first, runc stages sum to ~33 ms',
    (seed) => {
      const c = planRace('container-cached', seed);
      const stage = (id: string) => c.stages.find((s) => s.id === id)!;
      const runtime =
        stage('runc-create').endMs -
        stage('runc-create').startMs +
        (stage('runc-start').endMs - stage('runc-start').startMs);
      // FACTS B: runc create + start ≈ 33 ms, namespaces and cgroup included (±3 % seeded jitter).
      expect(runtime).toBeGreaterThanOrEqual(32);
      expect(runtime).toBeLessThanOrEqual(34);
      // FACTS F: the root filesystem is mounted before `runc create`, which creates the namespaces.
      expect(stage('rootfs').endMs).toBeLessThanOrEqual(stage('runc-create').startMs);
      expect(
        stage('rootfs')
          .lines.map((l) => l.text)
          .join('\n'),
      ).toMatch(/mount\("overlay"/);
      expect(
        stage('runc-create')
          .lines.map((l) => l.text)
          .join('\n'),
      ).toMatch(/CLONE_NEWPID/);
      expect(c.stages.some((s) => /namespace|overlay/i.test(s.id))).toBe(false);
    },
  );

  test('the API version in the race log is the one docker version prints', () => {
    const s = createSession({ seed: 1 });
    const version = /API version:\s+(\S+)/.exec(
      s
        .execute('docker version')
        .output.map((o) => o.text)
        .join(''),
    )?.[1];
    const logged = planRace('container-cached', 1)
      .stages.flatMap((st) => st.lines.map((l) => l.text))
      .join('\n');
    expect(version).toMatch(/^1\.\d+$/);
    expect(logged).toContain(`POST /v${version}/containers/create`);
  });
});
