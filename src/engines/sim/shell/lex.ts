/**
 * The tokenizer of XCU 2.3 ("Token Recognition"): operators, words with their quotes (2.2), and the
 * expansions a word may hold (2.6: `$NAME`, `${…}`, `$(…)`, backquotes, `$((…))`, `~`). A command
 * substitution's inside is tokenized here and handed to the parser through `parseSub`, so this module
 * does not import the parser.
 */
import type { List, ParamOp, Word, WordPart } from './ast';
import { ansiC, badSubstitution, ShellSyntaxError, ShellUnsupported } from './quoting';

export { ShellSyntaxError, ShellUnsupported };

/** Operators, longest first (XCU 2.10.1 plus bash's `|&`, `&>` and `&>>`). */
const OPS = ['&>>', '<<<', '<<-', '&&', '||', ';;', '|&', '&>', '>>', '>&', '<&', '>|', '<>', '<<', ';', '|', '&', '(', ')', '<', '>', '\n']; // prettier-ignore
/** Where a word ends: blanks and the first characters of operators. */
const BREAK = /[\s;|&<>()]/;
/** Nesting of `$(…)`, backquotes and `${…}` allowed before the lexer refuses (bash has no fixed limit). */
export const MAX_SUBST_DEPTH = 24;

const TOO_DEEP = new ShellSyntaxError(
  `expansions nested too deeply (the simulator stops at ${MAX_SUBST_DEPTH} levels)`,
  `expansions nested too deeply (the simulator stops at ${MAX_SUBST_DEPTH} levels)`,
);

/** A token: a word (with its plain text when it has no quotes or expansions, for reserved words) or an operator. */
export type Token =
  | { t: 'word'; w: Word; raw: string; plain?: string }
  /** `arith`: a `(` glued to another `(`, as bash's `((` arithmetic command begins. */
  | { t: 'op'; op: string; fd?: number; arith?: boolean };

type Mode = 'normal' | 'dquote' | 'brace' | 'arith';

/** Parses the tokens of a `$(…)` into a list (the parser's own entry point, injected). */
export type ParseSub = (tokens: Token[], depth: number, shell: 'bash' | 'sh') => List;

const unclosed = (ch: string, sh: string) =>
  new ShellSyntaxError(`unexpected EOF while looking for matching \`${ch}'`, sh);

/** Reads one line (or a script) into tokens. */
export class Lexer {
  private i = 0;
  /** `${…}` open around the current position (`${a:-${b:-…}}` nests). */
  private braces = 0;

  constructor(
    private readonly src: string,
    private readonly parseSub: ParseSub,
    private readonly depth = 0,
    /** Which shell reads the line: only bash knows `$"…"`. */
    private readonly shell: 'bash' | 'sh' = 'bash',
  ) {
    if (depth > MAX_SUBST_DEPTH) throw TOO_DEEP;
  }

  /** All tokens up to the end, or up to the `)` that closes a `$(` (consumed) when `close` is set. */
  tokens(close = false): Token[] {
    const out: Token[] = [];
    let parens = 0;
    for (;;) {
      this.skipBlanks();
      const ch = this.src[this.i];
      if (ch === undefined) {
        if (close) throw unclosed(')', 'syntax error: unexpected end of file (expecting ")")');
        return out;
      }
      if (ch === '#') {
        while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++;
        continue;
      }
      const fd = /^\d+(?=[<>])/.exec(this.src.slice(this.i, this.i + 12));
      const opStart = this.i + (fd ? fd[0].length : 0);
      const op = OPS.find((o) => this.src.startsWith(o, opStart));
      if (op && (!fd || op[0] === '<' || op[0] === '>')) {
        this.i = opStart + op.length;
        if (op === '(') parens++;
        if (op === ')' && close && parens-- === 0) return out;
        if (fd) out.push({ t: 'op', op, fd: Number(fd[0]) });
        else if (op === '(' && this.src[this.i] === '(') out.push({ t: 'op', op, arith: true });
        else out.push({ t: 'op', op });
        continue;
      }
      const start = this.i;
      const parts = this.word('normal');
      const raw = this.src.slice(start, this.i);
      const plain = parts.length === 1 && parts[0]?.kind === 'text' && raw === parts[0].text ? raw : undefined;
      out.push(plain === undefined ? { t: 'word', w: { parts }, raw } : { t: 'word', w: { parts }, raw, plain });
    }
  }

  private skipBlanks(): void {
    while (this.i < this.src.length) {
      const c = this.src[this.i] as string;
      if (c === '\\' && this.src[this.i + 1] === '\n') this.i += 2;
      else if (c !== '\n' && /\s/.test(c)) this.i++;
      else break;
    }
  }

  /** Reads the parts of one word; `mode` says which characters end it and which quotes apply. */
  private word(mode: Mode, quoted = mode === 'dquote'): WordPart[] {
    const parts: WordPart[] = [];
    let text = '';
    const flush = (q = quoted) => {
      if (text) parts.push({ kind: 'text', text, quoted: q });
      text = '';
    };
    if (mode === 'normal' && this.src[this.i] === '~') {
      const m = /^~([A-Za-z_][A-Za-z0-9_.-]*|[+-])?(?=$|[/\s;|&<>()])/.exec(this.src.slice(this.i, this.i + 40));
      if (m && !(this.shell === 'sh' && (m[1] === '+' || m[1] === '-'))) {
        parts.push(m[1] ? { kind: 'tilde', user: m[1] } : { kind: 'tilde' });
        this.i += m[0].length;
      }
    }
    while (this.i < this.src.length) {
      const c = this.src[this.i] as string;
      if (mode === 'normal' && BREAK.test(c)) break;
      if (mode === 'dquote' && c === '"') break;
      if (mode === 'brace' && c === '}') break;
      if (c === '\\') {
        const next = this.src[this.i + 1];
        this.i += 2;
        if (next === undefined) text += '\\';
        else if (next === '\n') continue;
        else if (mode === 'dquote' || mode === 'arith') text += /[$`"\\]/.test(next) ? next : `\\${next}`;
        else {
          flush();
          text = next; // a backslash quotes the next character (XCU 2.2.1)
          flush(true);
        }
        continue;
      }
      if (c === "'" && mode !== 'dquote') {
        const end = this.src.indexOf("'", this.i + 1);
        if (end < 0) throw unclosed("'", 'syntax error: unterminated quoted string');
        flush();
        text = this.src.slice(this.i + 1, end);
        flush(true);
        if (end === this.i + 1) parts.push({ kind: 'text', text: '', quoted: true });
        this.i = end + 1;
        continue;
      }
      if (c === '"' && mode !== 'dquote') {
        flush();
        this.i++;
        const inner = this.word('dquote');
        if (this.src[this.i] !== '"') throw unclosed('"', 'syntax error: unterminated quoted string');
        this.i++;
        parts.push(...(inner.length ? inner : [{ kind: 'text' as const, text: '', quoted: true }]));
        continue;
      }
      if (c === '$' && mode !== 'dquote' && this.src[this.i + 1] === "'") {
        flush();
        const q = ansiC(this.src, this.i);
        if (!q) throw unclosed("'", 'syntax error: unterminated quoted string');
        text = q.text;
        this.i = q.end;
        flush(true);
        continue;
      }
      if (c === '$' && mode !== 'dquote' && this.shell === 'bash' && this.src[this.i + 1] === '"') {
        this.i++; // `$"…"` is a translatable string: in the C locale, the same as `"…"`
        continue;
      }
      if (c === '$' || c === '`') {
        const part = c === '`' ? this.backquote(quoted) : this.dollar(quoted);
        if (part) {
          flush();
          parts.push(part);
          continue;
        }
      }
      text += c;
      this.i++;
    }
    flush();
    return parts;
  }

  /** `$NAME`, `${…}`, `$(…)`, `$((…))`; null for a `$` that is just a character. */
  private dollar(quoted: boolean): WordPart | null {
    const rest = this.src.slice(this.i + 1, this.i + 3);
    if (rest.startsWith('((')) return this.arith(quoted);
    if (rest.startsWith('[') && this.shell === 'bash') return this.oldArith(quoted);
    if (rest.startsWith('(')) {
      this.i += 2;
      const sub = new Lexer(this.src, this.parseSub, this.depth + 1, this.shell);
      sub.i = this.i;
      const toks = sub.tokens(true);
      this.i = sub.i;
      return { kind: 'cmdsub', body: this.parseSub(toks, this.depth + 1, this.shell), quoted };
    }
    if (rest.startsWith('{')) return this.brace(quoted);
    const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[?$#!@*0-9-])/.exec(this.src.slice(this.i + 1, this.i + 200));
    if (!m) return null;
    this.i += 1 + m[0].length;
    return { kind: 'param', name: m[0], op: null, quoted };
  }

  /** `$((expr))`: the inside is a word of its own, expanded before it is evaluated (XCU 2.6.4). */
  private arith(quoted: boolean): WordPart {
    let depth = 0;
    let j = this.i + 3;
    for (; j < this.src.length; j++) {
      const c = this.src[j];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) depth--;
        else if (this.src[j + 1] === ')') break;
        else throw unclosed(')', "syntax error: missing '))'");
      }
    }
    if (j >= this.src.length) throw unclosed(')', "syntax error: missing '))'");
    const sub = new Lexer(this.src.slice(this.i + 3, j), this.parseSub, this.depth + 1, this.shell);
    const expr = { parts: sub.word('arith') };
    this.i = j + 2;
    return { kind: 'arith', expr, quoted };
  }

  /** `$[expr]`: bash's old spelling of `$((expr))`. */
  private oldArith(quoted: boolean): WordPart {
    const end = this.src.indexOf(']', this.i + 2);
    if (end < 0) throw unclosed(']', "syntax error: missing ']'");
    const sub = new Lexer(this.src.slice(this.i + 2, end), this.parseSub, this.depth + 1, this.shell);
    const expr = { parts: sub.word('arith') };
    this.i = end + 1;
    return { kind: 'arith', expr, quoted };
  }

  /** `` `cmd` ``: backslash keeps its meaning only before `$`, `` ` `` and `\` (XCU 2.6.3). */
  private backquote(quoted: boolean): WordPart {
    let inner = '';
    let j = this.i + 1;
    for (; j < this.src.length && this.src[j] !== '`'; j++) {
      const c = this.src[j] as string;
      if (c === '\\' && /[$`\\]/.test(this.src[j + 1] ?? '')) inner += this.src[++j];
      else inner += c;
    }
    if (j >= this.src.length) throw unclosed('`', 'syntax error: EOF in backquote substitution');
    this.i = j + 1;
    const sub = new Lexer(inner, this.parseSub, this.depth + 1, this.shell);
    return { kind: 'cmdsub', body: this.parseSub(sub.tokens(), this.depth + 1, this.shell), quoted };
  }

  /** `${NAME}`, `${#NAME}`, `${NAME:-word}`… (XCU 2.6.2); what bash cannot read becomes a `bad` part. */
  private brace(quoted: boolean): WordPart {
    if (++this.braces + this.depth > MAX_SUBST_DEPTH) throw TOO_DEEP;
    try {
      return this.braceBody(quoted);
    } finally {
      this.braces--;
    }
  }

  private braceBody(quoted: boolean): WordPart {
    const start = this.i;
    this.i += 2;
    const src = this.src;
    const closeAt = () => {
      if (src[this.i] !== '}') throw unclosed('}', "syntax error: missing '}'");
      this.i++;
    };
    const head = /^(#?)([A-Za-z_][A-Za-z0-9_]*|\d+|[?$#!@*-])/.exec(src.slice(this.i, this.i + 200));
    if (!head || (head[1] && src[this.i + head[0].length] !== '}')) {
      // `${#}` is the number of positional parameters; anything else unreadable is a bad substitution.
      if (src.startsWith('#}', this.i)) {
        this.i += 2;
        return { kind: 'param', name: '#', op: null, quoted };
      }
      return this.skipBad(start, quoted);
    }
    this.i += head[0].length;
    const name = head[2] as string;
    if (head[1]) {
      closeAt();
      return { kind: 'param', name, op: 'length', quoted };
    }
    if (src[this.i] === '}') {
      this.i++;
      return { kind: 'param', name, op: null, quoted };
    }
    const opm = /^(?::[-=+?]|[-=+?]|##|#|%%|%|\/\/|\/|:)/.exec(src.slice(this.i, this.i + 2));
    if (!opm) return this.skipBad(start, quoted);
    this.i += opm[0].length;
    if (opm[0] === ':') return this.substring(name, quoted);
    const arg = { parts: this.word('brace', quoted) };
    let arg2: Word | undefined;
    if (opm[0] === '/' || opm[0] === '//') {
      // `${x/pat/rep}`: the pattern ends at the first unquoted `/`.
      const at = arg.parts.findIndex((p) => p.kind === 'text' && !p.quoted && p.text.includes('/'));
      if (at >= 0) {
        const p = arg.parts[at] as { kind: 'text'; text: string; quoted: boolean };
        const k = p.text.indexOf('/');
        const before = p.text.slice(0, k);
        const after = p.text.slice(k + 1);
        arg2 = { parts: [...(after ? [{ ...p, text: after }] : []), ...arg.parts.slice(at + 1)] };
        arg.parts = [...arg.parts.slice(0, at), ...(before ? [{ ...p, text: before }] : [])];
      }
    }
    closeAt();
    return { kind: 'param', name, op: opm[0] as ParamOp, arg, ...(arg2 ? { arg2 } : {}), quoted };
  }

  /** `${x:off}` and `${x:off:len}`: both are arithmetic words. */
  private substring(name: string, quoted: boolean): WordPart {
    const body = { parts: this.word('brace', quoted) };
    if (this.src[this.i] !== '}') throw unclosed('}', "syntax error: missing '}'");
    this.i++;
    const at = body.parts.findIndex((p) => p.kind === 'text' && !p.quoted && p.text.includes(':'));
    let arg2: Word | undefined;
    if (at >= 0) {
      const p = body.parts[at] as { kind: 'text'; text: string; quoted: boolean };
      const k = p.text.indexOf(':');
      arg2 = { parts: [{ ...p, text: p.text.slice(k + 1) }, ...body.parts.slice(at + 1)] };
      body.parts = [...body.parts.slice(0, at), { ...p, text: p.text.slice(0, k) }];
    }
    return { kind: 'param', name, op: 'substring', arg: body, ...(arg2 ? { arg2 } : {}), quoted };
  }

  /** Skips to the matching `}`: a substitution bash reads as an error when it is expanded. */
  private skipBad(start: number, quoted: boolean): WordPart {
    const r = badSubstitution(this.src, start, this.i, quoted, this.shell);
    if (!r) throw unclosed('}', "syntax error: missing '}'");
    this.i = r.end;
    return r.part;
  }
}
