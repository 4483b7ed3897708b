import { describe, expect, test } from 'vitest';
import { allAnswers } from '../../../src/engines/decide/combinations';
import { decide, defaultAnswers, ruleMatches } from '../../../src/engines/decide/decide';
import { smallAid } from './fixture';

const ids = (rules: { id: string }[]) => rules.map((r) => r.id);

describe('ruleMatches', () => {
  test('needs every named answer, not just one', () => {
    const both = smallAid.rules.find((r) => r.id === 'both')!;
    expect(ruleMatches(both, { kernel: 'no', speed: 'low' })).toBe(true);
    expect(ruleMatches(both, { kernel: 'no', speed: 'high' })).toBe(false);
    expect(ruleMatches(both, { kernel: 'yes', speed: 'low' })).toBe(false);
    expect(ruleMatches(both, {})).toBe(false);
  });
});

describe('decide', () => {
  test('the first option of each question is the default', () => {
    expect(defaultAnswers(smallAid)).toEqual({ kernel: 'no', speed: 'high' });
  });

  test('the highest weight wins; a tie goes to the outcome listed first', () => {
    const d = decide(smallAid, { kernel: 'no', speed: 'high' });
    expect(d.scores).toEqual({ containers: 2, micro: 2, vms: 0 });
    expect(d.recommendation).toBe('containers');
    expect(ids(d.reasons)).toEqual(['fast']);
  });

  test('an excluded outcome cannot win, however heavy its weight', () => {
    const d = decide(smallAid, { kernel: 'yes', speed: 'high' });
    expect(d.scores).toEqual({ micro: 2, vms: 1 });
    expect(d.recommendation).toBe('micro');
    // own-kernel ruled containers out, so it is a reason for the outcome left, not a caveat.
    expect(ids(d.reasons)).toEqual(['own-kernel', 'fast']);
    expect(d.caveats).toEqual([]);
  });

  test('a rule favouring another outcome is a caveat, not a reason', () => {
    const d = decide(smallAid, { kernel: 'no', speed: 'low' });
    expect(d.scores).toEqual({ containers: 3, micro: 0, vms: 1 });
    expect(d.recommendation).toBe('containers');
    expect(ids(d.reasons)).toEqual(['both']);
    expect(ids(d.caveats)).toEqual(['slow']);
  });

  test('a rule with no effect is a note that goes with any outcome', () => {
    const d = decide(smallAid, { kernel: 'no', speed: 'any' });
    expect(d.recommendation).toBe('containers');
    expect(ids(d.reasons)).toEqual(['note']);
  });

  test('weights add up across rules', () => {
    const aid = { ...smallAid, rules: [...smallAid.rules, { ...smallAid.rules[2]!, id: 'slow-2' }] };
    const d = decide(aid, { kernel: 'yes', speed: 'low' });
    expect(d.scores).toEqual({ micro: 0, vms: 3 });
    expect(d.recommendation).toBe('vms');
  });

  test('rules that leave no outcome are an error, never a silent pick', () => {
    const aid = {
      ...smallAid,
      rules: [{ ...smallAid.rules[0]!, excludes: ['containers', 'micro', 'vms'] }],
    };
    expect(() => decide(aid, { kernel: 'yes', speed: 'high' })).toThrow(/rule out every outcome/);
  });
});

describe('allAnswers', () => {
  test('yields the product of the options, each combination once', () => {
    const all = [...allAnswers(smallAid.questions)];
    expect(all).toHaveLength(6);
    expect(new Set(all.map((a) => JSON.stringify(a))).size).toBe(6);
    expect(all[0]).toEqual({ kernel: 'no', speed: 'high' });
    expect(all.at(-1)).toEqual({ kernel: 'yes', speed: 'any' });
  });
});
