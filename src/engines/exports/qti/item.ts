import type { Question } from '../../../schemas/quiz';
import { blockXhtml, escapeXml as x, type HtmlRenderer } from '../xml';
import { builders, type ItemParts } from './interactions';

/** The QTI 2.1 namespaces and schema location every item and test declares. */
export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const SCHEMA_LOCATION = `${QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;
/** The root element's namespace attributes. */
export const QTI_ROOT_ATTRS = `xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}"`;

/** A short plain-text title from the prompt, for an LMS's question bank list. */
export function titleOf(q: Question): string {
  const plain = q.prompt
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 80 ? `${plain.slice(0, 79)}…` : plain;
}

/** One question as a QTI 2.1 assessmentItem, or null for a type no LMS can run. */
export function qtiItem(q: Question, render: HtmlRenderer): { xml: string; interactionType: string } | null {
  const parts = (builders[q.type] as (q: Question, r: HtmlRenderer) => ItemParts | null)(q, render);
  if (!parts) return null;
  // FEEDBACK lists what to show: the chosen options' own feedback (choice types) and always the explanation.
  const shown = parts.choiceFeedback
    ? '<multiple><variable identifier="RESPONSE"/><baseValue baseType="identifier">EXPLANATION</baseValue></multiple>'
    : '<multiple><baseValue baseType="identifier">EXPLANATION</baseValue></multiple>';
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem ${QTI_ROOT_ATTRS} identifier="Q_${q.id}" title="${x(titleOf(q))}" adaptive="false" timeDependent="false">`,
    parts.response,
    '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${q.points}</value></defaultValue></outcomeDeclaration>`,
    '<outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>',
    `<itemBody><div class="prompt">${blockXhtml(render, q.prompt)}</div>${parts.interaction}</itemBody>`,
    `<responseProcessing>${parts.score}<setOutcomeValue identifier="FEEDBACK">${shown}</setOutcomeValue></responseProcessing>`,
    `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="EXPLANATION" showHide="show" title="Explanation">${blockXhtml(render, q.explanation)}</modalFeedback>`,
    '</assessmentItem>',
    '',
  ].join('\n');
  return { xml, interactionType: parts.interactionType };
}
