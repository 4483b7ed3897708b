import { describe, expect, it } from 'vitest';
import { renderQuizText } from '../../../src/course/quiz-source';
import { exportedQuestions } from '../../../src/engines/exports/coverage';
import { qtiPackage } from '../../../src/engines/exports/qti/package';
import { quizzes, validateAgainst } from './helpers';

const packages = await Promise.all(
  quizzes.map(async (quiz) => ({ quiz, files: qtiPackage(quiz, await renderQuizText(quiz)) })),
);
const all = packages.flatMap(({ quiz, files }) =>
  [...files].map(([path, xml]) => ({ name: `${quiz.id}/${path}`, xml })),
);

describe('QTI 2.1 packages', () => {
  it('every item and test validates against the official QTI 2.1 schema', async () => {
    const docs = all.filter((d) => !d.name.endsWith('imsmanifest.xml'));
    expect(docs.length).toBeGreaterThan(80);
    expect(await validateAgainst('qtiv2p1/imsqti_v2p1.xsd', docs)).toEqual([]);
  });

  it('every manifest validates against IMS CP 1.1 with its QTI metadata', async () => {
    const docs = all.filter((d) => d.name.endsWith('imsmanifest.xml'));
    expect(docs).toHaveLength(quizzes.length);
    expect(await validateAgainst('manifest.xsd', docs)).toEqual([]);
  });

  it('has one item per exported question and one test per quiz, each item named in the manifest with its interaction', () => {
    for (const { quiz, files } of packages) {
      const questions = exportedQuestions(quiz, 'qti');
      const items = [...files.keys()].filter((p) => p.startsWith('items/'));
      expect(items).toHaveLength(questions.length);
      expect([...files.keys()].filter((p) => p.endsWith('-test.xml'))).toHaveLength(1);
      const manifest = files.get('imsmanifest.xml') ?? '';
      expect(manifest.match(/<imsqti:interactionType>/g)).toHaveLength(questions.length);
    }
  });
});
