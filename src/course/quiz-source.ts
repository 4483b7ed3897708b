import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { assembleFinal, shuffleOptions, type RunnableQuiz } from '../engines/quiz/attempt';
import type { Question, Quiz } from '../schemas/quiz';
import { courseForBuild } from './course-for-build';

// Build-time helpers for Quiz.astro and the quiz pages: find a quiz, render its Markdown once.

/** Every quiz of the course as the engine runs it: a final exam comes with its whole question bank. */
export function courseQuizzes(root = process.cwd()): RunnableQuiz[] {
  const course = courseForBuild(root);
  const all = course.quizzes.map((r) => r.data);
  // A final exam's draw keeps each module's share of the bank, so every module is examined on every attempt.
  const moduleOf = new Map(course.lessons.flatMap((l) => (l.data.quiz ? [[l.data.quiz, l.data.module] as const] : [])));
  return all.map((q) => (q.final ? assembleFinal(q, all, (id) => moduleOf.get(id)) : q));
}

/** The quiz with `id`, or a build error naming the known ids (an author mistyped `quiz:` or `<Quiz id>`). */
export function findQuiz(id: string, root = process.cwd()): RunnableQuiz {
  const quizzes = courseQuizzes(root);
  const quiz = quizzes.find((q) => q.id === id);
  if (!quiz)
    throw new Error(
      `<Quiz id="${id}">: expected the id of a quiz in quizzes/ [${quizzes.map((q) => q.id).join(', ')}], found "${id}"`,
    );
  return quiz;
}

let renderer: Promise<MarkdownRenderer> | undefined;

/** Author Markdown → HTML, with a single paragraph also available unwrapped for labels and legends. */
export interface RenderedText {
  /** Block HTML. */
  (markdown: string): string;
  /** Phrasing-only HTML when the text is one paragraph, else undefined. */
  inline(markdown: string): string | undefined;
}

/** Every Markdown string a question shows: prompt, explanation, hints, options and their feedback, item texts. */
function markdownOf(q: Question): string[] {
  const out = [q.prompt, q.explanation, ...q.hints];
  if (q.type === 'SingleChoice' || q.type === 'MultipleChoice')
    out.push(...q.options.flatMap((o) => [o.text, o.feedback]));
  if (q.type === 'TrueFalse') out.push(q.feedbackTrue, q.feedbackFalse);
  if (q.type === 'Ordering' || q.type === 'Categorize') out.push(...q.items.map((i) => i.text));
  if (q.type === 'Matching') out.push(...q.pairs.map((p) => p.left));
  return out;
}

const PARAGRAPH = /^<p>((?:(?!<\/?p>)[\s\S])*)<\/p>$/;
const BLOCK = /<(?:p|div|pre|ul|ol|table|blockquote|h\d|hr|figure)\b/;

/** Renders all of a quiz's Markdown at build time (no syntax highlighting: plain, CSP-safe HTML). */
export async function renderQuizText(quiz: Quiz): Promise<RenderedText> {
  renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
  const md = await renderer;
  const texts = [...new Set(quiz.questions.flatMap(markdownOf))];
  const html = new Map(await Promise.all(texts.map(async (t) => [t, (await md.render(t)).code.trim()] as const)));
  // Fixed words such as "True" are not Markdown the author wrote: escape them instead.
  const block = ((text: string) =>
    html.get(text) ?? text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)) as RenderedText;
  block.inline = (text) => {
    const inner = PARAGRAPH.exec(block(text))?.[1];
    return inner !== undefined && !BLOCK.test(inner) ? inner : undefined;
  };
  return block;
}

/** The order shown before any script runs: shuffled with a fixed seed, so an Ordering is never shown solved. */
export function staticOrder(q: Question): string[] {
  return shuffleOptions(q, 1);
}

/** A question as the browser's engine needs it: prompts, explanations and hints are already in the HTML. */
const clientQuestion = ({ prompt: _p, explanation: _e, hints: _h, ...rest }: Question) => rest;

/** JSON that is safe inside `<script type="application/json">`. */
const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

/** The data `il-quiz` reads: the quiz as the engine needs it. */
export function clientConfig(quiz: Quiz): string {
  return scriptJson({ quiz: { ...quiz, questions: quiz.questions.map(clientQuestion) } });
}

/** The data `il-quick-check` reads: its check quiz's id and its one question. */
export function quickCheckConfig(quizId: string, question: Question): string {
  return scriptJson({ quiz: quizId, question: clientQuestion(question) });
}
