// The words the progress views show, kept pure (no DOM) so they are tested in Node like the engine.
import type { CourseSummary, LabState, LessonState, QuizState } from '../../engines/progress/index';
import type { ScoreRecord } from '../../engines/store/index';
import { formatMinutes } from '../../course/syllabus';
import { describeScore } from '../../engines/quiz/score-text';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "7 of 10 points (70 %)": the quiz's own wording, so a score reads the same on the quiz and here. */
export const scoreText = (s: ScoreRecord): string => describeScore(s.score, s.maxScore);

/** "1 of 8 lessons done". */
export const doneText = (done: number, total: number): string => `${done} of ${plural(total, 'lesson')} done`;

/** "1 of 8 lessons done" and "about 2 h 5 min left". */
export function courseText(s: Pick<CourseSummary, 'done' | 'total' | 'minutesLeft'>): { done: string; left: string } {
  return {
    done: doneText(s.done, s.total),
    left: s.minutesLeft === 0 ? 'nothing left to study' : `about ${formatMinutes(s.minutesLeft)} left`,
  };
}

/** For the lesson header: why the lesson is done, or what would make it done. */
export function lessonStatusText(l: Pick<LessonState, 'doneBy' | 'quiz'>): string {
  if (l.doneBy === 'quiz') return 'Done: you passed its quiz.';
  if (l.doneBy === 'mark') return 'Done: you marked it done.';
  return l.quiz
    ? 'Not done yet: pass the quiz at the end, or mark the lesson done yourself.'
    : 'Not done yet: mark the lesson done when you have finished it.';
}

/** For a list of lessons: "Done: quiz passed", "Done: marked by you", "In progress", "Not started". */
export function lessonShortText(l: Pick<LessonState, 'doneBy' | 'started'>): string {
  if (l.doneBy) return l.doneBy === 'quiz' ? 'Done: quiz passed' : 'Done: marked by you';
  return l.started ? 'In progress' : 'Not started';
}

/** "Best 9 of 10 points (90 %), passed; 2 attempts", "Not taken yet". */
export function quizText(q: QuizState): string {
  if (q.attempts === 0) return 'Not taken yet';
  const tries = plural(q.attempts, 'attempt');
  return q.best ? `Best ${scoreText(q.best)}, ${q.passed ? 'passed' : 'not passed yet'}; ${tries}` : tries;
}

/** "1 of 2 finished". */
export const labsText = (labs: readonly LabState[]): string =>
  `${labs.filter((l) => l.doneAt !== undefined).length} of ${labs.length} finished`;
