import type { Course } from './model';

/** What the home page shows: modules with their lessons, and totals, in course order. */
export interface Syllabus {
  totalMinutes: number;
  lessonCount: number;
  firstLessonId: string | undefined;
  modules: Array<{
    number: number;
    id: string;
    title: string;
    summary: string;
    minutes: number;
    lessons: Array<{ id: string; title: string; description: string; minutes: number; objectives: string[] }>;
  }>;
}

/** Builds the syllabus from a checked course; modules without lessons yet are left out. */
export function buildSyllabus(course: Course): Syllabus {
  const modules = course.modules
    .filter((m) => m.lessons.length > 0)
    .map((m, i) => ({
      number: i + 1,
      id: m.id,
      title: m.title,
      summary: m.summary,
      minutes: m.lessons.reduce((sum, l) => sum + l.data.minutes, 0),
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: l.data.title,
        description: l.data.description,
        minutes: l.data.minutes,
        objectives: l.data.objectives.map((o) => o.text),
      })),
    }));
  return {
    totalMinutes: modules.reduce((sum, m) => sum + m.minutes, 0),
    lessonCount: course.lessons.length,
    firstLessonId: course.lessons[0]?.id,
    modules,
  };
}

/** "1 h 35 min", "40 min": durations as a syllabus reader scans them. */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
