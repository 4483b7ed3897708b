import { expect, test } from 'vitest';
import { announceDecision } from '../../../src/engines/decide/announce';

test('names the outcome and counts reasons and caveats in words a screen reader reads well', () => {
  expect(announceDecision('Virtual machines', 1, 0)).toBe('Starting point: Virtual machines. 1 reason.');
  expect(announceDecision('Containers', 4, 1)).toBe('Starting point: Containers. 4 reasons, 1 more thing to weigh.');
  expect(announceDecision('Containers', 2, 3)).toBe('Starting point: Containers. 2 reasons, 3 more things to weigh.');
});
