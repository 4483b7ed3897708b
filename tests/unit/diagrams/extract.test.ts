import { describe, expect, it } from 'vitest';
import { CourseContentError, formatProblem } from '../../../src/course/problem.ts';
import { checkDiagramText, extractDiagramText } from '../../../src/diagrams/extract.ts';
import { processFixture } from './helpers.ts';

describe('accTitle / accDescr extraction', () => {
  it('reads one-line forms', () => {
    const text = extractDiagramText(
      'flowchart LR\n  accTitle: Two kernels  \n  accDescr: A VM has its own kernel.\n  A-->B',
    );
    expect(text).toEqual({ title: 'Two kernels', description: 'A VM has its own kernel.' });
  });

  it('reads the multi-line block form', () => {
    const text = extractDiagramText(
      'sequenceDiagram\n  accTitle: Syscall\n  accDescr {\n    First line.\n    Second line.\n  }\n  A->>B: hi',
    );
    expect(text.description).toBe('First line.\nSecond line.');
  });

  it('returns nothing when the fields are absent', () => {
    expect(extractDiagramText('flowchart LR\n  A-->B')).toEqual({ title: undefined, description: undefined });
  });
});

describe('missing description', () => {
  it('names the file, the diagram line, what was expected and found, with a hint', () => {
    const [problem, ...rest] = checkDiagramText(
      { title: 'Host and guest' },
      { file: 'lessons/01-foundations/02-what-a-kernel-does.mdx', line: 42 },
    );
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toMatchInlineSnapshot(
      `"lessons/01-foundations/02-what-a-kernel-does.mdx › diagram at line 42: expected an accDescr: line (or an accDescr { … } block) describing what the diagram shows, found none. Hint: readers who cannot see the diagram get this text; add e.g. \`accDescr: A process asks the kernel to open a file and gets a file descriptor back.\`"`,
    );
  });

  it('fails processing of a lesson fixture before any browser is needed', async () => {
    const render = () => Promise.reject(new Error('no browser should be needed'));
    const error = await processFixture('missing-description.mdx', { render }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CourseContentError);
    expect((error as Error).message).toMatchInlineSnapshot(`
      "Isolation Lab: 1 problem in the course content:
        - tests/fixtures/diagrams/missing-description.mdx › diagram at line 7: expected an accDescr: line (or an accDescr { … } block) describing what the diagram shows, found none. Hint: readers who cannot see the diagram get this text; add e.g. \`accDescr: A process asks the kernel to open a file and gets a file descriptor back.\`"
    `);
  });
});
