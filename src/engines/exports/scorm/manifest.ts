import type { Quiz } from '../../../schemas/quiz';
import { escapeXml as x } from '../xml';
import type { ScormVersion } from './versions';

/** The files of a package besides the manifest, as the manifest's resource lists them. */
export const PAGE = 'index.html';

const HEAD_12 = [
  'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
  'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
].join(' ');

const HEAD_2004 = [
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
  'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
  'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
  'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
  'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
].join(' ');

/**
 * imsmanifest.xml for one quiz as a single SCO. 1.2: the pass mark as `adlcp:masteryscore`; 2004 4th edition: as the
 * primary objective's minimum normalised measure (the LMS hands it to the SCO as cmi.scaled_passing_score), and the
 * SCO decides pass/fail itself (satisfiedByMeasure false), exactly as the course's quiz does.
 */
export function scormManifest(quiz: Quiz, version: ScormVersion): string {
  const id = `isolation-lab-${quiz.id}-scorm${version === '1.2' ? '12' : '2004'}`;
  const title = x(quiz.title);
  if (version === '1.2')
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<manifest identifier="${id}" version="1.0" ${HEAD_12}>`,
      '<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>',
      `<organizations default="org"><organization identifier="org"><title>${title}</title>`,
      `<item identifier="item" identifierref="sco" isvisible="true"><title>${title}</title><adlcp:masteryscore>${quiz.passMark}</adlcp:masteryscore></item>`,
      '</organization></organizations>',
      `<resources><resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${PAGE}"><file href="${PAGE}"/></resource></resources>`,
      '</manifest>',
      '',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="1" ${HEAD_2004}>`,
    '<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>',
    `<organizations default="org"><organization identifier="org"><title>${title}</title>`,
    `<item identifier="item" identifierref="sco" isvisible="true"><title>${title}</title>`,
    `<imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="${x(quiz.id)}" satisfiedByMeasure="false"><imsss:minNormalizedMeasure>${quiz.passMark / 100}</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>`,
    '</item>',
    '</organization></organizations>',
    `<resources><resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${PAGE}"><file href="${PAGE}"/></resource></resources>`,
    '</manifest>',
    '',
  ].join('\n');
}
