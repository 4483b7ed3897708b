/** The saved progress of the whole course: one versioned record shared by quizzes, lessons, labs and the dashboard. */

/** The version `createProgressStore` writes; older versions are migrated (see ./migrate.ts). */
export const CURRENT_VERSION = 4;

/** A lesson the learner has opened. */
export interface LessonProgress {
  readonly visitedAt: string;
  /** When the learner marked the lesson done themselves; gone again once they unmark it. */
  readonly markedDoneAt?: string;
}

/** A quiz result as the learner saw it. `at` is an ISO time. */
export interface ScoreRecord {
  readonly score: number;
  readonly maxScore: number;
  readonly percent: number;
  readonly passed: boolean;
  readonly at: string;
}

/** One finished attempt; `answers` (question id → answer) lets a review screen show what was given. */
export interface AttemptRecord extends ScoreRecord {
  readonly answers?: Readonly<Record<string, unknown>>;
}

export interface QuizProgress {
  /** The most recent attempts, oldest first (capped; `best` and `attemptCount` survive the cap). */
  readonly attempts: readonly AttemptRecord[];
  /** Every attempt ever finished, including those dropped from `attempts`. */
  readonly attemptCount: number;
  readonly best?: ScoreRecord;
  /** When the quiz was first passed. */
  readonly passedAt?: string;
}

/** The last answer to one quick check (a question placed in a lesson's text), so a reload shows its result again. */
export interface CheckRecord {
  readonly answer: unknown;
  readonly correct: boolean;
  readonly at: string;
}

/** Who the learner is, kept only when they ask for it (the record of completion offers to remember their name). */
export interface LearnerProfile {
  readonly name: string;
}

/** Version 4 of the saved progress. */
export interface Progress {
  readonly version: typeof CURRENT_VERSION;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly quizzes: Readonly<Record<string, QuizProgress>>;
  readonly exercises: Readonly<Record<string, { readonly doneAt: string }>>;
  /**
   * Quick checks answered: check quiz id → question id → last answer. Absent until the first one; it scores nothing,
   * so it needs no version of its own (a record without it reads as no checks answered).
   */
  readonly checks?: Readonly<Record<string, Readonly<Record<string, CheckRecord>>>>;
  /** Absent unless the learner chose to keep their name in this browser. */
  readonly learner?: LearnerProfile;
}

/** Where progress is kept: localStorage in the browser, a fake in tests. Any method may throw. */
export interface StorageBackend {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** Why a notice was raised; the UI may show `message` as is. */
export type NoticeCode = 'corrupt' | 'foreign' | 'future-version' | 'recovered' | 'unavailable' | 'quota-exceeded';

/** Something the learner should know about their saved progress. */
export interface StoreNotice {
  readonly code: NoticeCode;
  readonly message: string;
  /** Where the unreadable data was copied, so nothing is silently lost. */
  readonly backupKey?: string;
}

/** An empty progress record. */
export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION, lessons: {}, quizzes: {}, exercises: {} };
}
