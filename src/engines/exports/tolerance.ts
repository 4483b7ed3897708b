import type { QuestionOf } from '../../schemas/quiz';

/** The tolerance in the question's unit (a percentage is taken of the value). */
export function absoluteTolerance(q: QuestionOf<'Numeric'>): number {
  const t = typeof q.tolerance === 'number' ? q.tolerance : (Math.abs(q.value) * parseFloat(q.tolerance)) / 100;
  return Number(t.toPrecision(12));
}
