import { questionChecks, questionTypes, QuizSchema, type Question, type Quiz } from '../schemas/quiz';
import type { Finding } from '../schemas/quiz/base';
import { gradeQuestion } from '../engines/quiz/grade';
import { findUnit, unitSymbols } from '../engines/quiz/units';
import { describeValue, type Problem } from './problem';
import { checkQuickCheckQuiz } from './quick-checks';
import { parseWithProblems } from './zod-problems';

/** What a quiz is checked against: ids defined elsewhere in the course. */
export interface QuizContext {
  /** Objective ids from every lesson's frontmatter. */
  objectiveIds: ReadonlySet<string>;
  /** Scenario ids: the file names of lessons/labs/*.yaml without extension. */
  scenarioIds: ReadonlySet<string>;
  /** Quiz id → its question ids, for finals' `from` (see `collectQuizBanks`). */
  quizBanks?: ReadonlyMap<string, readonly string[]>;
  /** The lessons' quizzes in course order: a final without `from` draws from all of them. */
  lessonQuizIds?: readonly string[];
}

/** Lists `ids` for a message, shortened past ten. */
const listIds = (ids: Iterable<string>) => {
  const all = [...ids];
  return `[${all.slice(0, 10).join(', ')}${all.length > 10 ? `, … ${all.length - 10} more` : ''}]`;
};

/** Quiz id → question ids, read leniently from raw quiz files so finals can be checked before parsing. */
export function collectQuizBanks(raws: ReadonlyArray<unknown>): Map<string, string[]> {
  const banks = new Map<string, string[]>();
  for (const raw of raws) {
    const r = raw as { id?: unknown; questions?: unknown } | null;
    if (typeof r?.id !== 'string' || !Array.isArray(r.questions)) continue;
    banks.set(
      r.id,
      // Terminal tasks are not drawn into a final (see assembleFinal), so they do not count towards its bank.
      r.questions
        .filter((q: { type?: unknown } | null) => q?.type !== 'TerminalTask')
        .map((q: { id?: unknown } | null) => (typeof q?.id === 'string' ? q.id : ''))
        .filter(Boolean),
    );
  }
  return banks;
}

/** Replaces zod's "one of the allowed shapes" for an unknown question `type` with the list of types. */
function explainUnknownTypes(raw: unknown, problems: Problem[]): Problem[] {
  const questions = (raw as { questions?: unknown[] } | null)?.questions;
  return problems.map((p) => {
    const m = /^questions\.(\d+)\.type$/.exec(p.path);
    const type =
      m && Array.isArray(questions) ? (questions[Number(m[1])] as { type?: unknown } | null)?.type : undefined;
    if (!m || questionTypes.includes(type as never)) return p;
    const near =
      typeof type === 'string'
        ? questionTypes.find((t) => t.toLowerCase() === type.toLowerCase().replace(/[\s_-]/g, ''))
        : undefined;
    return {
      ...p,
      expected: `one of ${listIds(questionTypes)}`,
      found: describeValue(type),
      hint: near ? `did you mean "${near}"?` : 'type names are PascalCase, as listed.',
    };
  });
}

/** Checks one question against the course: objectives, scenario, unit, and the type's own cross-field rules. */
function checkQuestion(q: Question, at: string, file: string, ctx: QuizContext): Problem[] {
  const check = questionChecks[q.type] as ((q: Question) => Finding[]) | undefined;
  const out: Problem[] = (check?.(q) ?? []).map((f) => ({ file, ...f, path: `${at}.${f.path}` }));
  q.objectives.forEach((id, i) => {
    if (!ctx.objectiveIds.has(id))
      out.push({
        file,
        path: `${at}.objectives.${i}`,
        expected: `one of the objective ids in the lessons' frontmatter ${listIds(ctx.objectiveIds)}`,
        found: JSON.stringify(id),
        hint: 'objective ids are defined under `objectives:` in a lesson; fix the spelling or add the objective.',
      });
  });
  if (q.type === 'TerminalTask' && !ctx.scenarioIds.has(q.scenario))
    out.push({
      file,
      path: `${at}.scenario`,
      expected: `the id of a scenario in lessons/labs/ ${listIds(ctx.scenarioIds)}`,
      found: JSON.stringify(q.scenario),
      hint: `create lessons/labs/${q.scenario}.yaml or fix the id.`,
    });
  if (q.type === 'Numeric' && q.unit !== undefined && !findUnit(q.unit))
    out.push({
      file,
      path: `${at}.unit`,
      expected: `a known unit ${listIds(unitSymbols)}`,
      found: JSON.stringify(q.unit),
      hint: 'leave `unit` out for a plain number.',
    });
  if (q.type === 'ShortAnswer' && q.display !== undefined && out.length === 0 && !gradeQuestion(q, q.display).correct)
    out.push({
      file,
      path: `${at}.display`,
      expected: 'a sample answer that `accept` or `patterns` accepts',
      found: JSON.stringify(q.display),
    });
  return out;
}

/** Checks the bank and draw of a quiz, including a final exam's `from` quizzes. */
function checkBank(quiz: Quiz, file: string, ctx: QuizContext): Problem[] {
  const out: Problem[] = [];
  const banks = ctx.quizBanks ?? new Map<string, readonly string[]>();
  if (quiz.from.length > 0 && !quiz.final)
    out.push({
      file,
      path: 'from',
      expected: '`final: true` alongside `from`',
      found: '`from` on a quiz that is not a final',
      hint: 'only a final exam draws from other quizzes.',
    });
  const owner = new Map<string, string>();
  quiz.questions.forEach((q, i) => {
    const first = owner.get(q.id);
    if (first !== undefined)
      out.push({
        file,
        path: `questions.${i}.id`,
        expected: 'a question id unique within the quiz',
        found: `"${q.id}", also the id of ${first}`,
        hint: 'question ids key saved answers; give each question its own.',
      });
    else owner.set(q.id, `questions.${i}`);
  });
  quiz.from.forEach((id, i) => {
    const bank = banks.get(id);
    if (id === quiz.id || !bank) {
      out.push({
        file,
        path: `from.${i}`,
        expected: `the id of another quiz ${listIds([...banks.keys()].filter((k) => k !== quiz.id))}`,
        found: JSON.stringify(id),
      });
      return;
    }
    for (const qid of bank) {
      const first = owner.get(qid);
      if (first !== undefined)
        out.push({
          file,
          path: `from.${i}`,
          expected: 'question ids unique across the final exam’s bank',
          found: `"${qid}" in quiz "${id}", also in ${first}`,
          hint: 'a final draws from several quizzes, so their question ids must not collide; rename one.',
        });
      else owner.set(qid, `quiz "${id}"`);
    }
  });
  const size = owner.size;
  if (size === 0)
    out.push({
      file,
      path: 'questions',
      expected: quiz.final ? 'questions, or quizzes to draw from in `from`' : 'at least 1 question',
      found: 'none',
    });
  if (quiz.draw !== undefined && size > 0 && quiz.draw > size)
    out.push({
      file,
      path: 'draw',
      expected: `at most ${size} (the number of questions in the bank)`,
      found: String(quiz.draw),
      hint: 'add questions or lower `draw`.',
    });
  return out;
}

/** Validates one quiz file's data (schema, then cross-checks); `data` is set only when there are no problems. */
export function checkQuiz(raw: unknown, file: string, ctx: QuizContext): { data?: Quiz; problems: Problem[] } {
  const parsed = parseWithProblems(QuizSchema, raw, file);
  if (!parsed.data) return { problems: explainUnknownTypes(raw, parsed.problems) };
  // A final that names no quizzes draws from every lesson's quiz, so a new lesson's questions join the exam by themselves.
  const quiz =
    parsed.data.final && parsed.data.from.length === 0
      ? { ...parsed.data, from: [...(ctx.lessonQuizIds ?? [])] }
      : parsed.data;
  const problems = [
    ...quiz.questions.flatMap((q, i) => checkQuestion(q, `questions.${i}`, file, ctx)),
    ...checkBank(quiz, file, ctx),
    ...(quiz.mode === 'check' ? checkQuickCheckQuiz(quiz, file) : []),
  ];
  return problems.length > 0 ? { problems } : { data: quiz, problems };
}
