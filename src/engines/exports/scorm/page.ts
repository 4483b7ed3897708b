import type { Quiz } from '../../../schemas/quiz';
import { escapeXml as x } from '../xml';
import type { ScormVersion } from './versions';

/** What the runtime script reads from the page (the `#il-scorm` JSON). */
export interface ScormPageConfig {
  version: ScormVersion;
  quizId: string;
}

const OPEN = '<il-quiz';
const CLOSE = '</il-quiz>';
const DATA = /(<script type="application\/json" class="il-quiz-data"[^>]*>)[\s\S]*?(<\/script>)/;

const ABOUT = /(<p class="il-quiz-about"[^>]*>\s*)\d+ questions?/;
const BANK_FILE = /<template class="ilq-bank" data-src="[^"]*"><\/template>/;

/**
 * The `<il-quiz>` element of a built quiz page (its markup exactly as the site serves it), with the engine's data
 * replaced by `data` (the quiz without the questions the package leaves out) and the question count by `count`.
 * A drawn quiz's page fetches its bank (`bank.json`); a package has no server, so `bank`, that file's markup, goes
 * into the page. Throws if the page has no quiz, or if `bank` is given for a page that fetches none or missing.
 */
export function quizMarkup(pageHtml: string, data: string, count: number, bank?: string): string {
  const start = pageHtml.indexOf(OPEN);
  const end = pageHtml.indexOf(CLOSE, start);
  if (start < 0 || end < 0 || pageHtml.indexOf(OPEN, start + 1) !== -1)
    throw new Error('expected exactly one <il-quiz> element in the built quiz page');
  const markup = pageHtml.slice(start, end + CLOSE.length);
  if (!DATA.test(markup)) throw new Error('expected the quiz data script inside <il-quiz>');
  if (BANK_FILE.test(markup) !== (bank !== undefined))
    throw new Error(
      bank === undefined
        ? 'the built quiz page fetches its question bank from a file: pass that file to put the bank in the package'
        : 'expected a question bank fetched from a file in the built quiz page, found none',
    );
  return markup
    .replace(BANK_FILE, () => `<template class="ilq-bank">${bank}</template>`)
    .replace(DATA, (_m, open: string, close: string) => `${open}${data}${close}`)
    .replace(ABOUT, (_m, open: string) => `${open}${count} question${count === 1 ? '' : 's'}`);
}

/** Text that is safe inside an inline `<script>` or `<style>` element. */
const inline = (text: string, tag: 'script' | 'style') => text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

/** The stylesheet rules the package adds: a page of its own, and no lab questions (they need the course's terminal). */
const PAGE_CSS = `body{margin:0}main{max-width:48rem;margin:0 auto;padding:1rem}fieldset.ilq-q[data-type="TerminalTask"]{display:none}.il-scorm-note{color:var(--sl-color-gray-2)}.il-scorm-lms:empty{display:none}`;

// The theme follows the learner's system setting, as Starlight's own default does.
const THEME = `document.documentElement.dataset.theme=matchMedia('(prefers-color-scheme: light)').matches?'light':'dark'`;

/**
 * The whole self-contained page of a SCORM package: every style and script inline, nothing fetched from anywhere,
 * so it runs from any LMS's file store (and from the file system).
 */
export function scormPage(opts: {
  quiz: Pick<Quiz, 'title'>;
  markup: string;
  styles: ReadonlyArray<{ css: string; media?: string }>;
  script: string;
  config: ScormPageConfig;
  leftOut: number;
}): string {
  const note =
    opts.leftOut > 0
      ? `<p class="il-scorm-note">${opts.leftOut} lab question${opts.leftOut === 1 ? '' : 's'} of this quiz ${opts.leftOut === 1 ? 'is' : 'are'} not in this package: ${opts.leftOut === 1 ? 'it needs' : 'they need'} the course’s simulated terminal.</p>`
      : '';
  return [
    '<!doctype html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${x(opts.quiz.title)}</title>`,
    `<script>${THEME}</script>`,
    ...opts.styles.map((s) => `<style${s.media ? ` media="${x(s.media)}"` : ''}>${inline(s.css, 'style')}</style>`),
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    `<main><div class="sl-markdown-content"><h1>${x(opts.quiz.title)}</h1>${note}<p class="il-scorm-lms" role="status"></p>${opts.markup}</div></main>`,
    `<script type="application/json" id="il-scorm">${JSON.stringify(opts.config).replace(/</g, '\\u003c')}</script>`,
    `<script>${inline(opts.script, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
