import type { Quiz } from '../../../schemas/quiz';
import { exportedQuestions } from '../coverage';
import type { HtmlRenderer } from '../xml';
import { qtiItem } from './item';
import { qtiManifest, type ManifestItem } from './manifest';
import { qtiTest } from './test';

/** Every file of one quiz's QTI 2.1 package, path → text; the manifest first. */
export function qtiPackage(quiz: Quiz, render: HtmlRenderer): Map<string, string> {
  const items: Array<ManifestItem & { xml: string }> = [];
  for (const q of exportedQuestions(quiz, 'qti')) {
    const item = qtiItem(q, render);
    if (item) items.push({ id: q.id, href: `items/${q.id}.xml`, interactionType: item.interactionType, xml: item.xml });
  }
  const testHref = `${quiz.id}-test.xml`;
  const files = new Map<string, string>();
  files.set('imsmanifest.xml', qtiManifest(quiz, testHref, items));
  files.set(
    testHref,
    qtiTest(
      quiz,
      items.map((i) => ({ id: i.id, href: i.href })),
    ),
  );
  for (const i of items) files.set(i.href, i.xml);
  return files;
}
