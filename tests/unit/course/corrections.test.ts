import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../../src/course/load-course';
import { gradeQuestion } from '../../../src/engines/quiz/grade';
import type { Question } from '../../../src/schemas/quiz';

// Regression tests for the corrections of issue 8: each wrong key or fact, once fixed, must stay fixed.
const ROOT = join(import.meta.dirname, '../../..');
const course = loadCourse(ROOT);
const question = (quiz: string, id: string): Question => {
  const q = course.quizzes.find((r) => r.id === quiz)?.data.questions.find((x) => x.id === id);
  if (!q) throw new Error(`${quiz} › ${id} not found`);
  return q;
};
const lessonText = (id: string) => readFileSync(join(ROOT, course.lessons.find((l) => l.id === id)!.file), 'utf8');
const allLessons = () => course.lessons.map((l) => [l.id, lessonText(l.id)] as const);
const correctTexts = (q: Question) => ('options' in q ? q.options.filter((o) => o.correct).map((o) => o.text) : []);

describe('answer keys fixed in issue 8', () => {
  test('user-space-share: 6.04 / 8.822 = 68.47 % rounds to 68, so 68 is right and 69 is wrong', () => {
    const q = question('booting-a-vm', 'user-space-share');
    expect(gradeQuestion(q, 68).correct).toBe(true);
    expect(gradeQuestion(q, 69).correct).toBe(false);
    expect(gradeQuestion(q, 67).correct).toBe(false);
  });

  test('cloud-launch: the key says EC2 did ~6.4 s and the guest boot the ~22.8 s after "running"', () => {
    const keys = correctTexts(question('booting-a-vm', 'cloud-launch'));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/6\.4 s/);
    expect(keys[0]).toMatch(/guest boot/);
  });

  test('wi-vm-boot: "mostly provisioning" is a wrong option; "most came after running" is a right one', () => {
    const q = question('why-isolate', 'wi-vm-boot');
    if (!('options' in q)) throw new Error('expected a choice question');
    expect(q.options.find((o) => o.id === 'ec2-provisioning')?.correct).toBe(false);
    expect(q.options.find((o) => o.id === 'after-running')?.correct).toBe(true);
  });

  test('pid-1-duties: every right option about a panic names the host PID 1; a container PID 1 panic is wrong', () => {
    const q = question('what-a-kernel-does', 'pid-1-duties');
    if (!('options' in q)) throw new Error('expected a choice question');
    for (const o of q.options.filter((x) => /panic/.test(x.text)))
      expect(o.correct, o.id).toBe(/host's PID 1/.test(o.text) && !/container's PID 1/.test(o.text));
    expect(q.options.some((o) => o.correct && /panic/.test(o.text))).toBe(true);
  });
});

describe('facts corrected in issue 8 stay corrected in every lesson', () => {
  test.each(allLessons())('%s: no EC2 launch "mostly provisioning"', (_id, text) => {
    expect(text).not.toMatch(/mostly (the provider's |the cloud's )?(own )?provisioning/i);
    expect(text).not.toMatch(/most of it (the cloud )?provisioning/i);
  });

  test.each(allLessons())('%s: no VM that reserves its guest RAM up front', (_id, text) => {
    expect(text).not.toMatch(/reserves? (its )?guest (RAM|memory)/i);
    expect(text).not.toMatch(/(RAM|memory) (is )?reserved up front/i);
  });

  test.each(allLessons())(
    '%s: no "more privileged than ring 0" mode, no "TCG is its default" unqualified',
    (_id, text) => {
      expect(text).not.toMatch(/more privileged than ring 0"? mode/i);
      expect(text).not.toMatch(/TCG is its default/);
    },
  );

  test('starting-a-container: dockerd stops containers unless live-restore is set; the shim is about containerd', () => {
    const text = lessonText('starting-a-container');
    expect(text).toMatch(/live-restore/);
    expect(text).not.toMatch(/daemons can restart without killing containers/);
    const quiz = JSON.stringify(course.quizzes.find((q) => q.id === 'starting-a-container')?.data);
    expect(quiz).toMatch(/live-restore/);
    expect(quiz).not.toMatch(/the daemons can restart without killing containers/);
  });

  test('Firecracker figures are the current spec revision: 1 vCPU / 128 MiB, never 2 vCPU / 256 MiB as current', () => {
    const text = lessonText('booting-a-vm');
    expect(text).toMatch(/1 vCPU/);
    expect(text).toMatch(/128 MiB/);
    expect(text).toMatch(/m5d\.metal/);
    for (const device of [/balloon/i, /entropy/i, /vsock/i]) expect(text).toMatch(device);
  });
});
