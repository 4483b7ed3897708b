import type { QuestionOf } from '../../../schemas/quiz';
import { blockXhtml, inlineXhtml, type HtmlRenderer } from '../xml';
import { allOrNothing, declare, feedbackInline, mapped, mapping, matchCorrect, type ItemParts } from './response';

type ChoiceType = 'SingleChoice' | 'MultipleChoice' | 'TrueFalse';

/** The choice types: one choiceInteraction each, every option carrying its own feedback inline. */
export const choiceBuilders: { [T in ChoiceType]: (q: QuestionOf<T>, r: HtmlRenderer) => ItemParts } = {
  SingleChoice: (q, r) => ({
    interactionType: 'choiceInteraction',
    response: declare(
      'single',
      'identifier',
      q.options.filter((o) => o.correct).map((o) => `O_${o.id}`),
    ),
    interaction: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">${q.options
      .map(
        (o) =>
          `<simpleChoice identifier="O_${o.id}">${blockXhtml(r, o.text)}${feedbackInline(`O_${o.id}`, inlineXhtml(r, o.feedback))}</simpleChoice>`,
      )
      .join('')}</choiceInteraction>`,
    score: allOrNothing(matchCorrect, q.points),
    choiceFeedback: true,
  }),
  MultipleChoice(q, r) {
    const k = q.options.filter((o) => o.correct).length;
    return {
      interactionType: 'choiceInteraction',
      response: declare(
        'multiple',
        'identifier',
        q.options.filter((o) => o.correct).map((o) => `O_${o.id}`),
        mapping(
          q.points,
          q.options.map((o) => [`O_${o.id}`, ((o.correct ? 1 : -1) * q.points) / k]),
        ),
      ),
      interaction: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="0">${q.options
        .map(
          (o) =>
            `<simpleChoice identifier="O_${o.id}">${blockXhtml(r, o.text)}${feedbackInline(`O_${o.id}`, inlineXhtml(r, o.feedback))}</simpleChoice>`,
        )
        .join('')}</choiceInteraction>`,
      score: mapped,
      choiceFeedback: true,
    };
  },
  TrueFalse: (q, r) => ({
    interactionType: 'choiceInteraction',
    response: declare('single', 'identifier', [q.answer ? 'true' : 'false']),
    interaction: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1"><simpleChoice identifier="true">True${feedbackInline('true', inlineXhtml(r, q.feedbackTrue))}</simpleChoice><simpleChoice identifier="false">False${feedbackInline('false', inlineXhtml(r, q.feedbackFalse))}</simpleChoice></choiceInteraction>`,
    score: allOrNothing(matchCorrect, q.points),
    choiceFeedback: true,
  }),
};
