import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageLines, exportedQuestions, mappings } from '../../../src/engines/exports/coverage';
import { formatSize, plannedExports } from '../../../src/engines/exports/plan';
import { DOWNLOADS_PAGE, patchDownloadSizes } from '../../../src/exports/downloads-sizes';
import { exportQuizzes } from '../../../src/exports/sources';

describe('the export plan', () => {
  const quizzes = exportQuizzes();

  it('has all four formats for every quiz, lesson quizzes in course order and the final exam last', () => {
    const plan = plannedExports(quizzes);
    expect(plan).toHaveLength(quizzes.length * 4);
    expect(plan.slice(0, 4).map((p) => p.file)).toEqual([
      'why-isolate.gift',
      'why-isolate-qti21.zip',
      'why-isolate-scorm12.zip',
      'why-isolate-scorm2004.zip',
    ]);
    expect(plan.at(-1)).toMatchObject({ quizId: 'final-exam', format: 'scorm2004' });
    expect(new Set(plan.map((p) => p.file)).size).toBe(plan.length);
  });

  it('leaves out exactly the lab questions, in every format, and says so', () => {
    for (const format of ['gift', 'qti', 'scorm'] as const) {
      expect(
        Object.entries(mappings[format])
          .filter(([, m]) => m.to === null)
          .map(([t]) => t),
      ).toEqual(['TerminalTask']);
      for (const quiz of quizzes)
        expect(exportedQuestions(quiz, format)).toEqual(quiz.questions.filter((q) => q.type !== 'TerminalTask'));
    }
    const lab = quizzes.find((q) => q.questions.some((x) => x.type === 'TerminalTask'))!;
    expect(coverageLines(lab, 'qti')).toContainEqual(
      expect.stringMatching(/^TerminalTask \(1\): left out: needs the course’s simulated terminal/),
    );
  });

  it('writes sizes as people read them', () => {
    expect([formatSize(999), formatSize(15_063), formatSize(1_302_000)]).toEqual(['999 bytes', '15.1 KB', '1.30 MB']);
  });

  it('writes each file’s size into the built downloads page, leaving other text alone', () => {
    const dist = mkdtempSync(join(tmpdir(), 'il-exports-'));
    mkdirSync(join(dist, 'teach/downloads'), { recursive: true });
    const page =
      '<td><span data-export-size="a.gift" class="astro-x">written with the build</span></td><td><span data-export-size="b.zip">written with the build</span></td>';
    writeFileSync(join(dist, DOWNLOADS_PAGE), page);
    patchDownloadSizes(dist, [{ file: 'a.gift', bytes: 2048 }]);
    expect(readFileSync(join(dist, DOWNLOADS_PAGE), 'utf8')).toBe(page.replace('written with the build', '2.0 KB'));
  });
});
