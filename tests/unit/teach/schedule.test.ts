import { describe, expect, test } from 'vitest';
import { planSessions, shareMinutes, type ScheduleUnit } from '../../../src/engines/teach/schedule';

const whole = (id: string, minutes: number): ScheduleUnit => ({ id, title: id.toUpperCase(), minutes });
const parts = (id: string, ...minutes: number[]): ScheduleUnit[] =>
  minutes.map((m, i) => ({ id, title: id.toUpperCase(), part: `${id}${i + 1}`, minutes: m }));
const shape = (plan: ReturnType<typeof planSessions>) =>
  plan.sessions.map((s) => s.items.map((it) => (it.parts ? `${it.id}[${it.parts.join('-')}]` : it.id)).join('+'));

describe('planSessions', () => {
  test('packs whole lessons in order so the longest session is as short as it can be', () => {
    const units = [whole('a', 20), whole('b', 30), whole('c', 35), whole('d', 35), whole('e', 30), whole('f', 45)];
    const plan = planSessions(units, 3);
    expect(shape(plan)).toEqual(['a+b', 'c+d', 'e+f']);
    expect(plan.sessions.map((s) => s.minutes)).toEqual([50, 70, 75]);
    expect(plan).toMatchObject({ longest: 75, splits: 0 });
    expect(plan.sessions.map((s) => s.number)).toEqual([1, 2, 3]);
  });

  test('one session holds everything; as many sessions as units gives one each', () => {
    const units = [whole('a', 20), whole('b', 30)];
    expect(shape(planSessions(units, 1))).toEqual(['a+b']);
    expect(shape(planSessions(units, 2))).toEqual(['a', 'b']);
  });

  test('splits a lesson at a section only when it shortens the longest session by more than the penalty', () => {
    // Whole lessons: 60 | 60 → longest 60. A split cannot do better, so none is made.
    expect(planSessions([...parts('a', 30, 30), ...parts('b', 30, 30)], 2).splits).toBe(0);
    // 90 and 10 into two sessions: whole gives 90; splitting a gives 50 + 10 penalty = 60, so a is split.
    const plan = planSessions([...parts('a', 45, 45), whole('b', 10)], 2);
    expect(shape(plan)).toEqual(['a[a1-a1]', 'a[a2-a2]+b']);
    expect(plan).toMatchObject({ longest: 55, splits: 1 });
    // With a penalty larger than the gain, the lesson stays whole.
    expect(planSessions([...parts('a', 45, 45), whole('b', 10)], 2, 100).splits).toBe(0);
  });

  test('more sessions than lessons: lessons are split, and every session holds something', () => {
    const units = [...parts('a', 10, 10, 10), ...parts('b', 15, 15), whole('exam', 30)];
    const plan = planSessions(units, 4);
    expect(plan.sessions).toHaveLength(4);
    expect(plan.sessions.every((s) => s.items.length > 0)).toBe(true);
    expect(plan.sessions.reduce((m, s) => m + s.minutes, 0)).toBe(90);
    expect(plan.sessions.at(-1)?.items.at(-1)?.id).toBe('exam');
    expect(plan.longest).toBe(30);
  });

  test('a unit covering several sections shows its last one where the session ends', () => {
    const units: ScheduleUnit[] = [
      { id: 'a', title: 'A', part: 'Intro', lastPart: 'Setup', minutes: 30 },
      { id: 'a', title: 'A', part: 'Lab', minutes: 30 },
    ];
    expect(shape(planSessions(units, 2, 0))).toEqual(['a[Intro-Setup]', 'a[Lab-Lab]']);
  });

  test('refuses impossible requests', () => {
    expect(() => planSessions([whole('a', 10)], 2)).toThrow('cannot fill 2 sessions with 1 units');
    expect(() => planSessions([whole('a', 10)], 0)).toThrow('expected a whole number of sessions, found 0');
  });
});

describe('shareMinutes', () => {
  test('shares by weight in whole minutes that add up', () => {
    expect(shareMinutes(20, [100, 100])).toEqual([10, 10]);
    expect(shareMinutes(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareMinutes(35, [500, 1200, 300])).toEqual([9, 21, 5]);
    expect(shareMinutes(7, [0, 0])).toEqual([7, 0]);
    expect(shareMinutes(7, [])).toEqual([]);
  });
});

describe('planSessions balance', () => {
  test('among plans as good, the shortest session is as long as it can be', () => {
    // Four sessions for a, b, c: one lesson must be split. Cutting c into 20 + 20 leaves no session shorter than 20;
    // cutting it 35 + 5 would leave a 5-minute session.
    const units = [whole('a', 40), whole('b', 40), ...parts('c', 15, 5, 15, 5)];
    const plan = planSessions(units, 4);
    expect(plan.sessions.map((s) => s.minutes)).toEqual([40, 40, 20, 20]);
    expect(shape(plan)).toEqual(['a', 'b', 'c[c1-c2]', 'c[c3-c4]']);
  });
});
