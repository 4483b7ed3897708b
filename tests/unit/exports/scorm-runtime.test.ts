import { describe, expect, it } from 'vitest';
import { findApi, MAX_PARENTS, type WindowLike } from '../../../src/engines/exports/scorm/find-api';
import { openSession } from '../../../src/engines/exports/scorm/lms';
import {
  decodeResume,
  encodeResume,
  resultValues,
  sessionTime,
  startValue,
} from '../../../src/engines/exports/scorm/cmi';

/** A chain of windows, `depth` parents above the returned one; `at` puts an API `depth - at` levels up. */
function frames(depth: number): WindowLike[] {
  const top: WindowLike = {};
  top.parent = top; // a top window is its own parent
  const chain = [top];
  for (let i = 0; i < depth; i++) chain.unshift({ parent: chain[0] });
  return chain; // chain[0] is the innermost
}

describe('finding the LMS API (SCORM run-time: parents, then the opener)', () => {
  it('finds the API on the window itself, on a parent or on the opener’s parent, by each version’s name', () => {
    const api = {};
    const chain = frames(3);
    chain[3]!.API = api;
    expect(findApi(chain[0]!, '1.2')).toBe(api);
    expect(findApi(chain[0]!, '2004')).toBeUndefined();
    chain[2]!.API_1484_11 = api;
    expect(findApi(chain[0]!, '2004')).toBe(api);
    const opener = frames(2);
    opener[2]!.API = api;
    const popup = { opener: opener[0] };
    expect(findApi(popup, '1.2')).toBe(api);
  });

  it('treats a cross-origin frame (whose properties throw) as having no API and goes on to the opener', () => {
    const api = {};
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('SecurityError');
        },
      },
    ) as WindowLike;
    const opener: WindowLike = { API: api };
    expect(findApi({ parent: hostile, opener }, '1.2')).toBe(api);
  });

  it(`gives up after ${MAX_PARENTS} parents`, () => {
    const within = frames(MAX_PARENTS);
    within.at(-1)!.API = {};
    expect(findApi(within[0]!, '1.2')).toBeDefined();
    const past = frames(MAX_PARENTS + 2);
    past.at(-1)!.API = {};
    expect(findApi(past[0]!, '1.2')).toBeUndefined();
  });
});

/** A fake 1.2 LMS that records calls and answers with `answer`. */
function fakeLms(answer: (name: string, args: string[]) => string) {
  const calls: string[] = [];
  const api = Object.fromEntries(
    ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'].map((name) => [
      name,
      (...args: string[]) => {
        calls.push(name);
        return answer(name, args);
      },
    ]),
  );
  return { api, calls };
}

describe('the LMS session', () => {
  it('talks to a working LMS and stops after finishing', () => {
    const { api, calls } = fakeLms((name) => (name === 'LMSGetValue' ? 'incomplete' : 'true'));
    const s = openSession(api, '1.2');
    expect(s.connected).toBe(true);
    expect(s.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(s.set('cmi.core.score.raw', '90')).toBe(true);
    expect(s.commit()).toBe(true);
    expect(s.finish()).toBe(true);
    expect(s.set('cmi.core.score.raw', '10')).toBe(false);
    expect(calls).toEqual(['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']);
  });

  it('with no LMS, or one that refuses to initialise or throws, answers every call without throwing', () => {
    const none = openSession(undefined, '2004');
    expect(none.found).toBe(false);
    expect([
      none.connected,
      none.get('cmi.suspend_data'),
      none.set('cmi.exit', 'normal'),
      none.commit(),
      none.finish(),
    ]).toEqual([false, '', false, false, false]);
    const refusing = fakeLms((name) => (name === 'LMSGetLastError' ? '101' : 'false'));
    const s = openSession(refusing.api, '1.2');
    expect([s.found, s.connected]).toEqual([true, false]);
    expect(s.set('cmi.core.score.raw', '90')).toBe(false);
    expect(refusing.calls).toEqual(['LMSInitialize', 'LMSGetLastError']);
    expect(s.errors[0]).toMatch(/LMSInitialize.*error 101/);
    const throwing = fakeLms(() => {
      throw new Error('LMS down');
    });
    const t = openSession(throwing.api, '1.2');
    expect(t.connected).toBe(false);
    expect(() => t.finish()).not.toThrow();
  });

  it('keeps going when the LMS refuses one value', () => {
    const { api } = fakeLms((name, args) =>
      name === 'LMSSetValue' && args[0] === 'cmi.core.exit' ? 'false' : name === 'LMSGetLastError' ? '405' : 'true',
    );
    const s = openSession(api, '1.2');
    expect(s.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(s.set('cmi.core.score.raw', '50')).toBe(true);
    expect(s.errors).toEqual(['LMSSetValue(cmi.core.exit, suspend): error 405']);
  });
});

describe('data-model values', () => {
  const best = { score: 7.5, maxScore: 10, percent: 75, passed: false };
  it('reports the score as a percentage, and pass/fail in each version’s own elements', () => {
    expect(resultValues('1.2', best)).toEqual([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '75'],
      ['cmi.core.lesson_status', 'failed'],
    ]);
    expect(Object.fromEntries(resultValues('2004', { ...best, percent: 93.3, passed: true }))).toEqual({
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.raw': '93.3',
      'cmi.score.scaled': '0.933',
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
    });
  });

  it('marks a fresh attempt incomplete but never overwrites a status the LMS already has', () => {
    expect(startValue('1.2', 'not attempted')).toEqual(['cmi.core.lesson_status', 'incomplete']);
    expect(startValue('1.2', 'passed')).toBeUndefined();
    expect(startValue('2004', 'unknown')).toEqual(['cmi.completion_status', 'incomplete']);
    expect(startValue('2004', 'completed')).toBeUndefined();
  });

  it('writes session time as HHHH:MM:SS.SS (1.2) and an ISO 8601 duration (2004)', () => {
    const ms = ((1 * 60 + 2) * 60 + 3.25) * 1000;
    expect(sessionTime('1.2', ms)).toEqual(['cmi.core.session_time', '0001:02:03.25']);
    expect(sessionTime('2004', ms)).toEqual(['cmi.session_time', 'PT1H2M3.25S']);
  });
});

describe('resume data within each version’s suspend_data limit', () => {
  const best = { score: 9, maxScore: 10, percent: 90, passed: true };
  const kept = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`question-${i}`, 'x'.repeat(150)]));
  const run = { seed: 42, only: ['a', 'b'], kept, scope: ['a', 'b', 'c'] };

  it('round-trips when it fits', () => {
    expect(decodeResume(encodeResume('2004', { run, best }))).toEqual({ run, best });
  });

  it('drops the kept answers, never the attempt’s seed, to fit 1.2’s 4,096 characters', () => {
    const text = encodeResume('1.2', { run, best });
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(decodeResume(text)).toEqual({ run: { seed: 42, only: ['a', 'b'] }, best });
    const huge = { ...run, kept: { a: 'x'.repeat(70_000) } };
    expect(encodeResume('2004', { run: huge, best }).length).toBeLessThanOrEqual(64_000);
  });

  it('reads nothing from empty, damaged or foreign data', () => {
    for (const text of ['', '{', 'null', '{"v":2,"best":{}}', '{"v":1,"best":{"score":"9"}}'])
      expect(decodeResume(text)).toEqual({});
  });
});
