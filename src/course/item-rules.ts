import type { Question, Quiz } from '../schemas/quiz';
import type { Option } from '../schemas/quiz/choice';

/**
 * Machine-checkable rules for fair quiz items. A learner who has not read the lesson should not be able to find the key
 * by its length, by an absolute word that makes a distractor obviously false, or by feedback that only says "Right.".
 */

/** One broken rule, located by quiz and question id. */
export interface ItemFinding {
  quiz: string;
  question: string;
  rule: 'absolute-word' | 'thin-feedback' | 'key-much-longer';
  message: string;
}

/**
 * Words that make a statement false on sight. A distractor must be wrong for a reason the lesson teaches, not because
 * it claims something holds everywhere or never.
 */
export const ABSOLUTE_WORDS =
  /\b(always|never|ever|every|everything|everyone|everywhere|impossible|guaranteed?|completely|entirely|at all|all of them|none at all|under no circumstances)\b/i;

/** An opening sentence that only announces the verdict ("Right.", "Yes!"): the feedback must start with the reason. */
export const VERDICT_ONLY = /^\s*(right|yes|correct|exactly|true|false|indeed|good|well done|no)\s*[.!]/i;

/** Correct-option feedback needs this many words. */
export const MIN_REASON_WORDS = 12;
/** …and this many distinct content words (4+ letters) that the option's own text does not already contain. */
export const MIN_NEW_WORDS = 5;
/** A key may be somewhat longer than the longest distractor, never this many times as long. */
export const MAX_KEY_LENGTH_RATIO = 1.3;
/** Course-wide: at most this share of single-choice keys may be the (strictly) longest option. */
export const MAX_LONGEST_KEY_SHARE = 1 / 3;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9'’-]*/g) ?? [];
}

/** The visible text length of an option, without Markdown backticks or emphasis marks. */
export function visibleLength(markdown: string): number {
  return markdown.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim().length;
}

/** Does the feedback on a correct option give a reason rather than a verdict plus a restatement? */
export function feedbackGivesReason(option: Pick<Option, 'text' | 'feedback'>): boolean {
  if (VERDICT_ONLY.test(option.feedback)) return false;
  const own = words(option.feedback);
  if (own.length < MIN_REASON_WORDS) return false;
  const inOption = new Set(words(option.text));
  const fresh = new Set(own.filter((w) => w.length >= 4 && !inOption.has(w)));
  return fresh.size >= MIN_NEW_WORDS;
}

/** Is the single-choice key strictly longer than every distractor? */
export function keyIsLongest(options: readonly Option[]): boolean {
  const key = options.find((o) => o.correct);
  if (!key) return false;
  const keyLen = visibleLength(key.text);
  return options.every((o) => o === key || visibleLength(o.text) < keyLen);
}

function choiceFindings(quiz: string, q: Question & { options: Option[] }): ItemFinding[] {
  const out: ItemFinding[] = [];
  const at = { quiz, question: q.id };
  for (const o of q.options) {
    const word = !o.correct && ABSOLUTE_WORDS.exec(o.text)?.[0];
    if (word)
      out.push({
        ...at,
        rule: 'absolute-word',
        message: `distractor "${o.id}" is false on sight because of "${word}"`,
      });
    if (o.correct && !feedbackGivesReason(o))
      out.push({
        ...at,
        rule: 'thin-feedback',
        message: `feedback on correct option "${o.id}" must open with the reason, not a verdict (${MIN_REASON_WORDS}+ words, ${MIN_NEW_WORDS}+ not in the option)`,
      });
  }
  if (q.type === 'SingleChoice') {
    const key = q.options.find((o) => o.correct);
    const longestOther = Math.max(...q.options.filter((o) => o !== key).map((o) => visibleLength(o.text)));
    if (key && visibleLength(key.text) > MAX_KEY_LENGTH_RATIO * longestOther)
      out.push({
        ...at,
        rule: 'key-much-longer',
        message: `key "${key.id}" is ${visibleLength(key.text)} characters, more than ${MAX_KEY_LENGTH_RATIO}× the longest distractor (${longestOther})`,
      });
  }
  return out;
}

/** Every per-item rule broken in one quiz. */
export function checkItemRules(quiz: Pick<Quiz, 'id' | 'questions'>): ItemFinding[] {
  const out: ItemFinding[] = [];
  for (const q of quiz.questions) {
    if (q.type === 'SingleChoice' || q.type === 'MultipleChoice') out.push(...choiceFindings(quiz.id, q));
    if (
      q.type === 'TrueFalse' &&
      !feedbackGivesReason({ text: q.prompt, feedback: q.answer ? q.feedbackTrue : q.feedbackFalse })
    )
      out.push({
        quiz: quiz.id,
        question: q.id,
        rule: 'thin-feedback',
        message: `feedback on the right answer (${String(q.answer)}) must open with the reason, not a verdict`,
      });
    if (q.type === 'TrueFalse' && !q.answer) {
      const word = ABSOLUTE_WORDS.exec(q.prompt)?.[0];
      if (word)
        out.push({
          quiz: quiz.id,
          question: q.id,
          rule: 'absolute-word',
          message: `the false statement is false on sight because of "${word}"`,
        });
    }
  }
  return out;
}

/** Share of single-choice questions, across the given quizzes, whose key is the longest option. */
export function longestKeyShare(quizzes: ReadonlyArray<Pick<Quiz, 'questions'>>): { longest: number; total: number } {
  let longest = 0;
  let total = 0;
  for (const quiz of quizzes)
    for (const q of quiz.questions)
      if (q.type === 'SingleChoice') {
        total += 1;
        if (keyIsLongest(q.options)) longest += 1;
      }
  return { longest, total };
}

/** Course-wide, the share of true/false statements that are true must lie in this range: "always False" must not pay. */
export const TRUE_SHARE_RANGE = [1 / 3, 2 / 3] as const;

/** How many true/false statements, across the given quizzes, are true. */
export function trueStatementShare(quizzes: ReadonlyArray<Pick<Quiz, 'questions'>>): { true: number; total: number } {
  const answers = quizzes.flatMap((quiz) => quiz.questions.flatMap((q) => (q.type === 'TrueFalse' ? [q.answer] : [])));
  return { true: answers.filter(Boolean).length, total: answers.length };
}
