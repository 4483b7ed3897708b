import type { Quiz } from '../../../schemas/quiz';
import { escapeXml as x } from '../xml';

/** One item file in the package, with the interaction it uses (Canvas reads `imsqti:interactionType`). */
export interface ManifestItem {
  id: string;
  href: string;
  interactionType: string;
}

const NS = [
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
  'xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2"',
  'xmlns:imsqti="http://www.imsglobal.org/xsd/imsqti_metadata_v2p1"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd http://www.imsglobal.org/xsd/imsqti_metadata_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_metadata_v2p1.xsd"',
].join(' ');

const qtiMetadata = (interaction?: string) =>
  `<metadata><schema>IMS QTI</schema><schemaversion>2.1</schemaversion><imsqti:qtiMetadata><imsqti:timeDependent>false</imsqti:timeDependent>${
    interaction ? `<imsqti:interactionType>${interaction}</imsqti:interactionType>` : ''
  }<imsqti:feedbackType>nonadaptive</imsqti:feedbackType><imsqti:solutionAvailable>true</imsqti:solutionAvailable><imsqti:toolName>Isolation Lab</imsqti:toolName></imsqti:qtiMetadata></metadata>`;

/** imsmanifest.xml: the test as the first resource (depending on every item), then one resource per item. */
export function qtiManifest(quiz: Quiz, testHref: string, items: readonly ManifestItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest ${NS} identifier="M_${quiz.id}">`,
    `<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion><imsmd:lom><imsmd:general><imsmd:title><imsmd:langstring xml:lang="en">${x(quiz.title)}</imsmd:langstring></imsmd:title></imsmd:general></imsmd:lom></metadata>`,
    '<organizations/>',
    '<resources>',
    `<resource identifier="R_T_${quiz.id}" type="imsqti_test_xmlv2p1" href="${x(testHref)}">${qtiMetadata()}<file href="${x(testHref)}"/>${items
      .map((i) => `<dependency identifierref="R_Q_${i.id}"/>`)
      .join('')}</resource>`,
    ...items.map(
      (i) =>
        `<resource identifier="R_Q_${i.id}" type="imsqti_item_xmlv2p1" href="${x(i.href)}">${qtiMetadata(i.interactionType)}<file href="${x(i.href)}"/></resource>`,
    ),
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
}
