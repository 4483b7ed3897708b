import { describe, expect, it } from 'vitest';
import { stripAnsi, Transcript } from '../../../src/engines/terminal/transcript';
import { planPlayback } from '../../../src/engines/terminal/pacing';
import { Playback } from '../../../src/engines/terminal/playback';
import { replayLines } from '../../../src/engines/terminal/replay';
import { fakeSession, fakeTimer } from './fakes';

describe('stripAnsi and Transcript', () => {
  it('removes colours, cursor moves and OSC titles', () => {
    expect(stripAnsi('\x1b[1;31mred\x1b[0m \x1b[2K\x1b]0;title\x07ok\r\n')).toBe('red ok\n');
  });

  it('shows committed lines followed by the line being typed', () => {
    const t = new Transcript();
    t.setPending('$ ec');
    t.setPending('$ echo hi');
    t.commitPending();
    t.append('\x1b[32mhi\x1b[0m\r\n');
    t.setPending('$ ');
    expect(t.text).toBe('$ echo hi\nhi\n$ ');
  });
});

describe('planPlayback', () => {
  const chunks = [
    { text: 'a', delayMs: 100 },
    { text: 'b', delayMs: 5000 },
    { text: 'c', delayMs: 0 },
  ];

  it('caps each wait and then shrinks the total to the cap', () => {
    expect(planPlayback(chunks, { maxChunkMs: 1500, maxTotalMs: 10_000 }).map((s) => s.waitMs)).toEqual([100, 1500, 0]);
    expect(planPlayback(chunks, { maxChunkMs: 1500, maxTotalMs: 800 }).map((s) => s.waitMs)).toEqual([50, 750, 0]);
  });

  it('plays everything at once under reduced motion', () => {
    expect(planPlayback(chunks, { reducedMotion: true }).map((s) => s.waitMs)).toEqual([0, 0, 0]);
  });
});

describe('Playback', () => {
  it('prints zero-wait steps at once and waits for the timer otherwise', () => {
    const timer = fakeTimer();
    const printed: string[] = [];
    let finished: boolean | undefined;
    const p = new Playback(
      [
        { waitMs: 0, text: 'a' },
        { waitMs: 10, text: 'b' },
        { waitMs: 10, text: 'c' },
      ],
      timer,
      (t) => printed.push(t),
      (i) => (finished = i),
    );
    p.start();
    expect(printed).toEqual(['a']);
    timer.tick();
    expect(printed).toEqual(['a', 'b']);
    expect(p.active).toBe(true);
    timer.tick();
    expect(printed).toEqual(['a', 'b', 'c']);
    expect(finished).toBe(false);
    expect(p.active).toBe(false);
  });

  it('stops for good on interrupt', () => {
    const timer = fakeTimer();
    const printed: string[] = [];
    let finished: boolean | undefined;
    const p = new Playback(
      [{ waitMs: 10, text: 'late' }],
      timer,
      (t) => printed.push(t),
      (i) => (finished = i),
    );
    p.start();
    p.interrupt();
    expect(timer.pending).toHaveLength(0);
    expect(printed).toEqual([]);
    expect(finished).toBe(true);
  });
});

describe('replayLines', () => {
  it('collects prompt, line and output as plain text, ending on a prompt', () => {
    expect(replayLines(fakeSession(), ['echo hi', 'nonl'])).toBe(
      'learner@host:~$ echo hi\nhi\nlearner@host:~$ nonl\nno newline\nlearner@host:~$ ',
    );
  });
});
