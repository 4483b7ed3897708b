import type { Progress } from '../store/types';
import { lessonState, quizState, type LessonState, type QuizState } from './lesson-state';
import type { CourseOutline, OutlineLesson } from './outline';

/** A lesson's state with what a summary shows beside it. */
export interface LessonSummary extends LessonState {
  readonly title: string;
  readonly minutes: number;
  /** Position in the whole course, from 1. */
  readonly number: number;
}

/** One module's lessons and totals. */
export interface ModuleSummary {
  readonly id: string;
  readonly title: string;
  /** Position in the course, from 1. */
  readonly number: number;
  readonly lessons: readonly LessonSummary[];
  readonly done: number;
  /** Minutes of the lessons not done yet. */
  readonly minutesLeft: number;
}

/** Where "Continue" leads: the first lesson not done, or the exam once every lesson is done. */
export type NextStep = { kind: 'lesson'; lesson: LessonSummary } | { kind: 'exam'; quiz: string };

/** A lab whose goal was reached, by name, with the lesson that teaches it. */
export interface FinishedLab {
  readonly id: string;
  readonly title: string;
  readonly doneAt: string;
  readonly lessonId?: string;
}

/** The learner's whole course at a glance. */
export interface CourseSummary {
  readonly modules: readonly ModuleSummary[];
  readonly done: number;
  readonly total: number;
  /** Lessons done as a whole percentage, rounded down so 100 means every lesson. */
  readonly percent: number;
  readonly minutesLeft: number;
  /** Anything saved at all: a visit, an attempt, a lab. */
  readonly started: boolean;
  /** Undefined only when every lesson is done and there is no exam. */
  readonly next?: NextStep;
  readonly exam?: QuizState;
  /** Oldest first. */
  readonly finishedLabs: readonly FinishedLab[];
}

const minutesLeftOf = (lessons: readonly LessonSummary[]) =>
  lessons.reduce((sum, l) => sum + (l.done ? 0 : l.minutes), 0);

/** Summarises saved progress against the course: per module, totals, the next step and the finished labs. */
export function summarizeCourse(outline: CourseOutline, progress: Progress): CourseSummary {
  let number = 0;
  const modules = outline.modules.map((m, i) => {
    const lessons = m.lessons.map((l) => ({
      ...lessonState(l, progress),
      title: l.title,
      minutes: l.minutes,
      number: ++number,
    }));
    const done = lessons.filter((l) => l.done).length;
    return { id: m.id, title: m.title, number: i + 1, lessons, done, minutesLeft: minutesLeftOf(lessons) };
  });
  const lessons = modules.flatMap((m) => m.lessons);
  const done = lessons.filter((l) => l.done).length;
  const firstOpen = lessons.find((l) => !l.done);
  const next: NextStep | undefined = firstOpen
    ? { kind: 'lesson', lesson: firstOpen }
    : outline.exam === undefined
      ? undefined
      : { kind: 'exam', quiz: outline.exam };
  const exam = outline.exam === undefined ? undefined : quizState(outline.exam, progress);
  return {
    modules,
    done,
    total: lessons.length,
    percent: lessons.length === 0 ? 0 : Math.floor((done * 100) / lessons.length),
    minutesLeft: minutesLeftOf(lessons),
    started: lessons.some((l) => l.started) || (exam?.attempts ?? 0) > 0 || Object.keys(progress.exercises).length > 0,
    ...(next && { next }),
    ...(exam && { exam }),
    finishedLabs: finishedLabs(outline, progress),
  };
}

/** Every lab the store records as finished, named from the outline (by id if the course no longer has it). */
export function finishedLabs(outline: CourseOutline, progress: Progress): FinishedLab[] {
  const lessons: readonly OutlineLesson[] = outline.modules.flatMap((m) => m.lessons);
  return Object.entries(progress.exercises)
    .map(([id, { doneAt }]) => {
      const lessonId = lessons.find((l) => l.labs.includes(id))?.id;
      return { id, title: outline.labTitles[id] ?? id, doneAt, ...(lessonId && { lessonId }) };
    })
    .sort((a, b) => a.doneAt.localeCompare(b.doneAt) || a.id.localeCompare(b.id));
}
