import { zipSync, strToU8 } from 'fflate';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderQuizText, clientConfig } from '../course/quiz-source';
import { exportedQuestions } from '../engines/exports/coverage';
import { giftQuiz } from '../engines/exports/gift';
import { EXPORTS_DIR, plannedExports, type PlannedFile } from '../engines/exports/plan';
import { qtiPackage } from '../engines/exports/qti/package';
import { scormManifest, PAGE } from '../engines/exports/scorm/manifest';
import { quizMarkup, scormPage } from '../engines/exports/scorm/page';
import type { ScormVersion } from '../engines/exports/scorm/versions';
import type { Quiz } from '../schemas/quiz';
import { bankPath, isDrawnQuiz } from '../course/quiz-bank';
import { patchDownloadSizes } from './downloads-sizes';
import { bundleScormRuntime } from './scorm-runtime';
import { exportQuizzes } from './sources';

/** A written export: the plan's entry and its size. */
export type WrittenFile = PlannedFile & { bytes: number };

// A fixed time in every zip entry, so the same sources always give the same bytes.
const MTIME = new Date('2026-01-01T00:00:00Z');
const zip = (files: Map<string, string>) =>
  zipSync(Object.fromEntries([...files].map(([path, text]) => [path, strToU8(text)])), { level: 9, mtime: MTIME });

/**
 * The styles of a built page's head, in their order: the stylesheets it links (read from dist/, the site's base path
 * stripped, with their media) and the small ones the build put inline in <style>.
 */
function pageStyles(html: string, dist: string, base: string): Array<{ css: string; media?: string }> {
  const head = html.slice(0, html.indexOf('</head>'));
  const parts = head.matchAll(
    /<link rel="stylesheet" href="([^"]+)"(?: media="([^"]+)")?>|<style>([\s\S]*?)<\/style>/g,
  );
  return [...parts].map(([, href, media, inline]) =>
    href === undefined
      ? { css: inline ?? '' }
      : { css: readFileSync(join(dist, href.startsWith(base) ? href.slice(base.length) : href), 'utf8'), media },
  );
}

/** The markup of a drawn quiz's bank file (see src/pages/quizzes/[id]/bank.json.ts), which its page fetches. */
function bankMarkup(quiz: Quiz, dist: string): string | undefined {
  const file = join(dist, bankPath(quiz.id));
  if (!isDrawnQuiz(quiz) || !existsSync(file)) return undefined;
  const { questions } = JSON.parse(readFileSync(file, 'utf8')) as { questions: Record<string, string> };
  return Object.values(questions).join('');
}

/** The quiz page's markup and styles, made into the self-contained page of one SCORM package. */
function scormFiles(quiz: Quiz, version: ScormVersion, page: string, dist: string, base: string, script: string) {
  const kept = exportedQuestions(quiz, 'scorm');
  const packaged: Quiz = { ...quiz, questions: kept, draw: quiz.draw && Math.min(quiz.draw, kept.length) };
  const html = scormPage({
    quiz,
    markup: quizMarkup(page, clientConfig(packaged), packaged.draw ?? kept.length, bankMarkup(quiz, dist)),
    styles: pageStyles(page, dist, base),
    script,
    config: { version, quizId: quiz.id },
    leftOut: quiz.questions.length - kept.length,
  });
  return new Map([
    ['imsmanifest.xml', scormManifest(quiz, version)],
    [PAGE, html],
  ]);
}

/**
 * Writes every export into `<dist>/exports/`: GIFT, QTI 2.1, SCORM 1.2 and SCORM 2004 for each quiz and the final
 * exam. The SCORM pages reuse the built quiz pages, so this runs after the site is built (astro:build:done, or
 * `npm run export` on an existing build). Returns what it wrote.
 */
export async function writeExports(opts: { root: string; dist: string; base: string }): Promise<WrittenFile[]> {
  const { root, dist, base } = opts;
  const quizzes = exportQuizzes(root);
  const out = join(dist, EXPORTS_DIR);
  mkdirSync(out, { recursive: true });
  const script = await bundleScormRuntime(root);
  const written: WrittenFile[] = [];
  for (const quiz of quizzes) {
    const pagePath = join(dist, 'quizzes', quiz.id, 'index.html');
    if (!existsSync(pagePath))
      throw new Error(`${pagePath}: no built quiz page. Run \`npm run build\` first: the SCORM packages reuse it.`);
    const page = readFileSync(pagePath, 'utf8');
    const render = await renderQuizText(quiz);
    const bytes: Record<PlannedFile['format'], Uint8Array> = {
      gift: strToU8(giftQuiz(quiz)),
      qti21: zip(qtiPackage(quiz, render)),
      scorm12: zip(scormFiles(quiz, '1.2', page, dist, base, script)),
      scorm2004: zip(scormFiles(quiz, '2004', page, dist, base, script)),
    };
    for (const planned of plannedExports([quiz])) {
      const data = bytes[planned.format];
      writeFileSync(join(out, planned.file), data);
      written.push({ ...planned, bytes: data.length });
    }
  }
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(written, null, 2)}\n`);
  patchDownloadSizes(dist, written);
  return written;
}
