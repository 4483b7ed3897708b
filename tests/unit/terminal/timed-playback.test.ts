/**
 * The terminal's side of time: waits played in real time (or fast-forwarded), Ctrl+C telling the engine when it came.
 * bash(1) "SIGNALS": Ctrl+C sends SIGINT to the foreground job, which dies with status 128+2; the shell prints a new
 * prompt. Timers are fakes with a hand-moved clock, so these tests take no real time.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/engines/sim/index';
import { LineEditor } from '../../../src/engines/terminal/line-editor';
import { TimedPlayback } from '../../../src/engines/terminal/timed-playback';
import { fakeOutput, fakeTimer } from './fakes';

function clockAt(speed: { v: number }) {
  const timer = fakeTimer();
  const clock = { ms: 0 };
  return { timer, clock, deps: { timer, now: () => clock.ms, speed: () => speed.v } };
}

function playback(chunks: Array<{ text: string; delayMs: number }>, speed = { v: 1 }) {
  const c = clockAt(speed);
  const printed: string[] = [];
  const ended: Array<{ interrupted: boolean; at: number }> = [];
  const p = new TimedPlayback(
    chunks,
    c.deps,
    (t) => printed.push(t),
    (interrupted, at) => ended.push({ interrupted, at }),
  );
  p.start();
  return { ...c, p, printed, ended, speed };
}

describe('TimedPlayback', () => {
  it('waits the simulated delay in real time by default', () => {
    const t = playback([{ text: '', delayMs: 2000 }]);
    expect(t.timer.pending.map((x) => x.ms)).toEqual([2000]);
    expect(t.p.active).toBe(true);
    t.timer.tick();
    expect(t.ended).toEqual([{ interrupted: false, at: 2000 }]);
  });

  it('fast-forward ×10 waits a tenth', () => {
    const t = playback([{ text: 'done\n', delayMs: 2000 }], { v: 10 });
    expect(t.timer.pending.map((x) => x.ms)).toEqual([200]);
    t.timer.tick();
    expect(t.printed).toEqual(['done\n']);
  });

  it('instant (Infinity) prints everything at once, without a timer', () => {
    const t = playback(
      [
        { text: 'a', delayMs: 500 },
        { text: 'b', delayMs: 9000 },
      ],
      { v: Infinity },
    );
    expect(t.timer.pending).toEqual([]);
    expect(t.printed).toEqual(['a', 'b']);
    expect(t.ended).toEqual([{ interrupted: false, at: 9500 }]);
  });

  it('Ctrl+C reports how much simulated time had passed', () => {
    const t = playback([
      { text: 'one\n', delayMs: 1000 },
      { text: 'two\n', delayMs: 5000 },
    ]);
    t.clock.ms = 1000;
    t.timer.tick();
    t.clock.ms = 3500;
    t.p.interrupt();
    expect(t.printed).toEqual(['one\n']);
    expect(t.ended).toEqual([{ interrupted: true, at: 3500 }]);
    expect(t.timer.pending).toEqual([]);
  });

  it('Ctrl+C under fast-forward counts simulated, not real, time', () => {
    const t = playback([{ text: '', delayMs: 100_000 }], { v: 10 });
    t.clock.ms = 300;
    t.p.interrupt();
    expect(t.ended).toEqual([{ interrupted: true, at: 3000 }]);
  });

  it('a change of speed applies to the wait under way', () => {
    const t = playback([{ text: '', delayMs: 2000 }]);
    t.clock.ms = 500;
    t.speed.v = 10;
    t.p.retime();
    expect(t.timer.pending.map((x) => x.ms)).toEqual([150]);
    t.clock.ms = 600;
    t.speed.v = 1;
    t.p.retime();
    expect(t.timer.pending.map((x) => x.ms)).toEqual([500]);
  });

  it('a wait longer than a browser timer holds is taken in pieces', () => {
    const t = playback([{ text: '', delayMs: 2 ** 32 }]);
    expect(t.timer.pending.map((x) => x.ms)).toEqual([2 ** 31 - 1]);
    t.timer.tick();
    expect(t.timer.pending.map((x) => x.ms)).toEqual([2 ** 31 - 1]);
    t.timer.tick();
    expect(t.timer.pending.map((x) => x.ms)).toEqual([2]);
    expect(t.ended).toEqual([]);
  });
});

describe('LineEditor with the simulator: sleep and Ctrl+C as bash has them', () => {
  function shell(speed = { v: 1 }) {
    const session = createSession({ seed: 3 });
    const c = clockAt(speed);
    const out = fakeOutput();
    const editor = new LineEditor({
      session,
      out,
      timer: c.timer,
      now: () => c.clock.ms,
      cols: () => 80,
      pacing: () => ({ speed: speed.v }),
    });
    editor.start();
    return { session, editor, ...c };
  }

  it('sleep 2: the prompt comes back only when the 2 s have passed', () => {
    const t = shell();
    t.editor.handleData('sleep 2\r');
    expect(t.editor.busy).toBe(true);
    expect(t.timer.pending.map((x) => x.ms)).toEqual([2000]);
    expect(t.editor.transcript.text).toMatch(/sleep 2\n$/);
    t.timer.tick();
    expect(t.editor.busy).toBe(false);
    expect(t.editor.transcript.text).toMatch(/sleep 2\nlearner@host:~\$ $/);
  });

  it('Ctrl+C on sleep 100 prints ^C, a new prompt, and $? is 130', () => {
    const t = shell();
    t.editor.handleData('sleep 100\r');
    t.clock.ms = 3000;
    t.editor.handleData('\x03');
    expect(t.editor.busy).toBe(false);
    expect(t.editor.transcript.text).toMatch(/sleep 100\n\^C\nlearner@host:~\$ $/);
    expect(t.session.sim.state.clockMs).toBe(3000);
    t.editor.handleData('echo $?\r');
    expect(t.editor.transcript.text).toMatch(/echo \$\?\n130\n/);
  });

  it('Ctrl+C on time sleep 10 prints ^C, then bash’s report of the time until then', () => {
    const t = shell();
    t.editor.handleData('time sleep 10\r');
    t.clock.ms = 2500;
    t.editor.handleData('\x03');
    expect(t.editor.transcript.text).toMatch(
      /time sleep 10\n\^C\n\nreal\t0m2\.500s\nuser\t0m0\.001s\nsys\t0m0\.001s\nlearner@host:~\$ $/,
    );
  });

  it('not interrupted, sleep 100 leaves $? at 0 and the clock 100 s on', () => {
    const t = shell();
    t.editor.handleData('sleep 100\r');
    t.timer.tick();
    t.editor.handleData('echo $?\r');
    expect(t.editor.transcript.text).toMatch(/echo \$\?\n0\n/);
    expect(t.session.sim.state.clockMs).toBe(100_000);
  });

  it('fast-forward ×10: sleep 100 takes 10 real seconds; Ctrl+C after 1 s stops it at 10 s', () => {
    const t = shell({ v: 10 });
    t.editor.handleData('sleep 100\r');
    expect(t.timer.pending.map((x) => x.ms)).toEqual([10_000]);
    t.clock.ms = 1000;
    t.editor.handleData('\x03');
    expect(t.session.sim.state.clockMs).toBe(10_000);
  });

  it('Ctrl+C at the prompt prints ^C and sets $? to 130, as bash does', () => {
    const t = shell();
    t.editor.handleData('ec\x03');
    t.editor.handleData('echo $?\r');
    expect(t.editor.transcript.text).toMatch(/ec\^C\nlearner@host:~\$ echo \$\?\n130\n/);
  });

  it('keys typed during the wait run after it; Ctrl+C throws them away', () => {
    const t = shell();
    t.editor.handleData('sleep 5\r');
    t.editor.handleData('touch /tmp/x\r');
    t.editor.handleData('\x03');
    t.editor.handleData('ls /tmp\r');
    expect(t.editor.transcript.text).not.toContain('touch');
  });
});
