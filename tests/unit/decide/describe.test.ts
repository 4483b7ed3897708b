import { expect, test } from 'vitest';
import { describeRules } from '../../../src/engines/decide/describe';
import { smallAid } from './fixture';

test('rules read as answers, outcome titles and weights, with a dash where a rule has no such effect', () => {
  const rows = describeRules(smallAid);
  expect(rows[0]).toMatchObject({ when: 'Kernel: Yes', rulesOut: 'Containers', favours: 'VMs +1' });
  expect(rows[1]).toMatchObject({ when: 'Speed: High', rulesOut: '—', favours: 'Containers +2, MicroVM +2' });
  expect(rows[3]).toMatchObject({ when: 'Speed: Any', rulesOut: '—', favours: '—' });
  expect(rows[4]!.when).toBe('Kernel: No and Speed: Low');
});
