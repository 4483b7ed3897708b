import type { QuestionOf, QuestionType } from '../../../src/schemas/quiz';

type Body<T extends QuestionType> = Omit<
  QuestionOf<T>,
  'type' | 'id' | 'prompt' | 'points' | 'objectives' | 'explanation' | 'hints'
> &
  Partial<Pick<QuestionOf<T>, 'id' | 'points'>>;

/** A parsed question of `type` with the shared fields filled in, as the schema's defaults would. */
export function makeQuestion<T extends QuestionType>(type: T, body: Body<T>): QuestionOf<T> {
  return {
    id: 'q',
    prompt: 'Prompt',
    points: 1,
    objectives: ['why-env'],
    explanation: 'Because.',
    hints: [],
    type,
    ...body,
  } as unknown as QuestionOf<T>;
}

/** A choice option with feedback naming it. */
export const option = (id: string, correct: boolean) => ({
  id,
  text: id.toUpperCase(),
  correct,
  feedback: `about ${id}`,
});
