import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gradeQuestion } from '../../../src/engines/quiz/grade';
import { longestIncreasing } from '../../../src/engines/quiz/graders/ordering';
import { makeQuestion } from './questions';

describe('Ordering (longest run in order: (L − 1) / (n − 1))', () => {
  const ids = ['firmware', 'bootloader', 'kernel', 'init', 'shell'];
  const q = makeQuestion('Ordering', { points: 4, items: ids.map((id) => ({ id, text: id })) });
  const score = (answer: unknown) => gradeQuestion(q, answer).score;

  test('the right order earns full marks', () => {
    expect(gradeQuestion(q, ids)).toMatchObject({ score: 4, correct: true });
  });

  test('the reverse earns nothing', () => {
    expect(score([...ids].reverse())).toBe(0);
  });

  test('one item moved costs one step: (n − 2) / (n − 1)', () => {
    expect(score(['bootloader', 'kernel', 'init', 'shell', 'firmware'])).toBe(3); // L = 4 → 3/4 of 4 points
    expect(score(['firmware', 'kernel', 'bootloader', 'init', 'shell'])).toBe(3);
  });

  test('parts say which item to move, with positions', () => {
    const parts = gradeQuestion(q, ['bootloader', 'kernel', 'init', 'shell', 'firmware']).parts;
    expect(parts.filter((p) => !p.correct)).toEqual([
      {
        id: 'firmware',
        correct: false,
        feedback: 'Out of order: move this one.',
        expected: 'position 1',
        given: 'position 5',
      },
    ]);
  });

  test('missing, unknown and repeated ids earn nothing extra', () => {
    expect(score(['firmware', 'bootloader'])).toBe(1); // L = 2 → 1/4
    expect(score(['firmware', 'firmware', 'bootloader', 'bootloader'])).toBe(1);
    expect(score(['nope', 'firmware', 'bootloader', 'kernel'])).toBe(2);
    expect(gradeQuestion(q, ['firmware']).parts.find((p) => p.id === 'init')).toMatchObject({
      feedback: 'Not placed.',
      given: 'not placed',
    });
  });

  test('an empty list is not answered', () => {
    expect(gradeQuestion(q, []).answered).toBe(false);
  });

  test('the score is in [0, max] and full only for the exact order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: 1 }), (answer) => {
        const g = gradeQuestion(q, answer);
        expect(g.score).toBeGreaterThanOrEqual(0);
        expect(g.score).toBeLessThanOrEqual(4);
        expect(g.correct).toBe(answer.join() === ids.join());
      }),
    );
  });

  test('longestIncreasing finds a longest increasing run', () => {
    const seq = [3, 0, 1, 4, 2];
    const run = [...longestIncreasing(seq)].sort().map((i) => seq[i] ?? -1);
    expect(run).toHaveLength(3); // 0 1 4 or 0 1 2
    expect(run).toEqual([...run].sort((a, b) => a - b));
    expect(longestIncreasing([5, 4, 3]).size).toBe(1);
    expect(longestIncreasing([]).size).toBe(0);
  });
});

describe('Matching (per pair)', () => {
  const q = makeQuestion('Matching', {
    pairs: [
      { id: 'pid', left: 'pid', right: 'Process ids' },
      { id: 'net', left: 'net', right: 'Network' },
      { id: 'uts', left: 'uts', right: 'Hostname' },
      { id: 'mnt', left: 'mnt', right: 'Mounts' },
    ],
    distractors: [{ id: 'kver', text: 'Kernel version' }],
  });

  test('all pairs matched earn full marks', () => {
    expect(gradeQuestion(q, { pid: 'pid', net: 'net', uts: 'uts', mnt: 'mnt' })).toMatchObject({
      score: 1,
      correct: true,
    });
  });

  test('each pair is worth 1/n; a distractor is never right', () => {
    const g = gradeQuestion(q, { pid: 'pid', net: 'uts', uts: 'kver' });
    expect(g.score).toBe(0.25);
    expect(g.parts.map((p) => [p.id, p.correct, p.feedback, p.given])).toEqual([
      ['pid', true, 'Matched correctly.', 'pid'],
      ['net', false, 'Not a match.', 'uts'],
      ['uts', false, 'Not a match.', 'kver'],
      ['mnt', false, 'Not matched.', ''],
    ]);
  });

  test('using one right twice cannot earn it twice', () => {
    expect(gradeQuestion(q, { pid: 'pid', net: 'pid', uts: 'pid', mnt: 'pid' }).score).toBe(0.25);
  });

  test.each([{}, { pid: '' }, ['pid'], 'pid'])('%j is not answered', (answer) => {
    expect(gradeQuestion(q, answer).answered).toBe(false);
  });
});

describe('Categorize (per item)', () => {
  const q = makeQuestion('Categorize', {
    points: 3,
    buckets: [
      { id: 'vm', label: 'VM' },
      { id: 'ct', label: 'Container' },
    ],
    items: [
      { id: 'kernel', text: 'Own kernel', bucket: 'vm' },
      { id: 'disk', text: 'Virtual disk', bucket: 'vm' },
      { id: 'shared', text: 'Shared kernel', bucket: 'ct' },
    ],
  });

  test('every item in its bucket earns full marks', () => {
    expect(gradeQuestion(q, { kernel: 'vm', disk: 'vm', shared: 'ct' })).toMatchObject({ score: 3, correct: true });
  });

  test('each item is worth 1/n; unsorted items are reported', () => {
    const g = gradeQuestion(q, { kernel: 'vm', disk: 'ct' });
    expect(g.score).toBe(1);
    expect(g.parts.map((p) => [p.id, p.correct, p.feedback, p.expected, p.given])).toEqual([
      ['kernel', true, 'In the right group.', 'vm', 'vm'],
      ['disk', false, 'Wrong group.', 'vm', 'ct'],
      ['shared', false, 'Not sorted.', 'ct', ''],
    ]);
  });

  test('an empty answer is not answered', () => {
    expect(gradeQuestion(q, {})).toMatchObject({ score: 0, answered: false });
  });
});
