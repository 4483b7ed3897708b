import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A link on a built page that does not lead where it says. */
export interface BrokenLink {
  /** The page, as a path inside the built folder ("lessons/why-isolate/index.html"). */
  page: string;
  /** The attribute's value, as written. */
  url: string;
  problem: string;
}

interface Page {
  links: string[];
  ids: Set<string>;
}

// Attributes whose value is a URL the browser fetches or follows (hast property names).
const URL_PROPERTIES = ['href', 'src', 'xLinkHref', 'poster'] as const;

function readPage(file: string): Page {
  const links: string[] = [];
  const ids = new Set<string>();
  visit(fromHtml(readFileSync(file, 'utf8')), 'element', (el: Element) => {
    const p = el.properties;
    if (typeof p.id === 'string') ids.add(p.id);
    if (el.tagName === 'a' && typeof p.name === 'string') ids.add(p.name);
    for (const name of URL_PROPERTIES) if (typeof p[name] === 'string') links.push(p[name]);
    if (typeof p.srcSet === 'string') links.push(...p.srcSet.split(',').map((c) => c.trim().split(/\s+/)[0]!));
  });
  return { links, ids };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/**
 * Every internal link and fragment on every page of a built site that does not resolve: a link to the site's own
 * origin must name a file in `dist` (a folder with its trailing slash, as the site's URLs are written), and a
 * `#fragment` an id on the target page. Links to other origins are not followed. `base` is the build's base path.
 */
export function checkLinks(dist: string, base = '/'): BrokenLink[] {
  const pages = new Map<string, Page>();
  const pageAt = (file: string) => {
    if (!pages.has(file)) pages.set(file, readPage(join(dist, file)));
    return pages.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(dist)) {
    const pageUrl = new URL(base + page.replace(/(^|\/)index\.html$/, '$1'), 'http://site.invalid');
    for (const url of pageAt(page).links) {
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue; // another origin, or mailto:, data:…
      const target = new URL(url, pageUrl);
      const fail = (problem: string) => broken.push({ page, url, problem });
      if (!target.pathname.startsWith(base)) {
        fail(`outside the base path ${base}`);
        continue;
      }
      const path = decodeURIComponent(target.pathname.slice(base.length));
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      if (!existsSync(join(dist, file)) || !statSync(join(dist, file)).isFile()) {
        fail(existsSync(join(dist, path)) ? 'a folder: the link needs its trailing slash' : 'no such file');
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) continue;
      if (!pageAt(file).ids.has(fragment)) fail(`no id "${fragment}" on ${file}`);
    }
  }
  return broken;
}

/** One line per broken link, for a test's failure message. */
export function formatBrokenLinks(broken: BrokenLink[]): string[] {
  return broken.map((b) => `${b.page}: ${b.url} → ${b.problem}`);
}
