import type { Numeric } from '../../../schemas/quiz/numeric';
import type { Grader } from '../types';
import { findUnit, formatNumber, parseQuantity, type Unit } from '../units';

/** The allowed distance from `value`, in the question's unit. */
function toleranceOf(q: Numeric): number {
  const t = typeof q.tolerance === 'number' ? q.tolerance : (Math.abs(q.value) * parseFloat(q.tolerance)) / 100;
  return t + 1e-9 * Math.max(1, Math.abs(q.value)); // absorb float noise such as 0.1 + 0.2
}

/** Reads the answer in the question's unit, or explains why it can't be compared. */
function readValue(q: Numeric, text: string): { value: number; note?: string } | { problem: string } {
  const parsed = parseQuantity(text);
  if (!parsed) return { problem: `Enter a number${q.unit ? `, e.g. "${formatNumber(q.value)} ${q.unit}"` : ''}.` };
  const want: Unit | undefined = q.unit ? findUnit(q.unit) : undefined;
  if (parsed.unitText === '') return { value: parsed.value };
  const got = findUnit(parsed.unitText);
  if (!want) return { problem: `Unit mismatch: the answer is a plain number, without "${parsed.unitText}".` };
  if (!got) return { problem: `Unit mismatch: "${parsed.unitText}" is not a unit we know; answer in ${want.symbol}.` };
  if (got.family !== want.family)
    return {
      problem: `Unit mismatch: expected a ${want.family} such as ${want.symbol}, found ${got.symbol} (a ${got.family}).`,
    };
  const value = (parsed.value * got.factor) / want.factor;
  const note =
    got.symbol === want.symbol ? undefined : `${parsed.value} ${got.symbol} is ${formatNumber(value)} ${want.symbol}.`;
  return { value, note };
}

/**
 * Numeric: all or nothing. Correct when the answer, converted to the question's unit, is within
 * `tolerance` of `value`. A unit from another family (or an unknown one) is never correct and the
 * feedback says "Unit mismatch". Units: see ../units.ts (MB and MiB are distinct).
 */
export const numeric: Grader<'Numeric'> = {
  readAnswer: (value) =>
    typeof value === 'number'
      ? Number.isFinite(value)
        ? value
        : undefined
      : typeof value === 'string' && value.trim() !== ''
        ? value
        : undefined,
  grade(q, answer) {
    const text = String(answer).trim();
    const expected = `${formatNumber(q.value)}${q.unit ? ` ${q.unit}` : ''}${q.tolerance ? ` ± ${typeof q.tolerance === 'number' ? formatNumber(q.tolerance) : q.tolerance}` : ''}`;
    const read = readValue(q, text);
    if ('problem' in read)
      return { fraction: 0, parts: [{ id: 'answer', correct: false, feedback: read.problem, expected, given: text }] };
    const correct = Math.abs(read.value - q.value) <= toleranceOf(q);
    const feedback = [correct ? 'Correct.' : 'Not the value we expected.', read.note].filter(Boolean).join(' ');
    return { fraction: correct ? 1 : 0, parts: [{ id: 'answer', correct, feedback, expected, given: text }] };
  },
  answerKey: (q) => `${q.value}${q.unit ? ` ${q.unit}` : ''}`,
  wrongAnswers: (q) => [`${q.value + 2 * toleranceOf(q) + 1}${q.unit ? ` ${q.unit}` : ''}`],
};
