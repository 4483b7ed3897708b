/** Course progress as the learner sees it: what counts as done, what comes next, and what is left. No DOM. */
export type { CourseOutline, OutlineLesson, OutlineModule } from './outline';
export { lessonState, quizState, type LabState, type LessonState, type QuizState } from './lesson-state';
export {
  finishedLabs,
  summarizeCourse,
  type CourseSummary,
  type FinishedLab,
  type LessonSummary,
  type ModuleSummary,
  type NextStep,
} from './summary';
export { completionRecord, type CompletionRecord, type RecordLesson, type RecordModule } from './record';
