import type { GlossaryEntry } from '../schemas/glossary';
import type { LessonFrontmatter } from '../schemas/lesson';
import type { Module } from '../schemas/module';
import type { Quiz } from '../schemas/quiz';

/** A lesson as the course sees it: its stable id, source file and checked frontmatter. */
export interface LessonRecord {
  /** Stable id from the file name without its order prefix: `01-why-isolate.mdx` → `why-isolate`. */
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: LessonFrontmatter;
}

export interface QuizRecord {
  id: string;
  file: string;
  data: Quiz;
}

/** The whole checked course: modules in order, each with its lessons in order. */
export interface Course {
  modules: Array<Module & { lessons: LessonRecord[] }>;
  lessons: LessonRecord[];
  quizzes: QuizRecord[];
  /** The glossary's entries, checked against the lessons that teach them. */
  glossary: GlossaryEntry[];
}

/** The URL-stable id of a lesson file: its base name less any `NN-` order prefix. */
export function lessonIdFromPath(relPath: string): string {
  const base = relPath.split('/').pop() ?? relPath;
  return base.replace(/\.mdx?$/, '').replace(/^\d+[-_]/, '');
}
