import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

/** Every HTML page of the built site, as URL paths ("/", "/lessons/why-isolate/", "/404.html"). */
export function builtPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(dist, full).split('\\').join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  if (out.length === 0) throw new Error('No built pages in dist/: run `npm run build` first.');
  return out.sort();
}

/** The built HTML of the page at URL path `path` (as `builtPages` lists it). */
export function builtHtml(path: string): string {
  return readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/**
 * What a page's look is made of, read from its built HTML: its class names (Astro's scoping classes left out), its
 * custom elements and its inline styles (the colours of highlighted code and of diagrams).
 */
export function lookOf(html: string): Set<string> {
  const parts = new Set<string>();
  for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g))
    for (const c of (list ?? '').split(/\s+/)) if (c && !c.startsWith('astro-')) parts.add(`.${c}`);
  for (const [, tag] of html.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]+)/g)) parts.add(`<${tag}>`);
  for (const [, style] of html.matchAll(/\sstyle="([^"]*)"/g)) parts.add(`style:${style}`);
  return parts;
}

/**
 * A few pages that between them show every part of the site's look at least once: a greedy cover of `lookOf`
 * over `pages` (largest first, then whichever adds the most parts not yet shown). An audit that depends only on how
 * things look, such as a second colour theme, runs on these instead of every page; a new component or colour joins
 * the cover by itself.
 */
export function lookCover(pages: string[], html: (path: string) => string = builtHtml): string[] {
  const looks = new Map(pages.map((p) => [p, lookOf(html(p))]));
  const unseen = new Set([...looks.values()].flatMap((l) => [...l]));
  const chosen: string[] = [];
  while (unseen.size > 0) {
    let best = '';
    let gain = 0;
    for (const [p, look] of looks) {
      const g = [...look].filter((x) => unseen.has(x)).length;
      if (g > gain) [best, gain] = [p, g];
    }
    chosen.push(best);
    for (const x of looks.get(best)!) unseen.delete(x);
    looks.delete(best);
  }
  return chosen.sort();
}

/** Starts recording every request from `page` that leaves `origin` (data: and blob: URLs stay on the page). */
export function foreignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/**
 * Switches Starlight's theme in place (what its picker does: `data-theme` on <html>) and waits until colour
 * transitions have settled, so an audit reads the new colours and not a frame mid-fade. (Only transitions: a
 * blinking cursor's animation never ends.)
 */
export async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
  await page.waitForFunction(
    (t) =>
      document.documentElement.dataset.theme === t &&
      document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
    theme,
  );
}

/**
 * Starts recording every Content-Security-Policy violation on `page`, across navigations: the
 * `securitypolicyviolation` event in the page and any console message about the policy (the browser's own "Refused
 * to …" errors, and its warnings about a policy it cannot apply). Call before the first `goto`; the returned list
 * grows as violations happen.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) seen.push(`console ${msg.type()}: ${msg.text()}`);
  });
  await page.exposeFunction('__ilCspViolation', (v: string) => seen.push(v));
  await page.addInitScript(() => {
    const report = (window as unknown as { __ilCspViolation: (v: string) => void }).__ilCspViolation;
    window.addEventListener(
      'securitypolicyviolation',
      (e) =>
        report(
          `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ` +
            `(${e.sourceFile || '?'}:${e.lineNumber}) ${e.sample}`,
        ),
      true,
    );
  });
  return seen;
}
