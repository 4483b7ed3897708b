// The question bank of a quiz that draws each attempt from a larger bank (the final exam), as a file of its own:
// /quizzes/<id>/bank.json, `{ "html": "<fieldset>…" }`. Its page would otherwise carry every question's markup
// (600 KB for the exam) to show the 30 an attempt draws; the page fetches it when the quiz starts, and the service
// worker keeps it for offline use.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import QuestionList from '../../../components/quiz/QuestionList.astro';
import { BANK_LEVEL, isDrawnQuiz } from '../../../course/quiz-bank';
import { courseForBuild } from '../../../course/course-for-build';
import { findQuiz } from '../../../course/quiz-source';
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
  const html = await container.renderToString(QuestionList, { props: { quiz, level: BANK_LEVEL } });
  return new Response(JSON.stringify({ html }), { headers: { 'Content-Type': 'application/json' } });
};
