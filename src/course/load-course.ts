import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { LessonFrontmatterSchema } from '../schemas/lesson';
import { ModulesFileSchema, type Module } from '../schemas/module';
import { ScenarioSchema } from '../schemas/scenario';
import { checkQuiz, collectQuizBanks, type QuizContext } from './check-quiz';
import { crossCheck } from './cross-check';
import { crossCheckQuickChecks } from './quick-checks';
import { loadGlossary, type LessonText } from './load-glossary';
import { lessonIdFromPath, type Course, type LessonRecord, type QuizRecord } from './model';
import { CourseContentError, type Problem } from './problem';
import { parseWithProblems } from './zod-problems';

/** Lists files under `dir` (recursively) whose names match, skipping `_`-prefixed drafts. */
function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, pattern));
    else if (pattern.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Parses YAML text, reporting a syntax error as a problem at its line. */
function readYaml(text: string, file: string, problems: Problem[], lineOffset = 0): unknown {
  try {
    return parseYaml(text);
  } catch (err) {
    if (!(err instanceof YAMLParseError)) throw err;
    const line = (err.linePos?.[0].line ?? 0) + lineOffset;
    problems.push({
      file,
      path: `line ${line}`,
      expected: 'valid YAML',
      found: JSON.stringify(
        (err.message.split('\n')[0] ?? 'a syntax error').replace(/ at line \d+, column \d+:?$/, ''),
      ),
    });
    return undefined;
  }
}

/** Splits the `---` frontmatter block off an MDX file. */
function readFrontmatter(text: string, file: string, problems: Problem[]): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    problems.push({
      file,
      path: '',
      expected: 'a frontmatter block between --- lines at the top',
      found: 'none',
      hint: 'start the file with ---, the lesson fields, and ---.',
    });
    return undefined;
  }
  return readYaml(match[1] ?? '', file, problems, 1);
}

/** Reads, validates and cross-checks every lesson, module, lab scenario and quiz under `root`. Throws CourseContentError listing all problems. */
export function loadCourse(root: string): Course {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p).split('\\').join('/');

  const modulesPath = join(root, 'lessons', 'modules.yaml');
  let modules: Module[] = [];
  if (!existsSync(modulesPath)) {
    problems.push({
      file: 'lessons/modules.yaml',
      path: '',
      expected: 'a list of modules (id, title, summary)',
      found: 'no such file',
    });
  } else {
    const raw = readYaml(readFileSync(modulesPath, 'utf8'), 'lessons/modules.yaml', problems);
    const parsed = parseWithProblems(ModulesFileSchema, raw, 'lessons/modules.yaml');
    problems.push(...parsed.problems);
    modules = parsed.data ?? [];
  }

  const lessons: LessonRecord[] = [];
  const lessonTexts: LessonText[] = [];
  const sources = new Map<string, string>();
  for (const path of listFiles(join(root, 'lessons'), /\.mdx?$/)) {
    const file = rel(path);
    const text = readFileSync(path, 'utf8');
    sources.set(file, text);
    lessonTexts.push({ id: lessonIdFromPath(file), body: text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '') });
    const raw = readFrontmatter(text, file, problems);
    if (raw === undefined) continue;
    const parsed = parseWithProblems(LessonFrontmatterSchema, raw, file);
    problems.push(...parsed.problems);
    if (parsed.data) lessons.push({ id: lessonIdFromPath(file), file, data: parsed.data });
  }

  // Terminal lab scenarios: checked against their schema here; tests/unit/sim/scenarios.test.ts replays each solution.
  const labFiles = listFiles(join(root, 'lessons', 'labs'), /\.ya?ml$/);
  for (const path of labFiles) {
    const file = rel(path);
    const raw = readYaml(readFileSync(path, 'utf8'), file, problems);
    if (raw === undefined) continue;
    const parsed = parseWithProblems(ScenarioSchema, raw, file);
    problems.push(...parsed.problems);
    const stem = (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
    if (parsed.data && parsed.data.id !== stem)
      problems.push({
        file,
        path: 'id',
        expected: `"${stem}" (the file name)`,
        found: `"${parsed.data.id}"`,
        hint: 'name each lab file after its id.',
      });
  }

  const moduleIndex = (id: string) => modules.findIndex((m) => m.id === id);
  const quizzes: QuizRecord[] = [];
  const quizFiles = listFiles(join(root, 'quizzes'), /\.ya?ml$/).map((path) => ({
    file: rel(path),
    raw: readYaml(readFileSync(path, 'utf8'), rel(path), problems),
  }));
  const stemOf = (file: string) => (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
  // Read leniently: a quiz file with problems of its own still has a mode, so lessons naming it get no misleading problem.
  const quizModes = new Map(quizFiles.map(({ file, raw }) => [stemOf(file), (raw as { mode?: unknown } | null)?.mode]));
  const quizContext: QuizContext = {
    objectiveIds: new Set(lessons.flatMap((l) => l.data.objectives.map((o) => o.id))),
    scenarioIds: new Set(labFiles.map((p) => (p.split(/[\\/]/).pop() ?? p).replace(/\.ya?ml$/, ''))),
    quizBanks: collectQuizBanks(quizFiles.map((q) => q.raw)),
    lessonQuizIds: [...lessons]
      .sort((a, b) => moduleIndex(a.data.module) - moduleIndex(b.data.module) || a.data.order - b.data.order)
      // A quick-check quiz named under `quiz:` is reported below; it never joins the final's bank.
      .flatMap((l) => (l.data.quiz && quizModes.get(l.data.quiz) !== 'check' ? [l.data.quiz] : [])),
  };
  for (const { file, raw } of quizFiles) {
    if (raw === undefined) continue;
    const parsed = checkQuiz(raw, file, quizContext);
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    const stem = stemOf(file);
    if (parsed.data.id !== stem)
      problems.push({
        file,
        path: 'id',
        expected: `"${stem}" (the file name)`,
        found: `"${parsed.data.id}"`,
        hint: 'name each quiz file after its id.',
      });
    quizzes.push({ id: parsed.data.id, file, data: parsed.data });
  }

  // A quiz file that exists but has problems of its own still counts as existing, so that a lesson naming it
  // does not get a second, misleading "unknown quiz" problem.
  problems.push(...crossCheck(modules, lessons, new Set(quizModes.keys())));
  problems.push(...crossCheckQuickChecks(lessons, sources, { modes: quizModes, parsed: quizzes }));
  const glossary = loadGlossary(root, lessonTexts);
  problems.push(...glossary.problems);
  if (problems.length > 0) throw new CourseContentError(problems);

  const ordered = modules.map((m) => ({
    ...m,
    lessons: lessons.filter((l) => l.data.module === m.id).sort((a, b) => a.data.order - b.data.order),
  }));
  return { modules: ordered, lessons: ordered.flatMap((m) => m.lessons), quizzes, glossary: glossary.entries };
}
