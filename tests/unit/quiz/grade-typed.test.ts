import { describe, expect, test } from 'vitest';
import { gradeQuestion } from '../../../src/engines/quiz/grade';
import { findUnit, parseQuantity } from '../../../src/engines/quiz/units';
import { normalizeText } from '../../../src/engines/quiz/text';
import { makeQuestion } from './questions';

describe('ShortAnswer', () => {
  const q = makeQuestion('ShortAnswer', {
    accept: ['Control Groups'],
    patterns: ['c ?groups?'],
    caseSensitive: false,
    normalizeUnits: false,
  });
  const correct = (answer: unknown, question = q) => gradeQuestion(question, answer).correct;

  test('case, surrounding and repeated whitespace do not matter', () => {
    expect(correct('control groups')).toBe(true);
    expect(correct('  CONTROL \t  groups \n')).toBe(true);
    expect(correct('control-groups')).toBe(false);
  });

  test('patterns must match the whole normalised answer', () => {
    expect(correct('cgroups')).toBe(true);
    expect(correct('C Group')).toBe(true);
    expect(correct('cgroups are neat')).toBe(false);
  });

  test('a wrong answer says so and shows a right one', () => {
    expect(gradeQuestion(q, 'namespaces')).toMatchObject({
      score: 0,
      parts: [
        {
          id: 'answer',
          correct: false,
          feedback: 'Not an answer we accept.',
          expected: 'Control Groups',
          given: 'namespaces',
        },
      ],
    });
  });

  test('caseSensitive keeps case significant, for answers and patterns', () => {
    const strict = { ...q, caseSensitive: true, accept: ['SIGKILL'], patterns: ['SIG[A-Z]+9'] };
    expect(correct('SIGKILL', strict)).toBe(true);
    expect(correct('sigkill', strict)).toBe(false);
    expect(correct('SIGX9', strict)).toBe(true);
    expect(correct('sigx9', strict)).toBe(false);
  });

  test('unit normalisation: "128 MiB" = "128MiB" = "128 mib"', () => {
    const mem = { ...q, accept: ['128 MiB'], patterns: [], normalizeUnits: true };
    for (const a of ['128 MiB', '128MiB', '128 mib', ' 128   MIB ']) expect(correct(a, mem), a).toBe(true);
    expect(correct('128MiB', { ...mem, normalizeUnits: false })).toBe(false);
    expect(correct('12 8MiB', mem)).toBe(false);
  });

  test('normalizeText applies NFKC, trim, collapse and case-fold', () => {
    expect(normalizeText('  Ｆｕｌｌ\u00a0 width ', { caseSensitive: false, normalizeUnits: false })).toBe(
      'full width',
    );
  });

  test('blank text is not answered', () => {
    expect(gradeQuestion(q, '   ').answered).toBe(false);
  });
});

describe('Numeric', () => {
  const mem = makeQuestion('Numeric', { value: 128, tolerance: 0, unit: 'MiB' });
  const time = makeQuestion('Numeric', { value: 250, tolerance: '5%', unit: 'ms' });
  const grade = (q: typeof mem, answer: unknown) => {
    const g = gradeQuestion(q, answer);
    return [g.correct, g.parts[0]?.feedback];
  };

  test('the value in the question’s unit, however spelt, is correct', () => {
    for (const a of ['128 MiB', '128MiB', '128 mib', '128 mebibytes', '128', 128, '+128.0 MiB'])
      expect(grade(mem, a), String(a)).toEqual([true, 'Correct.']);
  });

  test('values convert within a family', () => {
    expect(grade(mem, '0.125 GiB')).toEqual([true, 'Correct. 0.125 GiB is 128 MiB.']);
    expect(grade(mem, '134217728 B')).toEqual([true, 'Correct. 134217728 B is 128 MiB.']);
    expect(grade(mem, '134,217,728 bytes')[0]).toBe(true);
    expect(grade(time, '0.25 s')).toEqual([true, 'Correct. 0.25 s is 250 ms.']);
  });

  test('MB and MiB are distinct, and the feedback shows the conversion', () => {
    expect(grade(mem, '128 MB')).toEqual([false, 'Not the value we expected. 128 MB is 122.0703 MiB.']);
    expect(grade(mem, '134.217728 MB')).toEqual([true, 'Correct. 134.217728 MB is 128 MiB.']);
  });

  test('a unit from another family is a unit mismatch, never correct', () => {
    expect(grade(mem, '128 ms')).toEqual([
      false,
      'Unit mismatch: expected a data size such as MiB, found ms (a time).',
    ]);
    expect(grade(time, '250 MB')).toEqual([
      false,
      'Unit mismatch: expected a time such as ms, found MB (a data size).',
    ]);
  });

  test('an unknown unit is a unit mismatch', () => {
    expect(grade(mem, '128 megs')).toEqual([false, 'Unit mismatch: "megs" is not a unit we know; answer in MiB.']);
  });

  test('a unit on a plain-number question is a unit mismatch', () => {
    const plain = makeQuestion('Numeric', { value: 3, tolerance: 0 });
    expect(grade(plain, '3')).toEqual([true, 'Correct.']);
    expect(grade(plain, '3 cores')).toEqual([false, 'Unit mismatch: the answer is a plain number, without "cores".']);
  });

  test('percent tolerance is a share of the value; absolute tolerance is in the unit', () => {
    expect(grade(time, '262 ms')[0]).toBe(true); // 250 ± 12.5
    expect(grade(time, '263 ms')[0]).toBe(false);
    expect(grade(time, '237.5 ms')[0]).toBe(true);
    const abs = makeQuestion('Numeric', { value: 0.3, tolerance: 0.05, unit: 's' });
    expect(grade(abs, '0.35')[0]).toBe(true);
    expect(grade(abs, '0.36')[0]).toBe(false);
    expect(grade(abs, '350 ms')[0]).toBe(true);
  });

  test('float noise does not fail an exact answer', () => {
    expect(grade(makeQuestion('Numeric', { value: 0.3, tolerance: 0 }), 0.1 + 0.2)[0]).toBe(true);
  });

  test('text without a number asks for one', () => {
    expect(grade(mem, 'lots')).toEqual([false, 'Enter a number, e.g. "128 MiB".']);
    expect(gradeQuestion(mem, 'lots').parts[0]).toMatchObject({ expected: '128 MiB', given: 'lots' });
  });

  test.each([undefined, '', '  ', Number.NaN, Number.POSITIVE_INFINITY, [128]])('%j is not answered', (answer) => {
    expect(gradeQuestion(mem, answer).answered).toBe(false);
  });

  test('parseQuantity reads separators and exponents', () => {
    expect(parseQuantity('1,024 KiB')).toEqual({ value: 1024, unitText: 'KiB' });
    expect(parseQuantity('1,5 s')).toEqual({ value: 1.5, unitText: 's' });
    expect(parseQuantity('1e3ms')).toEqual({ value: 1000, unitText: 'ms' });
    expect(parseQuantity('-2')).toEqual({ value: -2, unitText: '' });
    expect(parseQuantity('MiB')).toBeUndefined();
  });

  test('findUnit knows symbols, words and plurals, case-insensitively', () => {
    expect(findUnit('seconds')?.symbol).toBe('s');
    expect(findUnit('Hours')?.symbol).toBe('h');
    expect(findUnit('bytes')?.symbol).toBe('B');
    expect(findUnit('us')?.symbol).toBe('µs');
    expect(findUnit('mb')?.factor).toBe(1e6);
    expect(findUnit('mib')?.factor).toBe(2 ** 20);
    expect(findUnit('furlongs')).toBeUndefined();
  });
});

describe('TerminalTask (from checkGoal’s result)', () => {
  const q = makeQuestion('TerminalTask', { points: 4, scenario: 'first-container', scoring: 'proportional' });
  const parts = (...met: boolean[]) => met.map((m, i) => ({ description: `part ${i}`, met: m }));

  test('done earns full marks', () => {
    expect(gradeQuestion(q, { done: true, parts: parts(true, true) })).toMatchObject({ score: 4, correct: true });
  });

  test('proportional: each part met earns its share', () => {
    const g = gradeQuestion(q, { done: false, parts: parts(true, false, false, false) });
    expect(g.score).toBe(1);
    expect(g.parts).toEqual([
      { id: 'goal-0', correct: true, feedback: 'part 0' },
      { id: 'goal-1', correct: false, feedback: 'part 1' },
      { id: 'goal-2', correct: false, feedback: 'part 2' },
      { id: 'goal-3', correct: false, feedback: 'part 3' },
    ]);
  });

  test('only a done task gets full marks, even if every part claims to be met', () => {
    expect(gradeQuestion(q, { done: false, parts: parts(true, true, true, true) })).toMatchObject({
      score: 3,
      correct: false,
    });
  });

  test('a part’s detail is shown with its description', () => {
    const g = gradeQuestion(q, {
      done: false,
      parts: [{ description: 'A container is running', met: false, detail: 'none yet' }],
    });
    expect(g.parts).toEqual([{ id: 'goal-0', correct: false, feedback: 'A container is running (none yet)' }]);
  });

  test('all-or-nothing earns 0 until done', () => {
    const strict = { ...q, scoring: 'all-or-nothing' as const };
    expect(gradeQuestion(strict, { done: false, parts: parts(true, true, false) }).score).toBe(0);
    expect(gradeQuestion(strict, { done: true, parts: [] })).toMatchObject({
      score: 4,
      parts: [{ id: 'answer', correct: true, feedback: 'Task done.' }],
    });
  });

  test.each([undefined, {}, { done: 'yes', parts: [] }, { done: false, parts: [{ met: 1 }] }])(
    '%j is not answered',
    (answer) => {
      expect(gradeQuestion(q, answer).answered).toBe(false);
    },
  );
});
