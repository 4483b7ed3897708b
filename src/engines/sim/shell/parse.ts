/**
 * A recursive-descent parser for the part of the POSIX shell grammar (XCU 2.10.2) the simulator runs:
 * lists, `&&`/`||`, pipelines with `!`, simple commands with assignments and redirections, `{ …; }`,
 * `( … )`, `for`, `if`/`elif`/`else`, `while` and `until`. `case`, functions, here-documents, `[[` and
 * `((` parse to one honest "not simulated" answer for the whole line.
 */
import type { AndOr, Assign, Command, List, Pipeline, Redirect, Word } from './ast';
import { assignment, CLOSERS, MAX_DEPTH, REDIRS, UNSUPPORTED } from './grammar';
import { Lexer, ShellSyntaxError, ShellUnsupported, type Token } from './lex';
import { own } from '../own';

export { ShellSyntaxError, ShellUnsupported };

/** The parse of a line: its list, or why it cannot run. */
export type ParseResult = { ok: true; list: List } | { ok: false; error: ShellSyntaxError | ShellUnsupported };

/** Parses a whole line or script, as `shell` reads it. */
export function parseLine(src: string, shell: 'bash' | 'sh' = 'bash'): ParseResult {
  try {
    return { ok: true, list: parseTokens(new Lexer(src, parseTokens, 0, shell).tokens(), 0, shell) };
  } catch (e) {
    if (e instanceof ShellSyntaxError || e instanceof ShellUnsupported) return { ok: false, error: e };
    throw e;
  }
}

/** Parses tokens (of a line or of a `$(…)`) into a list; throws a ShellSyntaxError. */
function parseTokens(tokens: Token[], depth: number, shell: 'bash' | 'sh'): List {
  const p = new Parser(tokens, depth, shell);
  const list = p.list(new Set());
  p.end();
  return list;
}

class Parser {
  private k = 0;
  /** The closing words BusyBox names in `unexpected end of file (expecting "done")`. */
  private expecting: string[] = [];

  constructor(
    private readonly toks: Token[],
    private depth: number,
    private readonly shell: 'bash' | 'sh',
  ) {}

  private peek(): Token | undefined {
    return this.toks[this.k];
  }
  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t?.t === 'op' && ops.includes(t.op);
  }
  private isWord(w: string): boolean {
    const t = this.peek();
    return t?.t === 'word' && t.plain === w;
  }
  private skipNewlines(): void {
    while (this.isOp('\n')) this.k++;
  }

  /** bash's `syntax error near unexpected token` / ash's `syntax error: unexpected`. */
  private unexpected(expect?: string): ShellSyntaxError {
    const t = this.peek();
    if (t === undefined) {
      const want = this.expecting.at(-1);
      return new ShellSyntaxError(
        'syntax error: unexpected end of file',
        `syntax error: unexpected end of file${want ? ` (expecting "${want}")` : ''}`,
      );
    }
    const text = t.t === 'op' ? (t.op === '\n' ? 'newline' : t.op) : t.raw;
    const ash =
      t.t === 'word' && (t.plain === undefined || !(CLOSERS.has(t.plain) || t.plain === '!'))
        ? `syntax error: unexpected word${expect ? ` (expecting "${expect}")` : ''}`
        : `syntax error: unexpected ${t.t === 'op' && t.op === '\n' ? 'newline' : `"${text}"`}`;
    return new ShellSyntaxError(`syntax error near unexpected token \`${text}'`, ash);
  }

  /** Fails unless every token was used. */
  end(): void {
    if (this.k < this.toks.length) throw this.unexpected();
  }

  /** and-or lists separated by `;`, `&` or newlines, until EOF or one of `stops`. */
  list(stops: Set<string>): List {
    const items: AndOr[] = [];
    this.skipNewlines();
    while (this.peek() && !this.atStop(stops)) {
      const ao = this.andOr();
      items.push(ao);
      if (this.isOp(';', '&', '\n')) {
        ao.background = this.isOp('&');
        this.k++;
        this.skipNewlines();
      } else if (this.peek() && !this.atStop(stops)) throw this.unexpected();
    }
    return items;
  }

  private atStop(stops: Set<string>): boolean {
    const t = this.peek();
    if (!t) return false;
    if (t.t === 'op') return t.op === ')' && stops.has(')');
    return t.plain !== undefined && stops.has(t.plain);
  }

  /** A list that must hold at least one command (`then fi` is an error). */
  private body(stops: string[]): List {
    const list = this.list(new Set(stops));
    if (list.length === 0 || !this.peek()) throw this.unexpected();
    return list;
  }

  private expect(word: string): void {
    if (!this.isWord(word)) throw this.unexpected(word);
    this.k++;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    while (this.isOp('&&', '||')) {
      const op = (this.peek() as { op: '&&' | '||' }).op;
      this.k++;
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline() });
    }
    return { first, rest, background: false };
  }

  private pipeline(): Pipeline {
    // bash's reserved word `time [-p]` times the whole pipeline (bash(1), "Pipelines"); in ash it is a program.
    let timed: Pipeline['timed'];
    if (this.shell === 'bash' && this.isWord('time')) {
      this.k++;
      timed = { posix: this.isWord('-p') };
      if (timed.posix) this.k++;
      const t = this.peek();
      // `time` alone (or before `;`, `&&`…) times nothing: bash prints zeros.
      if (t === undefined || (t.t === 'op' && t.op !== '(' && t.op !== '!'))
        return {
          bang: false,
          commands: [{ type: 'simple', assigns: [], words: [], redirects: [] }],
          pipeStderr: [false],
          timed,
        };
    }
    let bang = false;
    // bash takes `! ! cmd` (negated twice); ash refuses a second `!`.
    for (let n = 0; this.isWord('!'); this.k++, n++) {
      if (n === 1 && this.shell === 'sh') throw this.unexpected();
      bang = !bang;
    }
    const commands = [this.command()];
    const pipeStderr: boolean[] = [];
    while (this.isOp('|', '|&')) {
      pipeStderr.push(this.isOp('|&'));
      this.k++;
      this.skipNewlines();
      commands.push(this.command());
    }
    pipeStderr.push(false);
    return { bang, commands, pipeStderr, ...(timed ? { timed } : {}) };
  }

  private command(): Command {
    const t = this.peek();
    if (t === undefined) throw this.unexpected();
    if (++this.depth > MAX_DEPTH)
      throw new ShellSyntaxError(
        'compound commands nested too deeply (the simulator stops at 64 levels)',
        'compound commands nested too deeply (the simulator stops at 64 levels)',
      );
    try {
      if (t.t === 'op' && t.op === '(') {
        if (t.arith) throw new ShellUnsupported('((', UNSUPPORTED['(('] as string);
        this.k++;
        const body = this.nested(')', () => this.body([')']));
        if (!this.isOp(')')) throw this.unexpected();
        this.k++;
        return { type: 'group', subshell: true, body, redirects: this.redirects() };
      }
      const w = t.t === 'word' ? t.plain : undefined;
      const why = w === undefined ? undefined : own(UNSUPPORTED, w);
      if (w !== undefined && why !== undefined) throw new ShellUnsupported(w, why);
      if (w === 'for') return this.forCmd();
      if (w === 'if') return this.ifCmd();
      if (w === 'while' || w === 'until') return this.loop(w === 'until');
      if (w === '{') {
        this.k++;
        const body = this.nested('}', () => this.body(['}']));
        this.expect('}');
        return { type: 'group', subshell: false, body, redirects: this.redirects() };
      }
      if (w !== undefined && CLOSERS.has(w)) throw this.unexpected();
      return this.simple();
    } finally {
      this.depth--;
    }
  }

  private nested<T>(closer: string, f: () => T): T {
    this.expecting.push(closer);
    try {
      return f();
    } finally {
      this.expecting.pop();
    }
  }

  private forCmd(): Command {
    this.k++;
    const t = this.peek();
    if (t?.t !== 'word') throw this.unexpected();
    if (t.plain === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.plain))
      throw new ShellSyntaxError(`\`${t.raw}': not a valid identifier`, 'syntax error: bad for loop variable');
    this.k++;
    let items: Word[] | null = null;
    this.skipNewlines();
    if (this.isWord('in')) {
      this.k++;
      items = [];
      for (let w = this.peek(); w?.t === 'word'; w = this.peek()) {
        items.push(w.w);
        this.k++;
      }
      if (!this.isOp(';', '\n')) throw this.unexpected();
      this.k++;
    } else if (this.isOp(';')) this.k++;
    this.skipNewlines();
    return this.nested('done', () => {
      this.expect('do');
      const body = this.body(['done']);
      this.expect('done');
      return { type: 'for', name: t.plain as string, items, body, redirects: this.redirects() };
    });
  }

  private ifCmd(): Command {
    this.k++;
    return this.nested('fi', () => {
      const clauses: Array<{ cond: List; body: List }> = [];
      let otherwise: List | null = null;
      for (;;) {
        const cond = this.body(['then']);
        this.expect('then');
        clauses.push({ cond, body: this.body(['elif', 'else', 'fi']) });
        if (this.isWord('elif')) {
          this.k++;
          continue;
        }
        if (this.isWord('else')) {
          this.k++;
          otherwise = this.body(['fi']);
        }
        this.expect('fi');
        return { type: 'if', clauses, otherwise, redirects: this.redirects() };
      }
    });
  }

  private loop(until: boolean): Command {
    this.k++;
    return this.nested('done', () => {
      const cond = this.body(['do']);
      this.expect('do');
      const body = this.body(['done']);
      this.expect('done');
      return { type: 'loop', until, cond, body, redirects: this.redirects() };
    });
  }

  private redirects(): Redirect[] {
    const out: Redirect[] = [];
    while (this.isRedirect()) out.push(this.redirect());
    return out;
  }

  private isRedirect(): boolean {
    const t = this.peek();
    return t?.t === 'op' && REDIRS.has(t.op);
  }

  private redirect(): Redirect {
    const t = this.peek() as { op: string; fd?: number };
    const opWhy = own(UNSUPPORTED, t.op);
    if (opWhy !== undefined) throw new ShellUnsupported(t.op, opWhy);
    this.k++;
    const target = this.peek();
    if (target?.t === 'op' && target.op === '(')
      throw new ShellUnsupported('process substitution', 'it exists in the real bash');
    if (target?.t !== 'word') {
      if (target === undefined)
        throw new ShellSyntaxError(
          "syntax error near unexpected token `newline'",
          'syntax error: unexpected end of file',
        );
      throw this.unexpected();
    }
    this.k++;
    const op = (t.op === '>|' ? '>' : t.op) as Redirect['op'];
    return { fd: t.fd ?? (op[0] === '<' ? 0 : 1), op, target: target.w, raw: target.raw };
  }

  private simple(): Command {
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const t = this.peek();
      if (this.isRedirect()) redirects.push(this.redirect());
      else if (t?.t === 'word') {
        this.k++;
        const a = words.length === 0 ? assignment(t.w) : null;
        if (a) assigns.push(a);
        else words.push(t.w);
        if (a && a.value.parts.length === 0 && this.isOp('(') && this.shell === 'bash')
          throw new ShellUnsupported('arrays', 'they exist in the real bash');
        if (words.length === 1 && this.isOp('('))
          throw new ShellUnsupported('function definitions', 'they exist in the real bash and sh');
      } else break;
    }
    if (!assigns.length && !words.length && !redirects.length) throw this.unexpected();
    return { type: 'simple', assigns, words, redirects };
  }
}
