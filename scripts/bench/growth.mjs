// How build time grows with the course: builds a copy of the project as it is, then a synthetic course ten times its
// size (every module, lesson, quiz and quick-check file repeated under new ids, each diagram made unique so that it
// is really rendered, not read from the committed cache), and times both builds.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { record } from './report.mjs';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * A copy of the tracked project in a scratch directory inside the project, so that it finds the project's
 * node_modules by the ordinary upward lookup (a symlinked node_modules confuses Astro's module ids).
 */
function copyProject(root) {
  mkdirSync(join(root, '.bench-growth'), { recursive: true });
  const dir = mkdtempSync(join(root, '.bench-growth', 'course-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(root, f), join(dir, f));
  }
  return dir;
}

/** Repeats every module, lesson and quiz `times - 1` more times under suffixed ids. */
function multiplyCourse(dir, times) {
  const modules = parse(readFileSync(join(dir, 'lessons/modules.yaml'), 'utf8'));
  const lessonFiles = readdirSync(join(dir, 'lessons'), { recursive: true })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join('lessons', f));
  const quizFiles = readdirSync(join(dir, 'quizzes')).filter((f) => f.endsWith('.yaml') && f !== 'final-exam.yaml');
  const out = [...modules];
  for (let k = 2; k <= times; k++) {
    const sfx = (id) => `${id}-x${k}`;
    for (const m of modules) out.push({ ...m, id: sfx(m.id), title: `${m.title} ${k}` });
    for (const file of lessonFiles) {
      const text = readFileSync(join(dir, file), 'utf8');
      const fm = parse(text.match(FRONTMATTER)[1]);
      fm.title = `${fm.title} ${k}`;
      fm.module = sfx(fm.module);
      fm.prerequisites = (fm.prerequisites ?? []).map(sfx);
      fm.objectives = fm.objectives.map((o) => ({ ...o, id: sfx(o.id) }));
      if (fm.quiz) fm.quiz = sfx(fm.quiz);
      if (fm.checks) fm.checks = sfx(fm.checks);
      let body = text.replace(FRONTMATTER, '');
      body = body.replace(/(quiz|question)="([a-z0-9-]+)"/g, (_, attr, id) => `${attr}="${sfx(id)}"`);
      body = body.replace(/```mermaid\n/g, () => `\`\`\`mermaid\n%% synthetic copy ${k}\n`);
      body = body.replace(/\]\(\/lessons\/([a-z0-9-]+)\//g, (_, id) => `](/lessons/${sfx(id)}/`);
      const name = file
        .split('/')
        .pop()
        .replace(/\.mdx$/, `-x${k}.mdx`);
      const target = join(dir, 'lessons', `copy-${k}`, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `---\n${stringify(fm)}---\n${body}`);
    }
    for (const file of quizFiles) {
      const quiz = parse(readFileSync(join(dir, 'quizzes', file), 'utf8'));
      quiz.id = sfx(quiz.id);
      quiz.title = `${quiz.title} ${k}`;
      // Question ids are unique across the exam's bank, so the copies' are suffixed too (and so are quick-check tags).
      for (const q of quiz.questions ?? []) {
        q.id = sfx(q.id);
        q.objectives = (q.objectives ?? []).map(sfx);
      }
      writeFileSync(join(dir, 'quizzes', `${quiz.id}.yaml`), stringify(quiz));
    }
  }
  writeFileSync(join(dir, 'lessons/modules.yaml'), stringify(out));
  return lessonFiles.length * times;
}

/** Seconds one `astro build` takes in `dir`; throws with the build's output when it fails. */
function timeBuild(dir) {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [join(dir, '../../node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`build in ${dir} failed:\n${(res.stdout + res.stderr).slice(-3000)}`);
  return (performance.now() - t0) / 1000;
}

/** Builds the course as it is and ten times its size; records both times and the growth factor. */
export function benchGrowth(root, times = 10) {
  const one = copyProject(root);
  const many = copyProject(root);
  try {
    const lessons = readdirSync(join(one, 'lessons'), { recursive: true }).filter((f) => f.endsWith('.mdx')).length;
    const base = timeBuild(one);
    const synthetic = multiplyCourse(many, times);
    const big = timeBuild(many);
    record(`build: the course as it is (${lessons} lessons)`, Math.round(base), { unit: 's' });
    record(`build: synthetic course ×${times} (${synthetic} lessons, new diagrams rendered)`, Math.round(big), {
      unit: 's',
    });
    record(`build: growth for ×${times} content`, Number((big / base).toFixed(1)), {
      unit: '×',
      budget: { max: times * 1.2 },
      note: 'linear would be ×' + times,
    });
  } finally {
    rmSync(one, { recursive: true, force: true });
    rmSync(many, { recursive: true, force: true });
  }
}
