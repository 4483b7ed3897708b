/**
 * Time that tells the truth, on the engine's side: a command's waits come back as output delays the terminal plays
 * in real time, and Ctrl+C (`session.interrupt(elapsedMs)`) is SIGINT to the foreground job at that moment.
 * Sources: bash(1) ("SIGNALS": the foreground job gets SIGINT; "EXIT STATUS": 128+n for a fatal signal n, so 130;
 * "Pipelines": the `time` reserved word, `-p`, TIMEFORMAT's default), sleep(1), docker-pull(1) (a cancelled pull
 * keeps completed layers), docker-stop(1) (the daemon sends SIGKILL after the grace period), virsh(1) (`start`
 * boots the domain; the console only shows it).
 */
import { describe, expect, test } from 'vitest';
import type { SimSession } from '../../../src/engines/sim/index';
import { fresh, run, withAlpine } from './helpers';

const waits = (s: SimSession, line: string) => s.execute(line).output.reduce((n, c) => n + c.delayMs, 0);

describe('a wait takes its time (sleep(1)): the result carries it as delays', () => {
  test('sleep 2 prints nothing but its output waits 2000 ms; $? is 0', () => {
    const s = fresh();
    const r = s.execute('sleep 2');
    expect(r.output).toEqual([{ text: '', delayMs: 2000 }]);
    expect(r.exitCode).toBe(0);
    expect(s.sim.state.clockMs).toBe(2000);
  });

  test('sleep 1; echo done: the text comes after the wait', () => {
    const s = fresh();
    expect(s.execute('sleep 1; echo done').output).toEqual([{ text: 'done\n', delayMs: 1000 }]);
  });

  test('a command that takes no time has no wait', () => {
    expect(waits(fresh(), 'echo hi')).toBe(0);
  });

  test('sleep 0.5 and sleep 1m: fractions and suffixes', () => {
    expect(waits(fresh(), 'sleep 0.5')).toBe(500);
    expect(waits(fresh(), 'sleep 1m')).toBe(60_000);
  });

  test('sleep in the background does not wait', () => {
    expect(waits(fresh(), 'sleep 5 &')).toBe(0);
  });

  test('a pull waits for each layer at the stated bandwidth', () => {
    // 3.8 MB of alpine at 12.5 MB/s (facts.ts); the whole result waits as long as the clock moved.
    const s = fresh();
    const before = s.sim.state.clockMs;
    const total = waits(s, 'docker pull alpine:3.22');
    expect(total).toBeGreaterThan(0);
    expect(total).toBe(s.sim.state.clockMs - before);
  });
});

describe('Ctrl+C: SIGINT to the foreground job (bash(1) SIGNALS; status 128+2)', () => {
  test('sleep 100 interrupted after 3 s: status 130, $? 130, the clock moved 3 s', () => {
    const s = fresh();
    s.execute('sleep 100');
    expect(s.interrupt(3000).exitCode).toBe(130);
    expect(s.sim.state.clockMs).toBe(3000);
    expect(run(s, 'echo $?').text).toBe('130\n');
  });

  test('not interrupted: sleep 100 ends at 100 s with status 0', () => {
    const s = fresh();
    s.execute('sleep 100');
    expect(s.sim.state.clockMs).toBe(100_000);
    expect(run(s, 'echo $?').text).toBe('0\n');
  });

  test('an interrupt after the line ended undoes nothing; like Ctrl+C at the prompt it sets $? to 130', () => {
    const s = fresh();
    s.execute('sleep 2; touch /tmp/done');
    expect(s.interrupt(2000).exitCode).toBe(130);
    expect(s.sim.state.clockMs).toBe(2000);
    expect(run(s, 'echo $?').text).toBe('130\n');
    expect(run(s, 'ls /tmp').text).toContain('done');
  });

  test('Ctrl+C at the prompt (nothing running): $? is 130', () => {
    const s = fresh();
    run(s, 'true');
    expect(s.interrupt(Infinity).exitCode).toBe(130);
    expect(run(s, 'echo $?').text).toBe('130\n');
  });

  test('the rest of the line is abandoned: sleep 5; touch /tmp/after', () => {
    const s = fresh();
    s.execute('sleep 5; touch /tmp/after');
    expect(run(s, 'ls /tmp').text).toContain('after');
    const t = fresh();
    t.execute('sleep 5; touch /tmp/after');
    t.interrupt(1000);
    expect(run(t, 'ls /tmp').text).not.toContain('after');
  });

  test('what ran before the interrupt stays done: touch /tmp/before; sleep 5', () => {
    const s = fresh();
    s.execute('touch /tmp/before; sleep 5');
    s.interrupt(2500);
    expect(run(s, 'ls /tmp').text).toContain('before');
    expect(s.sim.state.clockMs).toBe(2500);
  });

  test('the interrupted line is in history once', () => {
    const s = fresh();
    s.execute('sleep 9');
    s.interrupt(1);
    expect(s.history()).toEqual(['sleep 9']);
  });

  test('a background sleep started before keeps running past the interrupt', () => {
    const s = fresh();
    run(s, 'sleep 50 &');
    s.execute('sleep 100');
    s.interrupt(10_000);
    expect(run(s, 'jobs').text).toContain('sleep 50');
    run(s, 'sleep 41');
    expect(run(s, 'ps').text).not.toContain('sleep 50');
  });

  test('sleep infinity waits until interrupted', () => {
    const s = fresh();
    const r = s.execute('sleep infinity');
    expect(r.output.at(-1)!.delayMs).toBeGreaterThan(86_400_000);
    expect(s.interrupt(60_000).exitCode).toBe(130);
    expect(s.sim.state.clockMs).toBe(60_000);
  });

  test('random names drawn by the line are the same after the replay', () => {
    const s = withAlpine();
    const first = s
      .execute('docker run -d alpine:3.22 sleep 1000; sleep 30')
      .output.map((c) => c.text)
      .join('');
    s.interrupt(20_000);
    expect(run(s, 'docker ps -q --no-trunc').text.trim()).toBe(first.trim());
  });
});

describe('the rewind is exact: an interrupted sleep 100 leaves the session as sleep 5 would', () => {
  const before = [
    'docker pull alpine:3.22',
    'touch /tmp/a',
    'docker run -d --name one alpine:3.22 sleep 50',
    'mkdir /tmp/b',
  ];

  test('same state, same random names, same clock', () => {
    const a = fresh();
    const b = fresh();
    for (const l of before) {
      a.execute(l);
      b.execute(l);
    }
    a.execute('sleep 100');
    a.interrupt(5000);
    b.execute('sleep 5');
    expect(a.sim.state).toEqual(b.sim.state);
    expect(run(a, 'docker run -d alpine:3.22 sleep 9').text).toBe(run(b, 'docker run -d alpine:3.22 sleep 9').text);
  });

  test('after hundreds of instant lines the rewind still lands before the interrupted one', () => {
    const s = fresh();
    for (let i = 0; i < 250; i++) s.execute(`echo ${i} > /tmp/f${i % 7}`);
    s.execute('sleep 100');
    s.interrupt(1);
    expect(s.sim.state.clockMs).toBe(1);
    expect(run(s, 'cat /tmp/f4').text).toBe('249\n');
  });

  test('two interrupts in a row each stop their own line', () => {
    const s = fresh();
    s.execute('sleep 100');
    s.interrupt(1000);
    s.execute('sleep 100');
    expect(s.interrupt(2000).exitCode).toBe(130);
    expect(s.sim.state.clockMs).toBe(3000);
  });
});

describe('Ctrl+C on docker pull (docker-pull(1)): the pull stops where it was', () => {
  test('interrupted after the first layer: no image, and the next pull fetches every layer again', () => {
    const s = fresh();
    const full = s.execute('docker pull lab/myapp:1.0');
    const firstDone = full.output.findIndex((c) => c.text.includes('Download complete'));
    const atMs = full.output.slice(0, firstDone + 1).reduce((n, c) => n + c.delayMs, 0);
    expect(s.interrupt(atMs + 1).exitCode).toBe(130);
    expect(s.sim.state.clockMs).toBe(atMs + 1);
    expect(run(s, 'docker images').text).not.toContain('lab/myapp');
    const again = run(s, 'docker pull lab/myapp:1.0').text;
    expect(again).not.toContain('Already exists');
    expect(run(s, 'docker images').text).toContain('lab/myapp');
  });

  test('not interrupted: every layer downloads and the image is listed', () => {
    const s = fresh();
    s.execute('docker pull lab/myapp:1.0');
    expect(run(s, 'docker images').text).toContain('lab/myapp');
  });

  test('interrupted at once: nothing was stored', () => {
    const s = fresh();
    s.execute('docker pull alpine:3.22');
    s.interrupt(0);
    expect(s.sim.state.layers.size).toBe(0);
  });
});

describe('Ctrl+C on a wait the daemon does (docker-stop(1)): the container still stops', () => {
  test('docker stop interrupted during the grace period: status 130, the container exited 137', () => {
    const s = withAlpine();
    run(s, 'docker run -d --name web alpine:3.22 sleep 3600');
    s.execute('docker stop web');
    expect(s.interrupt(2000).exitCode).toBe(130);
    expect(run(s, 'docker ps -a').text).toMatch(/Exited \(137\)/);
  });

  test('docker run alpine sleep 100 interrupted: PID 1 ignores SIGINT, the container keeps running', () => {
    const s = withAlpine();
    s.execute('docker run --name nap alpine:3.22 sleep 100');
    expect(s.interrupt(5000).exitCode).toBe(130);
    expect(run(s, 'docker ps').text).toContain('nap');
    run(s, 'sleep 96');
    expect(run(s, 'docker ps').text).not.toContain('nap');
  });
});

describe('Ctrl+C on a VM boot log (virsh(1)): the log stops, the guest keeps booting', () => {
  test('virsh start --console interrupted: back at the host prompt, the domain still running', () => {
    const s = fresh();
    const boot = s.execute('virsh start web-vm --console');
    const total = boot.output.reduce((n, c) => n + c.delayMs, 0);
    expect(total).toBeGreaterThan(5000);
    expect(s.interrupt(2000).exitCode).toBe(130);
    expect(s.prompt()).toMatch(/^learner@.*\$ $/);
    expect(run(s, 'virsh domstate web-vm').text).toContain('running');
    // The rest of the boot is still to come when attaching again, and it ends at the login prompt.
    const rest = s.execute('virsh console web-vm');
    expect(rest.output.reduce((n, c) => n + c.delayMs, 0)).toBeGreaterThan(0);
    expect(s.prompt()).toContain('login: ');
  });

  test('not interrupted: the boot log plays to the login prompt', () => {
    const s = fresh();
    s.execute('virsh start web-vm --console');
    expect(s.prompt()).toContain('login: ');
  });
});

describe('time as bash’s reserved word (bash(1) "Pipelines", TIMEFORMAT)', () => {
  test('time sleep 2 | cat times the whole pipeline', () => {
    expect(run(fresh(), 'time sleep 2 | cat').text).toBe('\nreal\t0m2.000s\nuser\t0m0.001s\nsys\t0m0.001s\n');
  });

  test('time -p: the POSIX format', () => {
    expect(run(fresh(), 'time -p sleep 1.5').text).toBe('real 1.50\nuser 0.00\nsys 0.00\n');
  });

  test('time alone times nothing', () => {
    expect(run(fresh(), 'time').text).toBe('\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n');
  });

  test('the report goes to the shell’s stderr: a redirect of the command does not take it', () => {
    expect(run(fresh(), 'time sleep 1 2>/dev/null').text).toContain('real\t0m1.000s');
  });

  test('a group redirect does take it', () => {
    expect(run(fresh(), '{ time sleep 1; } 2>/dev/null').text).toBe('');
  });

  test('time -v is not an option of the keyword: bash runs `-v`', () => {
    const r = run(fresh(), 'time -v ls');
    expect(r.text).toMatch(/^bash: -v: command not found\n\nreal\t0m0\.000s/);
    expect(r.code).toBe(127);
  });

  test('Ctrl+C on time sleep 10: bash still reports the time until the interrupt, after the ^C', () => {
    const s = fresh();
    s.execute('time sleep 10; echo never');
    const r = s.interrupt(1500);
    expect(r.exitCode).toBe(130);
    expect(r.output.map((c) => c.text).join('')).toBe('\nreal\t0m1.500s\nuser\t0m0.001s\nsys\t0m0.001s\n');
  });

  test('Ctrl+C on a plain sleep prints nothing more', () => {
    const s = fresh();
    s.execute('echo before; sleep 10');
    expect(s.interrupt(1500).output).toEqual([]);
  });

  test('time keeps the status of the pipeline', () => {
    expect(run(fresh(), 'time false').code).toBe(1);
  });
});
