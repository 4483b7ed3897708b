import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCourse } from '../../../src/course/load-course';
import { CourseContentError } from '../../../src/course/problem';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes a one-lesson course plus `files` into a temp dir. */
function course(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'quiz-course-'));
  const all: Record<string, string> = {
    'lessons/modules.yaml': '- { id: foundations, title: Foundations, summary: Why isolate. }\n',
    'lessons/01-foundations/01-why-isolate.mdx': [
      '---',
      'title: Why isolate?',
      'description: d',
      'module: foundations',
      'order: 1',
      'minutes: 20',
      'objectives:',
      '  - { id: why-env, text: Explain what an environment is made of. }',
      '  - { id: why-two, text: "Name the two answers: VMs and containers." }',
      '  - { id: why-replicate, text: Explain why replicating environments is hard. }',
      '---',
      'Hello.',
      '',
    ].join('\n'),
    // A real, valid lab under another name: the loader validates lab files too.
    'lessons/labs/first-container.yaml': readFileSync(
      join(__dirname, '../../../lessons/labs/container-vs-host.yaml'),
      'utf8',
    ).replace(/^id: container-vs-host$/m, 'id: first-container'),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const tf = (id: string, extra = '') =>
  `  - { id: ${id}, type: TrueFalse, prompt: P, objectives: [why-env${extra}], explanation: E, answer: true, feedbackTrue: y, feedbackFalse: n }\n`;

describe('loadCourse checks quizzes with checkQuiz', () => {
  test('objective ids come from the lessons, scenario ids from lessons/labs/', () => {
    const loaded = loadCourse(
      course({
        'quizzes/why-isolate.yaml':
          `id: why-isolate\ntitle: T\nquestions:\n${tf('a', ', why-two')}` +
          '  - { id: b, type: TerminalTask, prompt: P, objectives: [why-replicate], explanation: E, scenario: first-container }\n',
      }),
    );
    expect(loaded.quizzes.map((q) => [q.id, q.data.questions.length, q.data.passMark])).toEqual([
      ['why-isolate', 2, 80],
    ]);
  });

  test('problems in quizzes stop the load, with file and path', () => {
    const load = () =>
      loadCourse(
        course({
          'quizzes/why-isolate.yaml':
            `id: why-isolate\ntitle: T\ndraw: 3\nquestions:\n${tf('a', ', why-nope')}` +
            '  - { id: b, type: TerminalTask, prompt: P, objectives: [why-env], explanation: E, scenario: no-lab }\n',
          'quizzes/final.yaml': `id: final\ntitle: F\nfinal: true\nfrom: [why-isolate]\nquestions:\n${tf('a')}`,
        }),
      );
    expect(load).toThrow(CourseContentError);
    try {
      load();
    } catch (err) {
      expect((err as CourseContentError).problems.map((p) => `${p.file} › ${p.path}`)).toEqual([
        'quizzes/final.yaml › from.0',
        'quizzes/why-isolate.yaml › questions.0.objectives.1',
        'quizzes/why-isolate.yaml › questions.1.scenario',
        'quizzes/why-isolate.yaml › draw',
      ]);
    }
  });
});
