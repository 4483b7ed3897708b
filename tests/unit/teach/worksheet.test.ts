import { describe, expect, test } from 'vitest';
import { labScenarios, labSteps, lessonSections, scheduleUnits } from '../../../src/course/teach-pack';
import { loadCourse } from '../../../src/course/load-course';
import { blankLinesFor, MAX_BLANK_LINES } from '../../../src/engines/teach/worksheet';

const root = process.cwd();

describe('worksheet steps from a lab replay', () => {
  const labs = labScenarios(root);

  test('each solution command keeps its own prompt and output', () => {
    const steps = labSteps(labs['oom-kill']!);
    expect(steps.map((s) => s.line)).toEqual(labs['oom-kill']!.solution);
    expect(steps[0]).toMatchObject({ prompt: 'learner@host:~$ ', secret: false });
    // Inside the container the prompt changes, and the limit reads back as the kernel prints it.
    expect(steps[1]?.prompt).toMatch(/^\/ # $/);
    expect(steps[1]?.output).toBe('67108864');
  });

  test('a password typed at a prompt that hides it is marked secret, so paper can say what to type', () => {
    const steps = labSteps(labs['boot-a-vm']!);
    const password = steps.find((s) => s.prompt.endsWith('Password: '));
    expect(password).toMatchObject({ secret: true });
    expect(password?.line).not.toBe('');
  });

  test('blank lines follow the output, capped', () => {
    expect(blankLinesFor('')).toBe(0);
    expect(blankLinesFor('one')).toBe(1);
    expect(blankLinesFor('a\nb\nc')).toBe(3);
    expect(blankLinesFor('x\n'.repeat(50))).toBe(MAX_BLANK_LINES);
  });
});

describe('schedule units from the lesson files', () => {
  test('sections split at ## headings; Key points and Sources stay with the section before', () => {
    const text =
      '---\ntitle: x\n---\nimport A from "a";\n\nIntro words here.\n\n## One\n\na b c\n\n## Key points\n\nd e\n\n## Sources\n\nf';
    expect(lessonSections(text)).toEqual([
      { title: 'Introduction', words: 3 },
      { title: 'One', words: 6 },
    ]);
  });

  test('every lesson’s units add up to its minutes, and the exam comes last', () => {
    const course = loadCourse(root);
    const units = scheduleUnits(course, root);
    for (const l of course.lessons)
      expect(
        units.filter((u) => u.id === l.id).reduce((m, u) => m + u.minutes, 0),
        l.id,
      ).toBe(l.data.minutes);
    expect(units.at(-1)).toMatchObject({ id: 'final-exam', minutes: 45 }); // 30 drawn questions at 1.5 minutes each
    expect(units.every((u) => u.minutes > 0)).toBe(true);
  });
});
