import type { Quiz } from '../schemas/quiz';
import type { LessonRecord, QuizRecord } from './model';
import type { Problem } from './problem';
import { fieldLine, findQuickCheckTags } from './quick-check-tags';

/** A lesson's quick checks ask two or three questions: enough to pause on, few enough not to become a second quiz. */
export const CHECKS_PER_LESSON = { min: 2, max: 3 } as const;

const isCheck = (mode: unknown) => mode === 'check';

/** The rules a quiz in `mode: check` keeps on its own: 2–3 questions answered in place, no lab, no draw, no exam. */
export function checkQuickCheckQuiz(quiz: Quiz, file: string): Problem[] {
  const out: Problem[] = [];
  const n = quiz.questions.length;
  if (n < CHECKS_PER_LESSON.min || n > CHECKS_PER_LESSON.max)
    out.push({
      file,
      path: 'questions',
      expected: `${CHECKS_PER_LESSON.min}–${CHECKS_PER_LESSON.max} questions in a quick-check quiz`,
      found: `${n}`,
      hint: 'a lesson asks two or three quick checks; put further questions in its practice quiz.',
    });
  quiz.questions.forEach((q, i) => {
    if (q.type === 'TerminalTask')
      out.push({
        file,
        path: `questions.${i}.type`,
        expected: 'any question type except TerminalTask in a quick-check quiz',
        found: '"TerminalTask"',
        hint: 'a quick check is answered in the lesson text, without a lab; ask about the lab in the practice quiz.',
      });
  });
  const field = quiz.final ? 'final' : quiz.from.length > 0 ? 'from' : quiz.draw !== undefined ? 'draw' : undefined;
  if (field)
    out.push({
      file,
      path: field,
      expected: 'no `draw`, `final` or `from` in a quick-check quiz',
      found: `\`${field}\``,
      hint: 'every quick check is placed in its lesson once, so none is drawn, and none joins an exam.',
    });
  return out;
}

/** What the cross-check needs of the quizzes: files that exist (parsed or not) with their raw `mode`, and the parsed ones. */
export interface QuizIndex {
  /** Quiz id (file name) → its `mode` as written, read leniently so a quiz with problems of its own still counts. */
  modes: ReadonlyMap<string, unknown>;
  parsed: readonly QuizRecord[];
}

/** Checks a lesson's `quiz` and `checks` fields and its `<QuickCheck>` tags against the quizzes they name. */
function checkLesson(lesson: LessonRecord, text: string, quizzes: QuizIndex): Problem[] {
  const out: Problem[] = [];
  const { file, data } = lesson;
  const at = (line: number | undefined, field: string) => (line ? `${field} (line ${line})` : field);
  const checkIds = [...quizzes.modes].filter(([, mode]) => isCheck(mode)).map(([id]) => id);
  if (data.quiz !== undefined && isCheck(quizzes.modes.get(data.quiz)))
    out.push({
      file,
      path: at(fieldLine(text, 'quiz'), 'quiz'),
      expected: 'a practice quiz',
      found: `"${data.quiz}", a quick-check quiz (mode: check)`,
      hint: `name it under \`checks:\` instead.`,
    });

  const id = data.checks;
  const tags = findQuickCheckTags(text);
  const checksLine = fieldLine(text, 'checks');
  if (id !== undefined && !quizzes.modes.has(id))
    out.push({
      file,
      path: at(checksLine, 'checks'),
      expected: `the id of a quick-check quiz in quizzes/ [${checkIds.join(', ')}]`,
      found: `"${id}"`,
      hint: `create quizzes/${id}.yaml with \`mode: check\`, or fix the id.`,
    });
  else if (id !== undefined && !isCheck(quizzes.modes.get(id)))
    out.push({
      file,
      path: at(checksLine, 'checks'),
      expected: 'a quiz with `mode: check`',
      found: `"${id}", a quiz in mode ${JSON.stringify(quizzes.modes.get(id) ?? 'practice')}`,
      hint: `a lesson's practice quiz goes under \`quiz:\`; quick checks have their own file, quizzes/${lesson.id}-checks.yaml.`,
    });
  const quiz = quizzes.parsed.find((q) => q.id === id && q.data.mode === 'check');

  const placed = new Map<string, number>();
  for (const tag of tags) {
    const where = `line ${tag.line}`;
    if (tag.quiz === undefined || tag.question === undefined) {
      out.push({
        file,
        path: where,
        expected: '<QuickCheck quiz="…" question="…" /> with both ids as plain strings',
        found: `a <QuickCheck> without ${tag.quiz === undefined ? 'quiz' : 'question'}`,
      });
      continue;
    }
    if (tag.quiz !== id) {
      out.push({
        file,
        path: where,
        expected:
          id === undefined ? 'a `checks:` field naming the quiz of this tag' : `quiz="${id}" (the lesson's checks)`,
        found: `quiz="${tag.quiz}"`,
        hint:
          id === undefined
            ? `add \`checks: ${tag.quiz}\` to the frontmatter.`
            : 'a lesson places only the questions of its own check quiz.',
      });
      continue;
    }
    if (!quiz) continue; // the quiz file has problems of its own, already reported
    const ids = quiz.data.questions.map((q) => q.id);
    const first = placed.get(tag.question);
    if (!ids.includes(tag.question))
      out.push({
        file,
        path: where,
        expected: `a question id of ${quiz.file} [${ids.join(', ')}]`,
        found: `question="${tag.question}"`,
      });
    else if (first !== undefined)
      out.push({
        file,
        path: where,
        expected: 'each quick check placed once',
        found: `question="${tag.question}" again, first placed at line ${first}`,
      });
    else placed.set(tag.question, tag.line);
  }

  if (!quiz) return out;
  const objectives = data.objectives.map((o) => o.id);
  quiz.data.questions.forEach((q, i) => {
    if (!placed.has(q.id))
      out.push({
        file,
        path: at(checksLine, 'checks'),
        expected: `a <QuickCheck quiz="${quiz.id}" question="${q.id}" /> in the lesson text`,
        found: 'none',
        hint: 'place each quick check after the section it checks.',
      });
    q.objectives.forEach((o, j) => {
      if (!objectives.includes(o))
        out.push({
          file: quiz.file,
          path: `questions.${i}.objectives.${j}`,
          expected: `an objective of ${file}, the lesson it checks [${objectives.join(', ')}]`,
          found: `"${o}"`,
        });
    });
  });
  return out;
}

/**
 * Checks quick checks across the course: each lesson's `checks` and tags (see `checkLesson`), each check quiz named by
 * exactly one lesson, and no check quiz in a final exam's `from`. `texts` maps a lesson's file to its MDX source.
 */
export function crossCheckQuickChecks(
  lessons: readonly LessonRecord[],
  texts: ReadonlyMap<string, string>,
  quizzes: QuizIndex,
): Problem[] {
  const out = lessons.flatMap((l) => checkLesson(l, texts.get(l.file) ?? '', quizzes));
  const namedBy = new Map<string, string>();
  for (const l of lessons) {
    const id = l.data.checks;
    if (id === undefined) continue;
    const other = namedBy.get(id);
    if (other)
      out.push({
        file: l.file,
        path: 'checks',
        expected: 'a check quiz of this lesson’s own',
        found: `"${id}", also the checks of ${other}`,
      });
    else namedBy.set(id, l.file);
  }
  for (const q of quizzes.parsed) {
    if (q.data.mode === 'check' && !namedBy.has(q.id))
      out.push({
        file: q.file,
        path: 'mode',
        expected: `a lesson whose frontmatter names this quiz (\`checks: ${q.id}\`)`,
        found: 'none',
        hint: 'add the field to the lesson these questions check, or delete the file.',
      });
    if (q.data.final)
      q.data.from.forEach((id, i) => {
        if (isCheck(quizzes.modes.get(id)))
          out.push({
            file: q.file,
            path: `from.${i}`,
            expected: 'the id of a lesson’s practice quiz',
            found: `"${id}", a quick-check quiz`,
            hint: 'quick checks stay in their lessons and never join an exam’s bank.',
          });
      });
  }
  return out;
}
