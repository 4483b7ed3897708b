import type { Quiz } from '../../../schemas/quiz';
import { escapeXml as x } from '../xml';
import { QTI_ROOT_ATTRS } from './item';

/**
 * One assessmentTest for a quiz: one linear part, one section holding every item (a final exam selects `draw` of
 * them at random, as the course does), and a total SCORE summed from the items.
 */
export function qtiTest(quiz: Quiz, items: ReadonlyArray<{ id: string; href: string }>): string {
  const selection =
    quiz.draw && quiz.draw < items.length ? `<selection select="${quiz.draw}"/><ordering shuffle="true"/>` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest ${QTI_ROOT_ATTRS} identifier="T_${quiz.id}" title="${x(quiz.title)}">`,
    '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `<testPart identifier="P_${quiz.id}" navigationMode="nonlinear" submissionMode="simultaneous">`,
    `<assessmentSection identifier="S_${quiz.id}" title="${x(quiz.title)}" visible="true">${selection}`,
    ...items.map((i) => `<assessmentItemRef identifier="Q_${i.id}" href="${x(i.href)}"/>`),
    '</assessmentSection>',
    '</testPart>',
    '<outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue></outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}
