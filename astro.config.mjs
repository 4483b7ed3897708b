// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkDiagrams } from './src/diagrams/remark-diagrams.ts';
import { remarkGlossary } from './src/glossary/remark-glossary.ts';
import { loadCourseOrExit } from './src/course/load-course-or-exit.ts';
import { buildSidebar } from './src/course/sidebar.ts';
import { pluginCompactTokens } from './src/code/compact-tokens-plugin.ts';
import { lessonIdFromPath } from './src/course/model.ts';
import { lmsExports } from './src/exports/integration.ts';
import { offlineCourse } from './src/offline/integration.ts';
import { astroCspConfig } from './src/security/csp.ts';
import { cspCheck, cspMetaFirst } from './src/security/integration.ts';

// The course is read and checked before Astro starts, so that an author's mistake
// stops the build with a list of problems instead of a stack trace.
const course = loadCourseOrExit(process.cwd());

// Hosting under a sub-path (e.g. /course/) is a build-time choice: BASE_PATH=/course/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  site: process.env.SITE_URL,
  trailingSlash: 'always',
  // A strict Content-Security-Policy on every page (src/security/csp.ts); the same policy is the hosting header.
  security: { csp: astroCspConfig() },
  markdown: {
    // Code fences are Expressive Code's (Starlight); Astro's own Shiki pass would only warn that it is unfit for CSP.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [
        remarkDiagrams,
        [
          remarkGlossary,
          {
            entries: course.glossary,
            base,
            lessonOf: (/** @type {string} */ path) =>
              /[\\/]lessons[\\/].+\.mdx?$/.test(path) ? lessonIdFromPath(path.split('\\').join('/')) : undefined,
          },
        ],
      ],
    }),
  },
  integrations: [
    starlight({
      title: 'Isolation Lab',
      description: 'How virtual machines and containers really work: hypervisors, kernels, images and isolation.',
      sidebar: buildSidebar(course),
      // Fewer elements per code block, same text and colours (src/code/compact-tokens.ts).
      expressiveCode: { plugins: [pluginCompactTokens()] },
      components: {
        SiteTitle: './src/components/overrides/SiteTitle.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
      },
      customCss: ['./src/styles/course.css', './src/styles/controls.css', './src/styles/print.css'],
      favicon: '/favicon.svg',
      lastUpdated: false,
      pagination: true,
      disable404Route: true,
      // Lessons live outside src/content/docs; Starlight's Markdown transforms (asides, heading links) must see them.
      // No anchor link beside every heading: the "On this page" menu links each section already, and each anchor
      // cost a keyboard user one more Tab stop and the page seven more elements (a long lesson had 14 of them).
      markdown: { processedDirs: ['./lessons'], headingLinks: false },
    }),
    // A sitemap lists absolute URLs, so it needs the site's address: with SITE_URL set, Starlight adds
    // @astrojs/sitemap itself; without it, this stands in its place (Starlight adds none when one is listed), and the
    // build does not warn that it skipped one.
    ...(process.env.SITE_URL ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
    // Puts each page's policy <meta> first in <head>, so it governs Starlight's theme scripts too.
    cspMetaFirst(),
    mdx(),
    // The LMS exports reuse the built quiz pages (see src/exports/write-exports.ts).
    lmsExports(),
    // After every other build step that changes pages: fails the build when a page carries a script its policy
    // would block.
    cspCheck(),
    // Last: the offline worker precaches dist/ as it finally is (pages with their policies moved first, exports).
    offlineCourse(),
  ],
  vite: {
    build: {
      // Astro would inline small bundled scripts and hash each one into that page's policy, so the policy would
      // change with every build and could not be a fixed hosting header. Scripts stay files (cached across pages).
      // Stylesheets under 24 KB (the quizzes' with the terminal's, the race's) go into the page: each was one more
      // request before the first paint on a slow connection; the site's main sheet (~70 KB) stays a file, cached
      // across pages. Other assets keep the default limit.
      // The terminal's chunk (xterm.js and the simulator, about 770 KB before gzip, 225 KB gzipped) is loaded only when a terminal comes near
      // the viewport, so its size is no concern for a page's first load; warn only past that.
      chunkSizeWarningLimit: 900,
      assetsInlineLimit: (/** @type {string} */ file, /** @type {Buffer} */ content) =>
        file.endsWith('.js') ? false : file.endsWith('.css') ? content.length < 24 * 1024 : undefined,
      rolldownOptions: {
        // Astro marks each MDX page module with a "use astro:head-inject" directive that the bundler then warns it
        // may drop; Astro handles those modules itself, so the warning (one per lesson) says nothing to act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
