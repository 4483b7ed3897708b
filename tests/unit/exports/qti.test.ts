import { describe, expect, it } from 'vitest';
import { renderQuizText } from '../../../src/course/quiz-source';
import { exportedQuestions } from '../../../src/engines/exports/coverage';
import { answerKey } from '../../../src/engines/quiz/index';
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

/** The values of an item's correctResponse, in order. */
const correctValues = (xml: string) =>
  [...(/<correctResponse>(.*?)<\/correctResponse>/.exec(xml)?.[1] ?? '').matchAll(/<value>(.*?)<\/value>/g)].map(
    (m) => m[1],
  );

describe('QTI answer keys and scoring agree with the course’s grader', () => {
  it('each item’s correct response is the engine’s answer key, and its mapping gives the key full points', () => {
    for (const { quiz, files } of packages)
      for (const q of exportedQuestions(quiz, 'qti')) {
        const xml = files.get(`items/${q.id}.xml`) ?? '';
        const key = answerKey(q);
        const values = correctValues(xml);
        const expected: Record<string, () => unknown> = {
          SingleChoice: () => [`O_${key as string}`],
          MultipleChoice: () => (key as string[]).map((id) => `O_${id}`),
          TrueFalse: () => [String(key)],
          Ordering: () => (key as string[]).map((id) => `I_${id}`),
          Matching: () => Object.entries(key as Record<string, string>).map(([l, r]) => `L_${l} R_${r}`),
          Categorize: () => Object.entries(key as Record<string, string>).map(([i, b]) => `I_${i} B_${b}`),
          ShortAnswer: () => [key],
          Numeric: () => [String((q as { value: number }).value)],
        };
        expect(values, `${quiz.id} › ${q.id}`).toEqual(expected[q.type]!());
        const mapped = new Map(
          [...xml.matchAll(/<mapEntry mapKey="([^"]+)" mappedValue="([^"]+)"/g)].map((m) => [m[1], Number(m[2])]),
        );
        if (mapped.size > 0 && q.type !== 'ShortAnswer') {
          const total = values.reduce((sum, v) => sum + (mapped.get(v!) ?? 0), 0);
          expect(total, `${quiz.id} › ${q.id}`).toBeCloseTo(q.points, 6);
        }
        expect(xml).toContain(
          `<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${q.points}</value>`,
        );
      }
  });
});
