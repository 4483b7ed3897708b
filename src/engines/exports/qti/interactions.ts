import type { Question, QuestionOf } from '../../../schemas/quiz';
import { absoluteTolerance } from '../gift';
import { blockXhtml, escapeXml as x, inlineXhtml, type HtmlRenderer } from '../xml';

/** What one question type contributes to its assessmentItem. */
export interface ItemParts {
  /** The interaction's name, for the manifest's `imsqti:interactionType`. */
  interactionType: string;
  response: string;
  interaction: string;
  /** responseProcessing rules that set SCORE. */
  score: string;
  /** The choices' feedback is keyed by the chosen identifiers (choice types). */
  choiceFeedback: boolean;
}

const num = (n: number) => String(Number(n.toPrecision(12)));
const value = (v: string) => `<value>${x(v)}</value>`;
const declare = (cardinality: string, baseType: string, correct: string[], mapping = '') =>
  `<responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}"><correctResponse>${correct.map(value).join('')}</correctResponse>${mapping}</responseDeclaration>`;
const mapping = (points: number, entries: Array<[string, number, string?]>) =>
  `<mapping lowerBound="0" upperBound="${num(points)}" defaultValue="0">${entries
    .map(([key, v, extra]) => `<mapEntry mapKey="${x(key)}" mappedValue="${num(v)}"${extra ?? ''}/>`)
    .join('')}</mapping>`;
const set = (expr: string) => `<setOutcomeValue identifier="SCORE">${expr}</setOutcomeValue>`;
const float = (n: number) => `<baseValue baseType="float">${num(n)}</baseValue>`;
/** Full points when `test` holds (NULL, i.e. no answer, counts as not). */
const allOrNothing = (test: string, points: number) =>
  `<responseCondition><responseIf>${test}${set(float(points))}</responseIf></responseCondition>`;
const matchCorrect = '<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>';
const mapped = `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${set(float(0))}</responseIf><responseElse>${set('<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`;
const feedbackInline = (id: string, html: string) =>
  `<feedbackInline outcomeIdentifier="FEEDBACK" identifier="${id}" showHide="show">${html}</feedbackInline>`;

type Builders = { [T in Question['type']]: (q: QuestionOf<T>, r: HtmlRenderer) => ItemParts | null };

/** Per question type: its response, interaction and scoring. A type no LMS can run returns null. */
export const builders: Builders = {
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
