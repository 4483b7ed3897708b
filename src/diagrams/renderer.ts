/** Renders Mermaid source to SVG in one shared headless Chromium; Mermaid's JS never leaves the build. */
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { MERMAID_CONFIG, RENDER_ID } from './theme.ts';

/** What rendering one diagram gave: the SVG, or Mermaid's error with the line inside the diagram (1-based). */
export type RenderResult = { ok: true; svg: string } | { ok: false; message: string; line?: number };

/** Renders a batch of diagram sources; one call per lesson, so a lesson never costs more than one page load. */
export type RenderBatch = (sources: string[]) => Promise<RenderResult[]>;

const require = createRequire(import.meta.url);
const MERMAID_JS = require.resolve('mermaid/dist/mermaid.min.js');

// Closing after a quiet spell keeps `astro build` from waiting on a live browser at exit, while
// one build (many lessons rendered back to back) still reuses one browser.
const IDLE_CLOSE_MS = 1500;

let browserPromise: Promise<Browser> | undefined;
let pagePromise: Promise<Page> | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let busy = 0;

async function launch(): Promise<Browser> {
  // Called only on a cache miss: a build whose diagrams are all cached never looks for a browser.
  const { executablePath, args } = await findBrowser();
  return chromium.launch({ executablePath, args, headless: true });
}

/** What the Mermaid bundle puts on the page's global object (only what the renderer uses). */
interface MermaidGlobal {
  mermaid: { initialize(config: unknown): void; render(id: string, source: string): Promise<{ svg: string }> };
}

/** The parts of a Mermaid parse error that locate the mistake. */
interface MermaidError {
  message?: string;
  hash?: { loc?: { first_line?: number }; line?: number };
}

async function openPage(): Promise<Page> {
  browserPromise ??= launch();
  const page = await (await browserPromise).newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: MERMAID_JS });
  await page.evaluate((config) => (globalThis as unknown as MermaidGlobal).mermaid.initialize(config), MERMAID_CONFIG);
  return page;
}

/** Renders in the shared browser, launching it on first use; the browser closes itself when idle. */
export const renderInBrowser: RenderBatch = async (sources) => {
  busy += 1;
  clearTimeout(idleTimer);
  try {
    pagePromise ??= openPage().catch((error: unknown) => {
      // A failed launch is not remembered: the next lesson tries again (e.g. after a browser was installed).
      browserPromise = pagePromise = undefined;
      throw error;
    });
    const page = await pagePromise;
    return await page.evaluate(
      async ({ sources, id }) => {
        const mermaid = (globalThis as unknown as MermaidGlobal).mermaid;
        const out = [];
        for (const source of sources) {
          try {
            const { svg } = await mermaid.render(id, source);
            out.push({ ok: true as const, svg });
          } catch (caught: unknown) {
            const e = caught as MermaidError | undefined;
            document.getElementById(id)?.remove();
            document.getElementById('d' + id)?.remove();
            const loc = e?.hash?.loc?.first_line ?? e?.hash?.line;
            const m = /line (\d+)/i.exec(String(e?.message));
            const line = typeof loc === 'number' ? loc : m ? Number(m[1]) : undefined;
            out.push({ ok: false as const, message: String(e?.message ?? e), line });
          }
        }
        return out;
      },
      { sources, id: RENDER_ID },
    );
  } finally {
    busy -= 1;
    if (busy === 0) idleTimer = setTimeout(() => void closeDiagramRenderer(), IDLE_CLOSE_MS);
  }
};

/** Closes the shared browser now (tests, scripts); later renders launch a new one. */
export async function closeDiagramRenderer(): Promise<void> {
  clearTimeout(idleTimer);
  const browser = browserPromise;
  browserPromise = undefined;
  pagePromise = undefined;
  if (browser) await (await browser.catch(() => undefined))?.close();
}
