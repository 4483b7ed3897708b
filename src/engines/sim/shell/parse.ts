/**
 * Turns a command line into a list of pipelines, the way a POSIX shell reads it: quotes, backslashes,
 * `$VAR`, `;`, `&&`, `||`, `|`, `&`, and `>`/`>>`/`<`/`2>` redirections. Variables stay unexpanded
 * here because `$?` must be read when each part runs, not when the line is parsed.
 */

/** A piece of a word: literal text, a `$NAME` to expand, or a leading `~`. */
export type WordPart = { kind: 'text'; text: string } | { kind: 'var'; name: string } | { kind: 'tilde' };
/** One shell word; `quoted` keeps `""` as an (empty) argument. */
export interface Word {
  parts: WordPart[];
  quoted: boolean;
}
/** A redirection such as `> file`. */
export interface Redirect {
  op: '>' | '>>' | '<' | '2>';
  target: Word;
}
/** One simple command. */
export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
}
/** A pipeline and the operator that follows it (`;` at the end). */
export interface ListItem {
  pipeline: SimpleCommand[];
  next: ';' | '&&' | '||';
  background: boolean;
}
/** The parse of a line, or bash's error message for it. */
export type ParseResult = { ok: true; items: ListItem[] } | { ok: false; error: string };

type Token = { t: 'word'; w: Word } | { t: 'op'; op: string };

const OPS = ['&&', '||', '>>', '2>', ';', '|', '&', '>', '<'];

/** Splits a line into words and operators; returns bash's message on an unclosed quote. */
export function lex(line: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    } // every char the word loop stops at must be consumed here
    if (ch === '#') break;
    const op = OPS.find((o) => line.startsWith(o, i)); // at a token start, so `2>` is a redirection here
    if (op) {
      tokens.push({ t: 'op', op });
      i += op.length;
      continue;
    }
    const parts: WordPart[] = [];
    let text = '';
    let quoted = false;
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    const readVar = (): void => {
      const braced = line[i + 1] === '{';
      const m = /^[A-Za-z_][A-Za-z0-9_]*|^[?$#0-9]/.exec(line.slice(i + (braced ? 2 : 1)));
      if (!m || (braced && line[i + 2 + m[0].length] !== '}')) {
        text += '$';
        i++;
        return;
      }
      flush();
      parts.push({ kind: 'var', name: m[0] });
      i += m[0].length + (braced ? 3 : 1);
    };
    if (ch === '~' && (i + 1 >= line.length || /[\s/;|&]/.test(line[i + 1] as string))) {
      parts.push({ kind: 'tilde' });
      i++;
    }
    while (i < line.length) {
      const c = line[i] as string;
      if (/[\s;|&<>]/.test(c)) break;
      if (c === '\\') {
        if (i + 1 < line.length) text += line[i + 1];
        i += 2;
        continue;
      }
      if (c === "'") {
        const end = line.indexOf("'", i + 1);
        if (end < 0) return "bash: unexpected EOF while looking for matching `''";
        text += line.slice(i + 1, end);
        quoted = true;
        i = end + 1;
        continue;
      }
      if (c === '"') {
        quoted = true;
        i++;
        while (i < line.length && line[i] !== '"') {
          const d = line[i] as string;
          if (d === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) {
            text += line[i + 1];
            i += 2;
          } else if (d === '$') readVar();
          else {
            text += d;
            i++;
          }
        }
        if (i >= line.length) return 'bash: unexpected EOF while looking for matching `"\'';
        i++;
        continue;
      }
      if (c === '$') {
        readVar();
        continue;
      }
      text += c;
      i++;
    }
    flush();
    tokens.push({ t: 'word', w: { parts, quoted } });
  }
  return tokens;
}

/** Parses a line into list items; syntax errors read like bash's. */
export function parseLine(line: string): ParseResult {
  const tokens = lex(line);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  const items: ListItem[] = [];
  let pipeline: SimpleCommand[] = [];
  let cmd: SimpleCommand = { words: [], redirects: [] };
  const syntax = (tok: string): ParseResult => ({
    ok: false,
    error: `bash: syntax error near unexpected token \`${tok}'`,
  });
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.t === 'word') {
      cmd.words.push(tok.w);
      continue;
    }
    if (tok.op === '>' || tok.op === '>>' || tok.op === '<' || tok.op === '2>') {
      const target = tokens[k + 1];
      if (!target || target.t !== 'word') return target ? syntax((target as { op: string }).op) : syntax('newline');
      cmd.redirects.push({ op: tok.op, target: target.w });
      k++;
      continue;
    }
    if (cmd.words.length === 0) return syntax(tok.op);
    pipeline.push(cmd);
    cmd = { words: [], redirects: [] };
    if (tok.op === '|') continue;
    items.push({ pipeline, next: tok.op === '&' ? ';' : (tok.op as ';' | '&&' | '||'), background: tok.op === '&' });
    pipeline = [];
  }
  if (cmd.words.length > 0) pipeline.push(cmd);
  else if (pipeline.length > 0 || cmd.redirects.length > 0)
    return { ok: false, error: 'bash: syntax error: unexpected end of file' };
  else if (items.length > 0 && items.at(-1)?.next !== ';')
    return { ok: false, error: 'bash: syntax error: unexpected end of file' };
  if (pipeline.length > 0) items.push({ pipeline, next: ';', background: false });
  return { ok: true, items };
}

/** Expands a word's variables; `lookup` answers `$?`, `$HOME`… at the moment the command runs. */
export function expandWord(word: Word, lookup: (name: string) => string): string {
  return word.parts
    .map((p) => (p.kind === 'text' ? p.text : p.kind === 'tilde' ? lookup('HOME') : lookup(p.name)))
    .join('');
}

/** Expands a command's words to argv (no word splitting: a simplification the course never needs). */
export function expandArgv(words: Word[], lookup: (name: string) => string): string[] {
  const argv: string[] = [];
  for (const w of words) {
    const s = expandWord(w, lookup);
    if (s !== '' || w.quoted) argv.push(s);
  }
  return argv;
}
