// The question bank of a quiz that draws each attempt from a larger bank (the final exam), as a file of its own:
// /quizzes/<id>/bank.json, `{ "html": "<fieldset>…" }`. Its page would otherwise carry every question's markup
// (600 KB for the exam) to show the 30 an attempt draws; the page fetches it when the quiz starts, and the service
// worker keeps it for offline use.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Question from '../../../components/quiz/Question.astro';
import { BANK_LEVEL, isDrawnQuiz } from '../../../course/quiz-bank';
import { courseForBuild } from '../../../course/course-for-build';
import { findQuiz, renderQuizText } from '../../../course/quiz-source';
import { modeRules } from '../../../engines/quiz/modes';

export function getStaticPaths() {
  return courseForBuild()
    .quizzes.filter((q) => modeRules[q.data.mode].standalone)
    .map((q) => findQuiz(q.id))
    .filter(isDrawnQuiz)
    .map((q) => ({ params: { id: q.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const quiz = findQuiz(params.id as string);
  const container = await AstroContainer.create();
  const text = await renderQuizText(quiz);
  const total = quiz.questions.length;
  const questions: Record<string, string> = {};
  for (const [i, question] of quiz.questions.entries()) {
    const props = { question, uid: `quiz-${quiz.id}`, index: i + 1, total, text, level: BANK_LEVEL };
    questions[question.id] = await container.renderToString(Question, { props });
  }
  return new Response(JSON.stringify({ questions }), { headers: { 'Content-Type': 'application/json' } });
};
