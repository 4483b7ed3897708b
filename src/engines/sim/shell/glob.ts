/**
 * Pattern matching (POSIX XCU 2.14; bash manual "Pattern Matching" and "Filename Expansion"): `*`,
 * `?` and `[…]` over the simulated filesystem, and the same patterns for `${x#pat}` and friends.
 */

/** The characters that make a word a pattern (when unquoted). */
export const GLOB_CHARS = /[*?[]/;

/** Escapes text so that a pattern matches it literally (quoted parts of a word). */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}

/** True when `pattern` holds an unescaped `*`, `?` or `[` (a backslash quotes the next character). */
export function hasMagic(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (GLOB_CHARS.test(pattern[i] as string)) return true;
  }
  return false;
}

/** A pattern as an anchored regular expression; with `path`, `*` and `?` do not match `/`. */
export function globToRegExp(pattern: string, path = false): RegExp {
  const any = path ? '[^/]' : '[\\s\\S]';
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      re += escapeRe(pattern[++i] ?? '\\');
    } else if (c === '*') re += `${any}*`;
    else if (c === '?') re += any;
    else if (c === '[') {
      const cls = bracket(pattern, i);
      if (cls) {
        re += cls.re;
        i = cls.end;
      } else re += '\\[';
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, 'u');
}

/** `[abc]`, `[!a-z]`, `[^x]`, `[]a]` → a character class, or null when there is no closing `]`. */
function bracket(p: string, start: number): { re: string; end: number } | null {
  let i = start + 1;
  let neg = false;
  if (p[i] === '!' || p[i] === '^') {
    neg = true;
    i++;
  }
  let body = '';
  for (let first = true; i < p.length; i++, first = false) {
    const c = p[i] as string;
    if (c === ']' && !first) return { re: `[${neg ? '^' : ''}${body}]`, end: i };
    if (c === '\\' && i + 1 < p.length) body += escapeRe(p[++i] as string, true);
    else if (c === '-' && !first && p[i + 1] !== ']') body += '-';
    else body += escapeRe(c, true);
  }
  return null;
}

/** Escapes one character for a `u`-flag regular expression (`-` only needs it inside a class). */
function escapeRe(c: string, inClass = false): string {
  return c.replace(inClass ? /[\\^$.*+?()[\]{}|/-]/g : /[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Removes the backslashes of an escaped pattern (what a word becomes when nothing matches). */
export function unescapeGlob(pattern: string): string {
  return pattern.replace(/\\([\s\S])/g, '$1');
}

/** How filename expansion reads the filesystem. */
export interface GlobFs {
  /** Names in a directory (without `.` and `..`), or undefined when it is not one. */
  list(dir: string): string[] | undefined;
  exists(path: string): boolean;
  cwd: string;
  /** bash never matches `.` and `..` (globskipdots, on by default since 5.2); ash's `.*` does. */
  skipDots: boolean;
}

/** Most names one pattern may produce (bash has no limit; we bound the work). */
const MAX_MATCHES = 4096;

/** Pathnames matching `pattern`, sorted; empty when none (the caller then keeps the word as it is). */
export function expandPathname(pattern: string, fs: GlobFs): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let found: string[] = [absolute ? '/' : ''];
  for (const comp of absolute ? comps.slice(1) : comps) {
    const next: string[] = [];
    for (const base of found) {
      const join = (name: string) => (base === '' ? name : base.endsWith('/') ? `${base}${name}` : `${base}/${name}`);
      if (!hasMagic(comp)) {
        next.push(join(unescapeGlob(comp)));
        continue;
      }
      const dir = base === '' ? fs.cwd : base.startsWith('/') ? base : `${fs.cwd}/${base}`;
      const re = globToRegExp(comp, true);
      // A leading `.` must be matched explicitly (XCU 2.14.3).
      const dot = comp.startsWith('.') || comp.startsWith('\\.');
      const names = [...(dot && !fs.skipDots ? ['.', '..'] : []), ...(fs.list(dir) ?? [])];
      for (const name of names) if ((dot || !name.startsWith('.')) && re.test(name)) next.push(join(name));
      if (next.length > MAX_MATCHES) break;
    }
    found = next.slice(0, MAX_MATCHES);
    if (!found.length) return [];
  }
  const out = found.filter((p) => fs.exists(p.startsWith('/') ? p : `${fs.cwd}/${p}`));
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
