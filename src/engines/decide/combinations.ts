import type { AidQuestion } from '../../schemas/decision-aid';
import type { Answers } from './decide';

/** Every way to answer all the questions (the product of their options), in a stable order. */
export function* allAnswers(questions: readonly AidQuestion[]): Generator<Answers> {
  const walk = function* (i: number, acc: Record<string, string>): Generator<Answers> {
    if (i === questions.length) {
      yield { ...acc };
      return;
    }
    const q = questions[i]!;
    for (const option of q.options) yield* walk(i + 1, { ...acc, [q.id]: option.id });
  };
  yield* walk(0, {});
}
