import type { Question } from '../../schemas/quiz';

// The answer key as the teacher pack prints it: the right answer in the words the learner saw (Markdown as authored),
// and the reasoning from the quiz file's own feedback. It is read from the question's fields, not from the graders'
// answerKey(), so that tests/unit/teach/answer-keys.test.ts can grade what is printed with the real graders.

/** Why one option (or "True"/"False") is right or wrong, from the option's own feedback. */
export interface KeyReason {
  readonly label: string;
  readonly correct: boolean;
  readonly text: string;
}

/** One question's printed key. */
export interface PrintedKey {
  readonly id: string;
  readonly type: Question['type'];
  readonly points: number;
  readonly prompt: string;
  /** How the answer lines read: one choice, several, an order, pairs, typed text, or lab commands. */
  readonly form: 'one' | 'all' | 'order' | 'pairs' | 'typed' | 'commands';
  /** The answer, one line each (Markdown). Pairs read "left → right". */
  readonly answer: readonly string[];
  /** A note on what else is accepted (a tolerance, other spellings). */
  readonly accepts?: string;
  readonly reasons: readonly KeyReason[];
  readonly explanation: string;
}

/** The separator between the two sides of a printed pair. */
export const PAIR = ' → ';

/** "Also accepted: a; b." and, when the quiz matches patterns too, that other wordings are accepted. */
function acceptsText(others: readonly string[], patterns: number): string {
  const listed = others.length > 0 ? `Also accepted: ${others.join('; ')}.` : '';
  const more = patterns > 0 ? 'Other wordings of the same answer are accepted too (the quiz file lists patterns).' : '';
  return [listed, more].filter(Boolean).join(' ');
}

/** The lab commands that reach a terminal task's goal, by scenario id (the lab files' `solution`). */
export type LabSolutions = Readonly<Record<string, readonly string[]>>;

/** The printed key of `q`; a terminal task's answer is its lab's solution from `labs`. */
export function printedKey(q: Question, labs: LabSolutions): PrintedKey {
  const base = { id: q.id, type: q.type, points: q.points, prompt: q.prompt, explanation: q.explanation };
  switch (q.type) {
    case 'SingleChoice':
    case 'MultipleChoice':
      return {
        ...base,
        form: q.type === 'SingleChoice' ? 'one' : 'all',
        answer: q.options.filter((o) => o.correct).map((o) => o.text),
        reasons: q.options.map((o) => ({ label: o.text, correct: o.correct, text: o.feedback })),
      };
    case 'TrueFalse':
      return {
        ...base,
        form: 'one',
        answer: [q.answer ? 'True' : 'False'],
        reasons: [
          { label: 'True', correct: q.answer, text: q.feedbackTrue },
          { label: 'False', correct: !q.answer, text: q.feedbackFalse },
        ],
      };
    case 'Ordering':
      return { ...base, form: 'order', answer: q.items.map((i) => i.text), reasons: [] };
    case 'Matching':
      return { ...base, form: 'pairs', answer: q.pairs.map((p) => `${p.left}${PAIR}${p.right}`), reasons: [] };
    case 'Categorize': {
      const label = new Map(q.buckets.map((b) => [b.id, b.label]));
      return {
        ...base,
        form: 'pairs',
        answer: q.items.map((i) => `${i.text}${PAIR}${label.get(i.bucket)}`),
        reasons: [],
      };
    }
    case 'ShortAnswer': {
      const shown = q.display ?? (q.accept[0] as string);
      const others = q.accept.filter((a) => a !== shown);
      return {
        ...base,
        form: 'typed',
        answer: [shown],
        ...((others.length > 0 || q.patterns.length > 0) && { accepts: acceptsText(others, q.patterns.length) }),
        reasons: [],
      };
    }
    case 'Numeric': {
      const unit = q.unit ? ` ${q.unit}` : '';
      const tolerance =
        typeof q.tolerance === 'number' ? (q.tolerance > 0 ? `${q.tolerance}${unit}` : '') : q.tolerance;
      return {
        ...base,
        form: 'typed',
        answer: [`${q.value}${unit}`],
        ...(tolerance && { accepts: `Accepted within ± ${tolerance}.` }),
        reasons: [],
      };
    }
    case 'TerminalTask':
      return { ...base, form: 'commands', answer: labs[q.scenario] ?? [], reasons: [] };
  }
}
