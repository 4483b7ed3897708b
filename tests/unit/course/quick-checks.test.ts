import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../../src/course/load-course';
import { CourseContentError } from '../../../src/course/problem';
import { findQuickCheckTags } from '../../../src/course/quick-check-tags';

const fixture = (name: string) => join(__dirname, '../../fixtures/course', name);

function failureOf(name: string): string {
  try {
    loadCourse(fixture(name));
  } catch (err) {
    if (err instanceof CourseContentError) return err.message;
    throw err;
  }
  throw new Error(`fixture ${name} loaded without problems`);
}

describe('findQuickCheckTags', () => {
  test('reads both attributes in any quoting, across lines, with the line the tag starts on', () => {
    const text = [
      '---',
      'title: <QuickCheck quiz="in-frontmatter" question="x" />',
      '---',
      '<QuickCheck quiz="a" question="b" />',
      '<QuickCheck',
      "  question='c'",
      '  quiz={"a"}',
      '/>',
      '<QuickCheck quiz="a"/>',
    ].join('\n');
    expect(findQuickCheckTags(text)).toEqual([
      { line: 4, quiz: 'a', question: 'b' },
      { line: 5, quiz: 'a', question: 'c' },
      { line: 9, quiz: 'a' },
    ]);
  });

  test('skips tags shown as code, fenced or inline', () => {
    const text = [
      'Use `<QuickCheck quiz="x" question="y" />` like this:',
      '',
      '```mdx',
      '<QuickCheck quiz="x" question="y" />',
      '```',
      '<QuickCheck quiz="z" question="w" />',
    ].join('\n');
    expect(findQuickCheckTags(text)).toEqual([{ line: 6, quiz: 'z', question: 'w' }]);
  });
});

describe('quick checks in the course loader', () => {
  test('a lesson with its check quiz placed question by question loads', () => {
    const course = loadCourse(fixture('valid'));
    expect(course.lessons.find((l) => l.id === 'one')?.data.checks).toBe('one-checks');
    expect(course.quizzes.find((q) => q.id === 'one-checks')?.data.mode).toBe('check');
  });

  test('every misplaced, missing, doubled or unknown check fails with file, field or line, expected and found', () => {
    expect(failureOf('bad-quick-checks')).toMatchInlineSnapshot(`
      "Isolation Lab: 15 problems in the course content:
        - quizzes/stray-checks.yaml › questions.3.scenario: expected the id of a scenario in lessons/labs/ [], found "no-such-lab". Hint: create lessons/labs/no-such-lab.yaml or fix the id.
        - quizzes/stray-checks.yaml › questions: expected 2–3 questions in a quick-check quiz, found 4. Hint: a lesson asks two or three quick checks; put further questions in its practice quiz.
        - quizzes/stray-checks.yaml › questions.3.type: expected any question type except TerminalTask in a quick-check quiz, found "TerminalTask". Hint: a quick check is answered in the lesson text, without a lab; ask about the lab in the practice quiz.
        - quizzes/stray-checks.yaml › draw: expected no \`draw\`, \`final\` or \`from\` in a quick-check quiz, found \`draw\`. Hint: every quick check is placed in its lesson once, so none is drawn, and none joins an exam.
        - lessons/01-basics/01-one.mdx › line 22: expected each quick check placed once, found question="one-shared-kernel" again, first placed at line 20.
        - lessons/01-basics/01-one.mdx › line 24: expected a question id of quizzes/one-checks.yaml [one-shared-kernel, one-vm-kernel], found question="one-no-such-question".
        - lessons/01-basics/01-one.mdx › line 26: expected quiz="one-checks" (the lesson's checks), found quiz="basics-quiz". Hint: a lesson places only the questions of its own check quiz.
        - lessons/01-basics/01-one.mdx › line 28: expected <QuickCheck quiz="…" question="…" /> with both ids as plain strings, found a <QuickCheck> without question.
        - lessons/01-basics/01-one.mdx › checks (line 15): expected a <QuickCheck quiz="one-checks" question="one-vm-kernel" /> in the lesson text, found none. Hint: place each quick check after the section it checks.
        - quizzes/one-checks.yaml › questions.1.objectives.0: expected an objective of lessons/01-basics/01-one.mdx, the lesson it checks [one-a, one-b, one-c], found "two-a".
        - lessons/01-basics/02-two.mdx › quiz (line 15): expected a practice quiz, found "stray-checks", a quick-check quiz (mode: check). Hint: name it under \`checks:\` instead.
        - lessons/01-basics/02-two.mdx › checks (line 16): expected a quiz with \`mode: check\`, found "basics-quiz", a quiz in mode "practice". Hint: a lesson's practice quiz goes under \`quiz:\`; quick checks have their own file, quizzes/two-checks.yaml.
        - lessons/02-more/01-three.mdx › checks (line 15): expected the id of a quick-check quiz in quizzes/ [one-checks, orphan-checks, stray-checks], found "no-such-checks". Hint: create quizzes/no-such-checks.yaml with \`mode: check\`, or fix the id.
        - quizzes/final.yaml › from.1: expected the id of a lesson’s practice quiz, found "one-checks", a quick-check quiz. Hint: quick checks stay in their lessons and never join an exam’s bank.
        - quizzes/orphan-checks.yaml › mode: expected a lesson whose frontmatter names this quiz (\`checks: orphan-checks\`), found none. Hint: add the field to the lesson these questions check, or delete the file."
    `);
  });
});
