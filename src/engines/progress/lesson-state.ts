import type { Progress, ScoreRecord } from '../store/types';
import type { OutlineLesson } from './outline';

/** A quiz as the learner has taken it so far. */
export interface QuizState {
  readonly id: string;
  /** Attempts finished, all time. */
  readonly attempts: number;
  readonly best?: ScoreRecord;
  readonly passed: boolean;
}

/** One lab of a lesson and whether its goal was reached. */
export interface LabState {
  readonly id: string;
  readonly doneAt?: string;
}

/** Where a learner stands on one lesson. */
export interface LessonState {
  readonly id: string;
  readonly done: boolean;
  /** Why it counts as done. A passed quiz is named first: it stays passed, while a mark can be taken back. */
  readonly doneBy?: 'quiz' | 'mark';
  /** The learner's own "mark as done". */
  readonly marked: boolean;
  /** Opened, or worked on (a quiz attempt, a finished lab). */
  readonly started: boolean;
  readonly quiz?: QuizState;
  readonly labs: readonly LabState[];
}

/** What the store holds about quiz `id`. */
export function quizState(id: string, progress: Progress): QuizState {
  const saved = progress.quizzes[id];
  return {
    id,
    attempts: saved?.attemptCount ?? 0,
    ...(saved?.best && { best: saved.best }),
    passed: saved?.passedAt !== undefined,
  };
}

/** The rule of the course: a lesson is done when its quiz is passed or the learner marked it done. */
export function lessonState(lesson: Pick<OutlineLesson, 'id' | 'quiz' | 'labs'>, progress: Progress): LessonState {
  const quiz = lesson.quiz === undefined ? undefined : quizState(lesson.quiz, progress);
  const marked = progress.lessons[lesson.id]?.markedDoneAt !== undefined;
  const labs = lesson.labs.map((id) => ({
    id,
    ...(progress.exercises[id] && { doneAt: progress.exercises[id].doneAt }),
  }));
  const doneBy = quiz?.passed ? 'quiz' : marked ? 'mark' : undefined;
  const started =
    progress.lessons[lesson.id] !== undefined || (quiz?.attempts ?? 0) > 0 || labs.some((l) => l.doneAt !== undefined);
  return { id: lesson.id, done: doneBy !== undefined, ...(doneBy && { doneBy }), marked, started, quiz, labs };
}
