import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../../src/course/load-course';
import { buildOutline, lessonPosition } from '../../../src/course/outline';
import { buildSidebar } from '../../../src/course/sidebar';

const ROOT = join(import.meta.dirname, '../../..');
const course = loadCourse(ROOT);
const outline = buildOutline(course, ROOT);
const lessons = outline.modules.flatMap((m) => m.lessons);

// On the real course, so a lesson that gains a lab or loses its quiz is reflected in what progress counts.
describe('the course outline the browser counts progress against', () => {
  test('has every lesson once, in course order, with its minutes and quiz', () => {
    expect(lessons.map((l) => l.id)).toEqual(course.lessons.map((l) => l.id));
    for (const l of course.lessons) {
      const o = lessons.find((x) => x.id === l.id);
      expect(o).toMatchObject({ title: l.data.title, minutes: l.data.minutes, quiz: l.data.quiz });
    }
    expect(outline.modules.map((m) => m.id)).toEqual(['foundations', 'virtual-machines', 'containers']);
  });

  test('lists the labs each lesson embeds or its quiz asks for, with their titles', () => {
    const labs = Object.fromEntries(lessons.map((l) => [l.id, l.labs]));
    expect(labs['containers-are-processes']).toEqual(['container-vs-host', 'oom-kill']);
    expect(labs['booting-a-vm']).toEqual(['boot-a-vm']);
    expect(labs['why-isolate']).toEqual([]);
    expect(Object.keys(outline.labTitles).sort()).toEqual([
      'boot-a-vm',
      'container-vs-host',
      'docker-run-lifecycle',
      'images-and-layers',
      'living-with-vms',
      'oom-kill',
    ]);
    expect(labs['living-with-vms']).toEqual(['living-with-vms']);
    expect(outline.labTitles['oom-kill']).toBe("Hit a container's memory limit");
  });

  test('names the final exam, which the sidebar lists right after the last lesson so it leads there, then the glossary and teacher pack', () => {
    expect(outline.exam).toBe('final-exam');
    expect(buildSidebar(course).slice(-3)).toEqual([
      { label: 'Final exam', link: '/quizzes/final-exam/', attrs: { 'data-exam': 'final-exam' } },
      { label: 'Glossary', link: '/glossary/' },
      { label: 'Teacher pack', link: '/teach/' },
    ]);
  });

  test('places a lesson in its module and the course', () => {
    expect(lessonPosition(course, 'why-isolate')).toEqual({
      number: 1,
      total: 8,
      module: { number: 1, title: 'Foundations' },
    });
    expect(lessonPosition(course, 'hypervisors')).toEqual({
      number: 3,
      total: 8,
      module: { number: 2, title: 'Virtual machines' },
    });
    expect(lessonPosition(course, 'no-such-lesson')).toBeUndefined();
  });
});
