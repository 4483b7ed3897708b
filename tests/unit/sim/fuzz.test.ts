import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkInvariants, createSession } from '../../../src/engines/sim/index';
import { MAX_OUTPUT_CHARS } from '../../../src/engines/sim/shell/output';

const VALID = [
  'uname -a',
  'ps aux',
  'ps',
  'free -h',
  'df -h',
  'hostname',
  'id',
  'lsns',
  'sudo lsns',
  'ls /proc',
  'cat /proc/1/status',
  'docker pull alpine:3.22',
  'docker pull debian:13-slim',
  'docker pull lab/myapp:1.0',
  'docker images',
  'docker ps -a',
  'docker run -d --name w alpine:3.22 sleep 50',
  'docker run -dit alpine:3.22',
  'docker run -it alpine:3.22 sh',
  'docker run -m 64m alpine:3.22 tail /dev/zero',
  'docker run --rm alpine:3.22 echo hi',
  'docker exec -it w sh',
  'docker stop w',
  'docker rm -f w',
  'docker rmi alpine:3.22',
  'docker rmi -f alpine:3.22',
  'docker stats --no-stream',
  'docker inspect w',
  'virsh start web-vm',
  'virsh console web-vm',
  'virsh destroy web-vm',
  'virsh start tiny',
  'virsh console tiny',
  'virsh shutdown tiny',
  'root',
  'isolationlab',
  'cirros',
  'gocubsgo',
  '\x1d',
  'virsh suspend web-vm',
  'virsh resume web-vm',
  'virsh reboot web-vm',
  'virsh dumpxml web-vm',
  'virsh version',
  'reboot',
  'logout',
  'dmesg',
  'sudo dmesg -T',
  'lsmod | grep kvm',
  'cat /proc/cpuinfo',
  'ls -l /dev/kvm',
  'systemd-analyze',
  'exit',
  'sh',
  'bash',
  'stress --vm 1 --vm-bytes 64M --timeout 1s',
  'sleep 3 &',
  'sleep 2',
  'echo x > /tmp/f',
  'cat /sys/fs/cgroup/memory.max',
  'hostname n',
  'mount -t tmpfs none /mnt',
  'tail /dev/zero',
  'time docker run --rm hello-world',
  'docker run -it --pids-limit 2 alpine:3.22 sh',
  'clear',
  'history',
];

/** Hostile fragments: control and escape characters, unicode, operators, nesting. */
const HOSTILE = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '\u0000',
    '\u001b[2J',
    '\u0007',
    '\r',
    '\t',
    '\\',
    '"',
    "'",
    '$',
    '$(',
    '${',
    '`',
    '|',
    '||',
    '&&',
    ';',
    '&',
    '>',
    '>>',
    '<',
    '2>',
    '#',
    '~',
    '🦀',
    'ﾃ',
    '\u202e',
    // Shell constructs: loops that never end, deep substitutions, errors inside expansions.
    'while true; do :; done',
    'until false; do echo x; done',
    'for i in 1 2 3; do for j in $(echo a b); do echo $i$j; done; done',
    '$((',
    '$((1/0))',
    '$((2**62*8))',
    '${x:?}',
    '${x!}',
    '${#',
    '`echo',
    '*',
    '/*/*',
    '[ -d /',
    'if true; then',
    'fi',
    'case x in',
    'cat <<EOF',
    '{ echo a; }',
    '( exit 3 )',
    '! false',
    '2>&1',
    '>&3',
    'break 2',
    'kill -9 %1',
    'wait',
    'sleep 1 &',
    'source /etc/os-release',
  ),
  fc.integer({ min: 1, max: 60 }).map((n) => `${'echo $('.repeat(n)}x${')'.repeat(n)}`),
  fc.integer({ min: 1, max: 80 }).map((n) => `${'if true; then '.repeat(n)}:${'; fi'.repeat(n)}`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `echo $((${'('.repeat(n)}1${')'.repeat(n)}))`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `echo ${'{a,b}'.repeat(n)} ${'${x:-'.repeat(n)}${'}'.repeat(n)}`),
  fc.integer({ min: 1, max: 60 }).map((n) => Array(n).fill('docker exec -it w sh').join(' ; ')),
  fc.integer({ min: 1, max: 40 }).map((n) => Array(n).fill('virsh console web-vm').join(' && ')),
  fc.integer({ min: 1, max: 50 }).map((n) => `${'sudo '.repeat(n)}time ${'time '.repeat(n)}uname`),
  fc.integer({ min: 1, max: 10_000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => '"'.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => 'echo '.repeat(n)),
);
const LINE = fc.oneof(
  fc.constantFrom(...VALID),
  HOSTILE,
  fc.array(fc.oneof(fc.constantFrom(...VALID), HOSTILE), { maxLength: 4 }).map((a) => a.join(' ')),
);

describe('fuzz: any line, any order', () => {
  test('never throws, bounds output, keeps invariants', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(LINE, { minLength: 1, maxLength: 30 }), (seed, lines) => {
        const s = createSession({ seed });
        for (const line of lines) {
          const r = s.execute(line);
          const text = r.output.map((c) => c.text).join('');
          expect(text.length).toBeLessThanOrEqual(MAX_OUTPUT_CHARS + 100);
          expect(text).not.toContain('sim: internal error');
          expect(Number.isInteger(r.exitCode)).toBe(true);
          expect(r.output.every((c) => c.delayMs >= 0 && Number.isFinite(c.delayMs))).toBe(true);
          expect(checkInvariants(s.sim.state)).toEqual([]);
          expect(typeof s.prompt()).toBe('string');
          expect(s.location().length).toBeLessThanOrEqual(33);
          s.complete(line, Math.min(line.length, 40));
        }
      }),
      { numRuns: 300, seed: 20251120 },
    );
  });

  test('thousands of single hostile lines on one session', () => {
    const s = createSession({ seed: 9 });
    fc.assert(
      fc.property(HOSTILE, (line) => {
        const r = s.execute(line);
        expect(r.output.map((c) => c.text).join('')).not.toContain('sim: internal error');
        expect(checkInvariants(s.sim.state)).toEqual([]);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  test('same seed and lines → identical outputs (reproducibility)', () => {
    const lines = [
      'docker run -d alpine:3.22 sleep 9',
      'docker ps',
      'virsh start web-vm',
      'virsh console web-vm',
      'ps -ef',
    ];
    const runAll = () => {
      const s = createSession({ seed: 77 });
      return lines.map((l) => s.execute(l));
    };
    expect(runAll()).toEqual(runAll());
  });
});
