import { courseForBuild } from '../course/course-for-build';
import { courseQuizzes } from '../course/quiz-source';
import { modeRules } from '../engines/quiz/modes';
import type { Quiz } from '../schemas/quiz';

/**
 * The quizzes the exports cover, in course order: each lesson's quiz as the lessons come, then the final exam(s).
 * Quick checks stay in their lessons.
 */
export function exportQuizzes(root = process.cwd()): Quiz[] {
  const quizzes = courseQuizzes(root).filter((q) => modeRules[q.mode].standalone);
  const order = courseForBuild(root).lessons.map((l) => l.data.quiz);
  const rank = (q: Quiz) => (q.final ? Infinity : order.indexOf(q.id) < 0 ? order.length : order.indexOf(q.id));
  return [...quizzes].sort((a, b) => rank(a) - rank(b));
}
