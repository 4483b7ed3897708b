/** POSIX basic and extended regular expressions (as grep reads them) translated to JavaScript's. */
import { own } from '../own';

/** POSIX bracket classes, as ranges a JavaScript class accepts. */
const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
};

/** Characters whose meaning BRE and ERE swap: bare in ERE, backslashed in BRE (GNU). */
const SWAPPED = '(){}|+?';

/** grep's message for a pattern it cannot compile. */
export class RegexError extends Error {}

/** Translates a POSIX pattern; throws RegexError with grep's wording when it is malformed. */
export function posixToJs(pattern: string, extended: boolean): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '[') {
      const end = bracketEnd(pattern, i);
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      out += bracket(pattern.slice(i + 1, end));
      i = end;
      continue;
    }
    let special = ch;
    let isSpecial = extended && SWAPPED.includes(ch);
    if (ch === '\\') {
      const next = pattern[++i];
      if (next === undefined) throw new RegexError('Trailing backslash');
      if (next === '<' || next === '>') {
        out += '\\b';
        continue;
      }
      if (!extended && SWAPPED.includes(next)) {
        special = next;
        isSpecial = true;
      } else {
        out += /[A-Za-z0-9]/.test(next) && !'wWsSbB'.includes(next) ? next : `\\${next}`;
        continue;
      }
    } else if (!extended && SWAPPED.includes(ch)) {
      out += `\\${ch}`;
      continue;
    }
    if (special === '*' && (out === '' || /(^|[^\\])[(|^]$/.test(out))) {
      out += '\\*'; // a leading `*` is literal (POSIX BRE; GNU ERE too)
      continue;
    }
    if (isSpecial && special === '(') depth++;
    if (isSpecial && special === ')' && --depth < 0) throw new RegexError('Unmatched ) or \\)');
    out += special;
  }
  if (depth > 0) throw new RegexError('Unmatched ( or \\(');
  return out;
}

/** Index of the `]` closing the bracket expression at `start` (a leading `]` or `^]` is literal), or -1. */
function bracketEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else if (p[i] === ']') return i;
  }
  return -1;
}

/** One bracket expression's body as a JavaScript class: classes expanded, backslashes literal. */
function bracket(body: string): string {
  const negate = body.startsWith('^');
  const inner = (negate ? body.slice(1) : body).replace(
    /\[:([a-z]+):\]|([\\\]^-])/g,
    (_m, cls: string | undefined, lit: string | undefined, at: number) => {
      if (cls !== undefined) {
        const r = own(CLASSES, cls);
        if (r === undefined) throw new RegexError('Invalid character class name');
        return r;
      }
      // `-` stays a range operator between two characters; `]` first and `\` are literal.
      return lit === '-' && at > 0 ? '-' : `\\${lit}`;
    },
  );
  return `[${negate ? '^' : ''}${inner}]`;
}
