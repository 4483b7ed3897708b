import type { Question, QuestionOf } from '../../../schemas/quiz';
import { absoluteTolerance } from '../tolerance';
import { blockXhtml, escapeXml as x, type HtmlRenderer } from '../xml';
import { choiceBuilders } from './choice';
import { allOrNothing, declare, mapped, mapping, matchCorrect, num, type ItemParts } from './response';

export type { ItemParts } from './response';

type Builders = { [T in Question['type']]: (q: QuestionOf<T>, r: HtmlRenderer) => ItemParts | null };

/** Per question type: its response, interaction and scoring. A type no LMS can run returns null. */
export const builders: Builders = {
  ...choiceBuilders,
  Ordering: (q, r) => ({
    interactionType: 'orderInteraction',
    response: declare(
      'ordered',
      'identifier',
      q.items.map((i) => `I_${i.id}`),
    ),
    interaction: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${q.items
      .map((i) => `<simpleChoice identifier="I_${i.id}">${blockXhtml(r, i.text)}</simpleChoice>`)
      .join('')}</orderInteraction>`,
    score: allOrNothing(matchCorrect, q.points),
    choiceFeedback: false,
  }),
  Matching: (q, r) => ({
    interactionType: 'matchInteraction',
    response: declare(
      'multiple',
      'directedPair',
      q.pairs.map((p) => `L_${p.id} R_${p.id}`),
      mapping(
        q.points,
        q.pairs.map((p) => [`L_${p.id} R_${p.id}`, q.points / q.pairs.length]),
      ),
    ),
    interaction: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${q.pairs.length}"><simpleMatchSet>${q.pairs
      .map(
        (p) =>
          `<simpleAssociableChoice identifier="L_${p.id}" matchMax="1">${blockXhtml(r, p.left)}</simpleAssociableChoice>`,
      )
      .join('')}</simpleMatchSet><simpleMatchSet>${[
      ...q.pairs.map((p) => [p.id, p.right]),
      ...q.distractors.map((d) => [d.id, d.text]),
    ]
      .map(
        ([id, text]) =>
          `<simpleAssociableChoice identifier="R_${id}" matchMax="1">${x(text ?? '')}</simpleAssociableChoice>`,
      )
      .join('')}</simpleMatchSet></matchInteraction>`,
    score: mapped,
    choiceFeedback: false,
  }),
  Categorize: (q, r) => ({
    interactionType: 'matchInteraction',
    response: declare(
      'multiple',
      'directedPair',
      q.items.map((i) => `I_${i.id} B_${i.bucket}`),
      mapping(
        q.points,
        q.items.map((i) => [`I_${i.id} B_${i.bucket}`, q.points / q.items.length]),
      ),
    ),
    interaction: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${q.items.length}"><simpleMatchSet>${q.items
      .map(
        (i) =>
          `<simpleAssociableChoice identifier="I_${i.id}" matchMax="1">${blockXhtml(r, i.text)}</simpleAssociableChoice>`,
      )
      .join('')}</simpleMatchSet><simpleMatchSet>${q.buckets
      .map((b) => `<simpleAssociableChoice identifier="B_${b.id}" matchMax="0">${x(b.label)}</simpleAssociableChoice>`)
      .join('')}</simpleMatchSet></matchInteraction>`,
    score: mapped,
    choiceFeedback: false,
  }),
  ShortAnswer(q) {
    const accepted = [
      ...new Map(
        [q.display, ...q.accept].filter((a): a is string => !!a).map((a) => [a.trim().toLowerCase(), a.trim()]),
      ).values(),
    ];
    return {
      interactionType: 'textEntryInteraction',
      response: declare(
        'single',
        'string',
        accepted.slice(0, 1),
        mapping(
          q.points,
          accepted.map((a) => [a, q.points, ' caseSensitive="false"']),
        ),
      ),
      interaction: `<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(10, ...accepted.map((a) => a.length))}"/></p>`,
      score: mapped,
      choiceFeedback: false,
    };
  },
  Numeric(q) {
    const tolerance =
      typeof q.tolerance === 'string'
        ? `toleranceMode="relative" tolerance="${parseFloat(q.tolerance)} ${parseFloat(q.tolerance)}"`
        : q.tolerance > 0
          ? `toleranceMode="absolute" tolerance="${num(absoluteTolerance(q))} ${num(absoluteTolerance(q))}"`
          : 'toleranceMode="exact"';
    return {
      interactionType: 'textEntryInteraction',
      response: declare('single', 'float', [num(q.value)]),
      interaction: `<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/>${q.unit ? ` ${x(q.unit)}` : ''}</p>`,
      score: allOrNothing(
        `<equal ${tolerance}><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>`,
        q.points,
      ),
      choiceFeedback: false,
    };
  },
  TerminalTask: () => null,
};
