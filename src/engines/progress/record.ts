import type { Progress, ScoreRecord } from '../store/types';
import type { CourseOutline } from './outline';
import { summarizeCourse, type FinishedLab } from './summary';

/** One lesson as the record of completion lists it. */
export interface RecordLesson {
  readonly title: string;
  readonly done: boolean;
  /** The best score on the lesson's quiz, if it has one and it was taken. */
  readonly best?: ScoreRecord;
  readonly hasQuiz: boolean;
}

/** One module's lessons and its quiz average. */
export interface RecordModule {
  readonly number: number;
  readonly title: string;
  readonly lessons: readonly RecordLesson[];
  /** Mean of the best percentages of the module's lesson quizzes, a quiz not taken counting 0; undefined if none. */
  readonly quizAverage?: number;
}

/** Everything a record of completion shows, or what is still missing before it can be issued. */
export interface CompletionRecord {
  /** True once the final exam is passed: only then is the record issued. */
  readonly complete: boolean;
  /** What stands between the learner and the record, in words; empty once complete. */
  readonly missing: readonly string[];
  readonly exam?: { readonly best?: ScoreRecord; readonly passedAt?: string; readonly attempts: number };
  readonly modules: readonly RecordModule[];
  readonly lessonsDone: number;
  readonly lessonsTotal: number;
  readonly labsFinished: readonly FinishedLab[];
  readonly labsTotal: number;
  /** The name the learner chose to keep in this browser, if any. */
  readonly savedName?: string;
}

/** A no-break space, as the quiz's own score text uses, so "70 %" never splits across lines. */
const NBSP = '\u00a0';
const pct = (s: ScoreRecord) => `${s.percent}${NBSP}%`;

/** Builds the record from saved progress; `passMark` is the final exam's, for saying what is missing. */
export function completionRecord(outline: CourseOutline, progress: Progress, passMark: number): CompletionRecord {
  const summary = summarizeCourse(outline, progress);
  const modules = summary.modules.map((m) => {
    const lessons = m.lessons.map((l) => ({
      title: l.title,
      done: l.done,
      hasQuiz: l.quiz !== undefined,
      ...(l.quiz?.best && { best: l.quiz.best }),
    }));
    const quizzes = lessons.filter((l) => l.hasQuiz);
    const quizAverage =
      quizzes.length === 0
        ? undefined
        : Math.round(quizzes.reduce((sum, l) => sum + (l.best?.percent ?? 0), 0) / quizzes.length);
    return { number: m.number, title: m.title, lessons, ...(quizAverage !== undefined && { quizAverage }) };
  });
  const examId = outline.exam;
  const saved = examId === undefined ? undefined : progress.quizzes[examId];
  const exam = summary.exam && {
    attempts: summary.exam.attempts,
    ...(summary.exam.best && { best: summary.exam.best }),
    ...(saved?.passedAt && { passedAt: saved.passedAt }),
  };
  const missing: string[] = [];
  if (!exam) missing.push('This course has no final exam, so no record of completion can be issued.');
  else if (!exam.passedAt)
    missing.push(
      exam.best
        ? `Pass the final exam (pass mark ${passMark}${NBSP}%): your best so far is ${pct(exam.best)} after ${exam.attempts} attempt${exam.attempts === 1 ? '' : 's'}.`
        : `Pass the final exam (pass mark ${passMark}${NBSP}%): you have not taken it yet.`,
    );
  return {
    complete: missing.length === 0,
    missing,
    ...(exam && { exam }),
    modules,
    lessonsDone: summary.done,
    lessonsTotal: summary.total,
    labsFinished: summary.finishedLabs.filter((l) => l.id in outline.labTitles),
    labsTotal: Object.keys(outline.labTitles).length,
    ...(progress.learner && { savedName: progress.learner.name }),
  };
}
