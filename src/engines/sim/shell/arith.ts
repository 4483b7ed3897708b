/**
 * Shell arithmetic, `$((…))` (bash manual, "Shell Arithmetic"; POSIX XCU 2.6.4): 64-bit signed
 * integers that wrap, C's operators and precedence, variables evaluated as expressions themselves.
 * Built the way bash's expr.c is (one token of look-ahead, `lasttp` marking the last token read) so
 * that its errors name the same "error token".
 */

/** Variables as arithmetic sees them. */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** An arithmetic error: bash's message and token, and BusyBox ash's shorter wording. */
export class ArithError {
  constructor(
    readonly bash: string,
    readonly sh: string,
  ) {}
}

/**
 * Nesting (parentheses, unary operators, right-associative chains, variables holding expressions) at
 * which evaluation stops with bash's "expression recursion level exceeded". bash stops at 1024; the
 * simulator at 256, so that the JavaScript stack is never the limit.
 */
const MAX_RECURSION = 256;
const OPS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=', '+', '-', '*', '/', '%', '<', '>', '=', '&', '^', '|', '!', '~', '?', ':', '(', ')', ',']; // prettier-ignore
const ASSIGN = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);
/** Binary operators by precedence, lowest first (bash's expr.c, from `||` down to `*`). */
const LEVELS = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<=', '>=', '<', '>'], ['<<', '>>'], ['+', '-'], ['*', '/', '%']]; // prettier-ignore

type Tok = { k: 'num'; v: bigint } | { k: 'id'; name: string } | { k: 'op'; op: string } | { k: 'eof' };
/** A value, and the variable it came from when it can be assigned to. */
type Operand = { v: bigint; name?: undefined } | { v?: undefined; name: string };

const wrap = (v: bigint) => BigInt.asIntN(64, v);

/** Evaluates `expr`; throws ArithError. */
export function evalArith(expr: string, vars: ArithVars, nesting = { depth: 0 }): bigint {
  if (nesting.depth > MAX_RECURSION)
    throw new ArithError(
      `${expr}: expression recursion level exceeded (error token is "${expr}")`,
      'arithmetic syntax error',
    );
  if (expr.trim() === '') return 0n;
  return new Evaluator(expr, vars, nesting).run();
}

class Evaluator {
  private pos = 0;
  private lasttp = 0;
  private tok: Tok = { k: 'eof' };
  /** Inside the branch `&&`, `||` or `?:` does not take: no assignments, no division errors. */
  private noeval = 0;

  constructor(
    private readonly src: string,
    private readonly vars: ArithVars,
    /** Shared with the evaluations of variables' expressions, so the bound counts all of them. */
    private readonly nesting: { depth: number },
  ) {}

  /** Runs one nested step (a parenthesis, a unary operator…) within the recursion bound. */
  private nested<T>(f: () => T): T {
    if (++this.nesting.depth > MAX_RECURSION) this.fail('expression recursion level exceeded');
    try {
      return f();
    } finally {
      this.nesting.depth--;
    }
  }

  run(): bigint {
    this.next();
    const v = this.value(this.comma());
    if (this.tok.k !== 'eof') this.fail('syntax error in expression');
    return v;
  }

  private fail(msg: string, ash = 'arithmetic syntax error'): never {
    throw new ArithError(`${this.src.trimStart()}: ${msg} (error token is "${this.src.slice(this.lasttp)}")`, ash);
  }

  private next(): void {
    const s = this.src;
    while (this.pos < s.length && /\s/.test(s[this.pos] as string)) this.pos++;
    if (this.pos >= s.length) {
      this.tok = { k: 'eof' };
      return;
    }
    this.lasttp = this.pos;
    const rest = s.slice(this.pos);
    const num = /^[0-9][0-9A-Za-z@_#]*/.exec(rest);
    if (num) {
      this.pos += num[0].length;
      this.tok = { k: 'num', v: this.number(num[0]) };
      return;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (id) {
      this.pos += id[0].length;
      this.tok = { k: 'id', name: id[0] };
      return;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (!op) this.fail('syntax error: invalid arithmetic operator');
    this.pos += op.length;
    this.tok = { k: 'op', op };
  }

  /** `255`, `0377`, `0xff`, `16#ff`, `64#_`. */
  private number(text: string): bigint {
    let base = 10;
    let digits = text;
    const hash = text.indexOf('#');
    if (hash >= 0) {
      base = Number(text.slice(0, hash));
      digits = text.slice(hash + 1);
      if (!/^\d+$/.test(text.slice(0, hash)) || base < 2 || base > 64) this.fail('invalid arithmetic base');
    } else if (/^0[xX]/.test(text)) {
      base = 16;
      digits = text.slice(2);
    } else if (text.length > 1 && text[0] === '0') {
      base = 8;
      digits = text.slice(1);
    }
    let v = 0n;
    for (const ch of digits) {
      const d = digitOf(ch, base);
      if (d === undefined) this.fail('invalid number');
      if (d >= base) this.fail('value too great for base');
      v = wrap(v * BigInt(base) + BigInt(d));
    }
    return v;
  }

  private isOp(...ops: string[]): boolean {
    return this.tok.k === 'op' && ops.includes(this.tok.op);
  }
  private opText(): string {
    return this.tok.k === 'op' ? this.tok.op : '';
  }

  /** The value of an operand; a variable's text is itself an expression (`x=3+4; $((x*2))` is 14). */
  private value(o: Operand): bigint {
    if (o.v !== undefined) return o.v;
    const text = this.vars.get(o.name);
    if (text === undefined || text === '' || this.noeval) return 0n;
    return this.nested(() => evalArith(text, this.vars, this.nesting));
  }

  private assign(name: string, v: bigint): bigint {
    if (!this.noeval) this.vars.set(name, String(v));
    return v;
  }

  private comma(): Operand {
    let o = this.assignment();
    while (this.isOp(',')) {
      this.value(o);
      this.next();
      o = this.assignment();
    }
    return o;
  }

  private assignment(): Operand {
    const left = this.conditional();
    if (this.tok.k !== 'op' || !ASSIGN.has(this.tok.op)) return left;
    const op = this.tok.op;
    if (left.name === undefined) this.fail('attempted assignment to non-variable');
    this.next();
    const right = this.value(this.nested(() => this.assignment()));
    const v = op === '=' ? right : this.binary(op.slice(0, -1), this.value(left), right);
    return { v: this.assign(left.name, v) };
  }

  private conditional(): Operand {
    const cond = this.level(0);
    if (!this.isOp('?')) return cond;
    const c = this.value(cond);
    this.next();
    if (c === 0n) this.noeval++;
    const a = this.value(this.nested(() => this.comma()));
    if (c === 0n) this.noeval--;
    if (!this.isOp(':')) this.fail("`:' expected for conditional expression", 'malformed ?: operator');
    this.next();
    if (c !== 0n) this.noeval++;
    const b = this.value(this.nested(() => this.conditional()));
    if (c !== 0n) this.noeval--;
    return { v: c !== 0n ? a : b };
  }

  /** Left-associative binary operators of precedence `i`; `&&` and `||` short-circuit. */
  private level(i: number): Operand {
    if (i >= LEVELS.length) return this.power();
    let left = this.level(i + 1);
    const ops = LEVELS[i] as string[];
    while (this.isOp(...ops)) {
      const op = this.opText();
      const l = this.value(left);
      this.next();
      const skip = (op === '&&' && l === 0n) || (op === '||' && l !== 0n);
      if (skip) this.noeval++;
      const r = this.value(this.level(i + 1));
      if (skip) this.noeval--;
      left = { v: this.binary(op, l, r) };
    }
    return left;
  }

  private binary(op: string, l: bigint, r: bigint): bigint {
    switch (op) {
      case '||':
        return l !== 0n || r !== 0n ? 1n : 0n;
      case '&&':
        return l !== 0n && r !== 0n ? 1n : 0n;
      case '|':
        return l | r;
      case '^':
        return l ^ r;
      case '&':
        return l & r;
      case '==':
        return l === r ? 1n : 0n;
      case '!=':
        return l !== r ? 1n : 0n;
      case '<':
        return l < r ? 1n : 0n;
      case '>':
        return l > r ? 1n : 0n;
      case '<=':
        return l <= r ? 1n : 0n;
      case '>=':
        return l >= r ? 1n : 0n;
      case '<<':
        return wrap(l << (r & 63n)); // the x86 shift instruction uses the count modulo 64
      case '>>':
        return l >> (r & 63n);
      case '+':
        return wrap(l + r);
      case '-':
        return wrap(l - r);
      case '*':
        return wrap(l * r);
      default: // '/', '%'
        if (r === 0n) {
          if (this.noeval) return 0n;
          this.fail('division by 0', 'divide by zero');
        }
        return wrap(op === '/' ? l / r : l % r);
    }
  }

  private power(): Operand {
    const base = this.unary();
    if (!this.isOp('**')) return base;
    const b = this.value(base);
    this.next();
    const e = this.value(this.nested(() => this.power()));
    if (e < 0n) this.fail('exponent less than 0', 'exponent less than 0');
    let v = 1n;
    for (let k = 0n, sq = b; k < 64n && e >> k > 0n; k++, sq = wrap(sq * sq)) if ((e >> k) & 1n) v = wrap(v * sq);
    return { v };
  }

  private unary(): Operand {
    if (this.isOp('!', '~', '-', '+')) {
      const op = this.opText();
      this.next();
      const v = this.value(this.nested(() => this.unary()));
      return { v: op === '!' ? (v === 0n ? 1n : 0n) : op === '~' ? ~v : op === '-' ? wrap(-v) : v };
    }
    if (this.isOp('++', '--')) {
      const op = this.opText();
      this.next();
      const t = this.tok;
      if (t.k !== 'id') this.fail('syntax error: operand expected');
      this.next();
      return { v: this.assign(t.name, wrap(this.value({ name: t.name }) + (op === '++' ? 1n : -1n))) };
    }
    return this.postfix();
  }

  private postfix(): Operand {
    const t = this.tok;
    if (t.k === 'num') {
      this.next();
      return { v: t.v };
    }
    if (t.k === 'id') {
      this.next();
      if (this.isOp('++', '--')) {
        const old = this.value({ name: t.name });
        this.assign(t.name, wrap(old + (this.opText() === '++' ? 1n : -1n)));
        this.next();
        return { v: old };
      }
      return { name: t.name };
    }
    if (this.isOp('(')) {
      this.next();
      const v = this.value(this.nested(() => this.comma()));
      if (!this.isOp(')')) this.fail("missing `)'");
      this.next();
      return { v };
    }
    this.fail('syntax error: operand expected');
  }
}

/** The value of one digit in `base` (bash: 0-9, a-z, A-Z, @, _; letters fold below base 37). */
function digitOf(ch: string, base: number): number | undefined {
  if (/[0-9]/.test(ch)) return Number(ch);
  if (/[a-z]/.test(ch)) return ch.charCodeAt(0) - 87;
  if (/[A-Z]/.test(ch)) return ch.charCodeAt(0) - (base <= 36 ? 55 : 29);
  if (ch === '@') return 62;
  if (ch === '_') return 63;
  return undefined;
}
