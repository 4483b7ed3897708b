import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CourseOutline } from '../engines/progress/outline';
import type { Course, LessonRecord } from './model';

// `<Terminal scenario="oom-kill" />` in a lesson's MDX; the build fails on an unknown scenario, so ids here exist.
const TERMINAL_TAG = /<Terminal\b[^>]*?\bscenario=["']([a-z0-9-]+)["']/g;

/** The labs a lesson uses, in order: those embedded in its text, then those its quiz asks for. */
function labsOf(lesson: LessonRecord, course: Course, root: string): string[] {
  const text = readFileSync(join(root, lesson.file), 'utf8');
  const embedded = [...text.matchAll(TERMINAL_TAG)].map((m) => m[1] as string);
  const quiz = course.quizzes.find((q) => q.id === lesson.data.quiz);
  const asked = (quiz?.data.questions ?? []).flatMap((q) => (q.type === 'TerminalTask' ? [q.scenario] : []));
  return [...new Set([...embedded, ...asked])];
}

/** A lab's title from lessons/labs/<id>.yaml (already checked by the course loader), or its id. */
function labTitle(root: string, id: string): string {
  const data: unknown = parseYaml(readFileSync(join(root, 'lessons', 'labs', `${id}.yaml`), 'utf8'));
  const title = (data as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? title : id;
}

/** The course as the browser's progress code needs it: modules and lessons in order, quizzes, labs, the exam. */
export function buildOutline(course: Course, root: string): CourseOutline {
  const modules = course.modules
    .filter((m) => m.lessons.length > 0)
    .map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: l.data.title,
        minutes: l.data.minutes,
        ...(l.data.quiz && { quiz: l.data.quiz }),
        labs: labsOf(l, course, root),
      })),
    }));
  const labIds = [...new Set(modules.flatMap((m) => m.lessons.flatMap((l) => l.labs)))];
  const exam = course.quizzes.find((q) => q.data.final)?.id;
  return {
    modules,
    ...(exam && { exam }),
    labTitles: Object.fromEntries(labIds.map((id) => [id, labTitle(root, id)])),
  };
}

/** Where a lesson sits in the course: its module's number and title, and "lesson N of M". */
export function lessonPosition(course: Course, lessonId: string) {
  const modules = course.modules.filter((m) => m.lessons.length > 0);
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  const moduleIndex = modules.findIndex((m) => m.lessons.some((l) => l.id === lessonId));
  if (index < 0 || moduleIndex < 0) return undefined;
  const module = modules[moduleIndex] as (typeof modules)[number];
  return { number: index + 1, total: course.lessons.length, module: { number: moduleIndex + 1, title: module.title } };
}
