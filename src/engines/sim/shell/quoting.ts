/** Small pieces of the tokenizer: its two kinds of error, ANSI-C quoting and unreadable `${…}`. */
import type { WordPart } from './ast';

/** A syntax error, worded as bash and as BusyBox ash print it (without the `bash: `/`sh: ` prefix). */
export class ShellSyntaxError {
  constructor(
    readonly bash: string,
    readonly sh: string,
  ) {}
}

/** A construct that exists in the real shells but that the simulator does not run (here-documents, `case`). */
export class ShellUnsupported {
  constructor(
    readonly what: string,
    readonly why: string,
  ) {}
}

/** `$'…'` from `start` (at the `$`): backslash escapes as in C (bash manual 3.1.2.4 "ANSI-C Quoting"; ash
 * has them too). Returns the text and where the closing quote ends, or null when it is not closed. */
export function ansiC(src: string, start: number): { text: string; end: number } | null {
  const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' }; // prettier-ignore
  let out = '';
  let j = start + 2;
  for (; j < src.length && src[j] !== "'"; j++) {
    const c = src[j] as string;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const rest = src.slice(j + 1, j + 4);
    const num = /^[0-7]{1,3}/.exec(rest) ?? /^x[0-9A-Fa-f]{1,2}/.exec(rest);
    if (num) {
      out += String.fromCharCode(parseInt(num[0].replace(/^x/, ''), num[0][0] === 'x' ? 16 : 8));
      j += num[0].length;
    } else if ((rest[0] ?? '') in simple) {
      out += simple[rest[0] as string];
      j++;
    } else out += c;
  }
  return j >= src.length ? null : { text: out, end: j + 1 };
}

/**
 * A `${…}` bash cannot read, from `start` (the `$`) to its matching `}` searched from `from`: kept as
 * text for bash's `${…}: bad substitution` when expanded. Arrays (`${a[0]}`) and indirection (`${!x}`)
 * are bash features the simulator leaves out (ash has neither: a bad substitution there). Null when no
 * `}` closes it.
 */
export function badSubstitution(
  src: string,
  start: number,
  from: number,
  quoted: boolean,
  shell: 'bash' | 'sh',
): { part: WordPart; end: number } | null {
  let depth = 0;
  let i = from;
  for (; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && depth-- === 0) break;
  }
  if (i >= src.length) return null;
  const text = src.slice(start, i + 1);
  const bashOnly = /^\$\{[#!]?[A-Za-z_][A-Za-z0-9_]*\[/.test(text)
    ? 'arrays'
    : /^\$\{![A-Za-z_]/.test(text)
      ? 'indirect expansion (${!name})'
      : undefined;
  const part: WordPart =
    shell === 'bash' && bashOnly ? { kind: 'bad', text, quoted, unsupported: bashOnly } : { kind: 'bad', text, quoted };
  return { part, end: i + 1 };
}
