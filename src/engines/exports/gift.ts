import type { Question, QuestionOf, Quiz } from '../../schemas/quiz';
import { coverageLines, exportedQuestions } from './coverage';
import { absoluteTolerance } from './tolerance';

/**
 * Moodle GIFT. Every text is written as `[markdown]` so code spans survive; GIFT's own syntax characters are
 * escaped with a backslash, and a line break becomes `\n` so that no blank line (GIFT's question separator) can
 * appear inside a question.
 */
export function escapeGift(text: string): string {
  return text
    .trim()
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n');
}

// Moodle accepts only its own list of answer weights; 100/k for k = 1..10 are all on it, written to 5 decimals.
const weight = (percent: number) => String(Number(percent.toFixed(5)));

const md = (text: string) => `[markdown]${escapeGift(text)}`;
const general = (q: Question) => `####${escapeGift(q.explanation)}`;

type Body = { [T in Question['type']]: (q: QuestionOf<T>) => string[] };

/** The `{…}` block of each type, one answer a line. */
const bodies: Body = {
  SingleChoice: (q) => q.options.map((o) => `${o.correct ? '=' : '~'}${escapeGift(o.text)}#${escapeGift(o.feedback)}`),
  MultipleChoice(q) {
    const k = q.options.filter((o) => o.correct).length;
    return q.options.map(
      (o) => `~%${weight(o.correct ? 100 / k : -100 / k)}%${escapeGift(o.text)}#${escapeGift(o.feedback)}`,
    );
  },
  // Moodle: {T#feedback for a wrong answer#feedback for a right answer}.
  TrueFalse: (q) => [
    `${q.answer ? 'T' : 'F'}#${escapeGift(q.answer ? q.feedbackFalse : q.feedbackTrue)}#${escapeGift(q.answer ? q.feedbackTrue : q.feedbackFalse)}`,
  ],
  Ordering: (q) => q.items.map((item, i) => `=${escapeGift(item.text)} -> ${positionName(i + 1, q.items.length)}`),
  Matching: (q) => [
    ...q.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`),
    ...q.distractors.map((d) => `= -> ${escapeGift(d.text)}`),
  ],
  Categorize: (q) =>
    q.items.map(
      (item) => `=${escapeGift(item.text)} -> ${escapeGift(q.buckets.find((b) => b.id === item.bucket)?.label ?? '')}`,
    ),
  ShortAnswer: (q) =>
    [...new Set([q.display, ...q.accept].filter((a): a is string => !!a))].map((a) => `=${escapeGift(a)}`),
  Numeric: (q) => [`#${q.value}:${absoluteTolerance(q)}`],
  TerminalTask: () => [],
};

/** "1st of 5", so a learner can tell first from last in a matching drop-down. */
function positionName(n: number, of: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix} of ${of}`;
}

/** What the learner is told beyond the prompt when the format changed the question. */
function promptOf(q: Question): string {
  if (q.type === 'Ordering') return `${q.prompt}\n\nGive each item its position, 1st being the first.`;
  if (q.type === 'Numeric' && q.unit) return `${q.prompt}\n\nAnswer in ${q.unit}, as a number only.`;
  return q.prompt;
}

/** One question in GIFT: `::id::[markdown]prompt{ answers ####explanation }`, points in Moodle's default of 1. */
export function giftQuestion(q: Question): string {
  const body = (bodies[q.type] as (q: Question) => string[])(q);
  return [
    `// ${q.type}, ${q.points} point${q.points === 1 ? '' : 's'}`,
    `::${q.id}::${md(promptOf(q))}{`,
    ...body,
    general(q),
    '}',
  ].join('\n');
}

/** A whole quiz as one GIFT file: a header saying what was converted or left out, a category, every question. */
export function giftQuiz(quiz: Quiz): string {
  const questions = exportedQuestions(quiz, 'gift');
  const header = [
    `Isolation Lab: ${quiz.title} (quiz "${quiz.id}"), Moodle GIFT.`,
    `${questions.length} of ${quiz.questions.length} questions; pass mark ${quiz.passMark} %.`,
    ...(quiz.draw
      ? [
          `In the course each attempt draws ${quiz.draw} of them at random: in Moodle, add ${quiz.draw} random questions from this category.`,
        ]
      : []),
    'Question types:',
    ...coverageLines(quiz, 'gift').map((l) => `  ${l}`),
    'Texts are Markdown ([markdown]); import with Moodle’s Question bank › Import › GIFT format.',
  ];
  return [
    ...header.map((l) => `// ${l}`),
    '',
    `$CATEGORY: $course$/Isolation Lab/${quiz.id}`,
    '',
    ...questions.map((q) => `${giftQuestion(q)}\n`),
  ].join('\n');
}
