// Building blocks of QTI 2.1 response declarations and response processing, shared by every question type.
import { escapeXml as x } from '../xml';

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

/** A number as QTI writes it: no float noise. */
export const num = (n: number) => String(Number(n.toPrecision(12)));
/** One `<value>` of a correct response. */
export const value = (v: string) => `<value>${x(v)}</value>`;
/** The RESPONSE declaration with its correct response and, for partial credit, a mapping. */
export const declare = (cardinality: string, baseType: string, correct: string[], mapping = '') =>
  `<responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}"><correctResponse>${correct.map(value).join('')}</correctResponse>${mapping}</responseDeclaration>`;
/** A mapping whose entries add up, between 0 and the question's points. */
export const mapping = (points: number, entries: Array<[string, number, string?]>) =>
  `<mapping lowerBound="0" upperBound="${num(points)}" defaultValue="0">${entries
    .map(([key, v, extra]) => `<mapEntry mapKey="${x(key)}" mappedValue="${num(v)}"${extra ?? ''}/>`)
    .join('')}</mapping>`;
/** Sets SCORE to an expression. */
export const set = (expr: string) => `<setOutcomeValue identifier="SCORE">${expr}</setOutcomeValue>`;
/** A float constant. */
export const float = (n: number) => `<baseValue baseType="float">${num(n)}</baseValue>`;
/** Full points when `test` holds (NULL, i.e. no answer, counts as not). */
export const allOrNothing = (test: string, points: number) =>
  `<responseCondition><responseIf>${test}${set(float(points))}</responseIf></responseCondition>`;
/** The response equals the correct response. */
export const matchCorrect = '<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>';
/** SCORE from the mapping; no answer scores 0. */
export const mapped = `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${set(float(0))}</responseIf><responseElse>${set('<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`;
/** Feedback shown beside a choice once it is chosen. */
export const feedbackInline = (id: string, html: string) =>
  `<feedbackInline outcomeIdentifier="FEEDBACK" identifier="${id}" showHide="show">${html}</feedbackInline>`;
