// A quiz's questions as a file of their own: /quizzes/<id>/bank.json, `{ "questions": { "<id>": "<fieldset>…" } }`.
// The exam's page fetches it while its rules are read (otherwise the page would carry 600 KB of markup to show the 30
// questions an attempt draws), and a lesson fetches its quiz's when the quiz nears the viewport (otherwise every
// lesson would carry 30–60 KB of markup a reader at its top never sees). The service worker keeps them for offline use.
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Question from '../../../components/quiz/Question.astro';
import { BANK_LEVEL } from '../../../course/quiz-bank';
import { courseForBuild } from '../../../course/course-for-build';
import { findQuiz, renderQuizText } from '../../../course/quiz-source';
import { modeRules } from '../../../engines/quiz/modes';

export function getStaticPaths() {
  return courseForBuild()
    .quizzes.filter((q) => modeRules[q.data.mode].standalone)
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
