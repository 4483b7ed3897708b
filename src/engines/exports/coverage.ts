import type { Question, QuestionType, Quiz } from '../../schemas/quiz';

/** The export formats, as named in file headers and on the downloads page. */
export type ExportFormat = 'gift' | 'qti' | 'scorm';

/** How one question type travels in one format: `null` when it is left out, with the reason. */
export type Mapping = { to: string; note?: string } | { to: null; why: string };

const LAB = 'needs the course’s simulated terminal, which no LMS runs; do the lab in the course';

/**
 * What each question type becomes in each format. One typed map per format, so a new question type that is not
 * mapped fails to compile; the file headers, the downloads page and the report all read this table.
 */
export const mappings: { [F in ExportFormat]: { [T in QuestionType]: Mapping } } = {
  gift: {
    SingleChoice: { to: 'multiple choice, one right answer' },
    MultipleChoice: {
      to: 'multiple choice, several answers',
      note: 'right options share +100 %, each wrong one −100 %/k, as the course grades',
    },
    TrueFalse: { to: 'true/false' },
    Ordering: {
      to: 'matching (item → position)',
      note: 'GIFT has no ordering type; each item placed right earns a share, where the course credits the longest run in order',
    },
    Matching: { to: 'matching', note: 'distractors as answers with no question' },
    Categorize: { to: 'matching (item → group)' },
    ShortAnswer: { to: 'short answer', note: 'the accepted answers; regular-expression patterns are left out' },
    Numeric: {
      to: 'numerical with tolerance',
      note: 'unit named in the question; a percentage tolerance becomes absolute',
    },
    TerminalTask: { to: null, why: LAB },
  },
  qti: {
    SingleChoice: { to: 'choiceInteraction (maxChoices 1)' },
    MultipleChoice: {
      to: 'choiceInteraction (maxChoices 0) with a mapping',
      note: '+1/k per right option, −1/k per wrong one, floor 0',
    },
    TrueFalse: { to: 'choiceInteraction (true, false)' },
    Ordering: {
      to: 'orderInteraction',
      note: 'all or nothing: QTI response processing cannot credit the longest run in order',
    },
    Matching: {
      to: 'matchInteraction (directedPair mapping)',
      note: 'each pair an equal share; distractors as extra right-hand choices',
    },
    Categorize: { to: 'matchInteraction (item → group, directedPair mapping)', note: 'each item an equal share' },
    ShortAnswer: {
      to: 'textEntryInteraction (string mapping, case-insensitive)',
      note: 'regular-expression patterns are left out',
    },
    Numeric: {
      to: 'textEntryInteraction (float, equal with tolerance)',
      note: 'unit named in the prompt; answer as a plain number',
    },
    TerminalTask: { to: null, why: LAB },
  },
  scorm: {
    SingleChoice: { to: 'the course’s own quiz page' },
    MultipleChoice: { to: 'the course’s own quiz page' },
    TrueFalse: { to: 'the course’s own quiz page' },
    Ordering: { to: 'the course’s own quiz page' },
    Matching: { to: 'the course’s own quiz page' },
    Categorize: { to: 'the course’s own quiz page' },
    ShortAnswer: { to: 'the course’s own quiz page' },
    Numeric: { to: 'the course’s own quiz page' },
    TerminalTask: { to: null, why: LAB },
  },
};

/** The questions of `quiz` that `format` carries, in the author's order. */
export function exportedQuestions(quiz: Pick<Quiz, 'questions'>, format: ExportFormat): Question[] {
  return quiz.questions.filter((q) => mappings[format][q.type].to !== null);
}

/** Lines for a file header: which of the quiz's types were converted (and how), which were left out and why. */
export function coverageLines(quiz: Pick<Quiz, 'questions'>, format: ExportFormat): string[] {
  const types = [...new Set(quiz.questions.map((q) => q.type))];
  return types.map((t) => {
    const m = mappings[format][t];
    const n = quiz.questions.filter((q) => q.type === t).length;
    if (m.to === null) return `${t} (${n}): left out: ${m.why}.`;
    return `${t} (${n}) → ${m.to}${m.note ? ` (${m.note})` : ''}.`;
  });
}
