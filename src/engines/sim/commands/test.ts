/**
 * `test EXPR` and `[ EXPR ]` (bash manual, "Bash Conditional Expressions" and the `test` builtin; POSIX
 * `test` with its rules by number of arguments). File tests read the simulated filesystem.
 */
import type { Command, Ctx } from '../shell/types';
import { listDir, readFile, resolvePath } from '../shell/vfs';
import { notSimulated } from './honesty';

/** An error, in bash's words and BusyBox's (both exit 2). */
class TestError {
  constructor(
    readonly bash: string,
    readonly sh: string,
  ) {}
}

const UNARY = new Set(['-e', '-f', '-d', '-r', '-w', '-x', '-s', '-n', '-z', '-L', '-h', '-a']);
/** Real unary tests about things the simulated filesystem does not model (devices, modes, terminals). */
const UNARY_UNSIMULATED = new Set(['-b', '-c', '-p', '-S', '-t', '-u', '-g', '-k', '-O', '-G', '-N']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const BINARY_UNSIMULATED = new Set(['-nt', '-ot', '-ef']);

/** Signals "not simulated" from deep inside the evaluation. */
class Unsimulated {
  constructor(readonly op: string) {}
}

function evaluate(args: string[], ctx: Ctx): boolean {
  const fileTest = (op: string, arg: string): boolean => {
    const path = resolvePath(ctx.frame.cwd, arg);
    const dir = arg !== '' && listDir(ctx.sim, ctx.frame, path) !== undefined;
    const file = arg !== '' && !dir ? readFile(ctx.sim, ctx.frame, path, ctx.selfPid, 0) : undefined;
    const exists = dir || (file !== undefined && (file.ok || file.errno === 'EACCES'));
    switch (op) {
      case '-e':
      case '-a':
        return exists;
      case '-f':
        return !dir && exists;
      case '-d':
        return dir;
      case '-s':
        return dir || (file?.ok === true && file.text.length > 0);
      case '-r':
        return dir || file?.ok === true;
      case '-w':
        // Root may write anything; others their home and /tmp (the modes the simulated tree implies).
        return exists && (ctx.uid === 0 || path.startsWith(`${ctx.frame.home}/`) || path.startsWith('/tmp/'));
      case '-x':
        return dir; // the simulated tree has no executable files of its own
      default: // -L, -h: the simulated tree has no symbolic links
        return false;
    }
  };
  const int = (s: string): bigint => {
    if (!/^\s*[-+]?\d+\s*$/.test(s)) throw new TestError(`${s}: integer expression expected`, `${s}: bad number`);
    const v = BigInt(s.trim());
    if (BigInt.asIntN(64, v) !== v) throw new TestError(`${s}: integer expression expected`, `${s}: out of range`);
    return v;
  };
  const binary = (a: string, op: string, b: string): boolean => {
    if (BINARY_UNSIMULATED.has(op)) throw new Unsimulated(op);
    switch (op) {
      case '=':
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      case '<':
        return a < b;
      case '>':
        return a > b;
    }
    const [x, y] = [int(a), int(b)];
    return op === '-eq'
      ? x === y
      : op === '-ne'
        ? x !== y
        : op === '-lt'
          ? x < y
          : op === '-le'
            ? x <= y
            : op === '-gt'
              ? x > y
              : x >= y;
  };
  const unary = (op: string, arg: string): boolean => {
    if (UNARY_UNSIMULATED.has(op)) throw new Unsimulated(op);
    if (op === '-n') return arg !== '';
    if (op === '-z') return arg === '';
    return fileTest(op, arg);
  };
  const isBinary = (op: string | undefined) =>
    op !== undefined && (BINARY.has(op) || BINARY_UNSIMULATED.has(op) || op === '-a' || op === '-o');
  const isUnary = (op: string | undefined) => op !== undefined && (UNARY.has(op) || UNARY_UNSIMULATED.has(op));

  // POSIX: the meaning depends on the number of arguments (XCU `test`, "APPLICATION USAGE").
  const byCount = (a: string[]): boolean => {
    const [x, y, z] = a as [string, string, string];
    switch (a.length) {
      case 0:
        return false;
      case 1:
        return x !== '';
      case 2:
        if (x === '!') return y === '';
        if (isUnary(x)) return unary(x, y);
        throw new TestError(`${x}: unary operator expected`, `${y}: unknown operand`);
      case 3:
        if (y === '-a') return x !== '' && z !== '';
        if (y === '-o') return x !== '' || z !== '';
        if (isBinary(y)) return binary(x, y, z);
        if (x === '!') return !byCount([y, z]);
        if (x === '(' && z === ')') return y !== '';
        throw new TestError(`${y}: binary operator expected`, `${y}: unknown operand`);
      case 4:
        if (x === '!') return !byCount(a.slice(1));
        if (x === '(' && a[3] === ')') return byCount([y, z]);
    }
    return general(a);
  };
  // More than four arguments: `-a` binds tighter than `-o`, `!` and parentheses group.
  const general = (a: string[]): boolean => {
    let k = 0;
    const primary = (): boolean => {
      const t = a[k];
      if (t === undefined) throw new TestError('argument expected', 'argument expected');
      if (t === '!') {
        k++;
        return !primary();
      }
      if (t === '(') {
        k++;
        const v = or();
        if (a[k++] !== ')') throw new TestError("`)' expected", 'missing )');
        return v;
      }
      if (isUnary(t) && a[k + 1] !== undefined) {
        k += 2;
        return unary(t, a[k - 1] as string);
      }
      if (a[k + 1] !== undefined && isBinary(a[k + 1]) && a[k + 1] !== '-a' && a[k + 1] !== '-o') {
        k += 3;
        if (a[k - 1] === undefined) throw new TestError(`${a[k - 2]}: argument expected`, 'argument expected');
        return binary(t, a[k - 2] as string, a[k - 1] as string);
      }
      k++;
      return t !== '';
    };
    const and = (): boolean => {
      let v = primary();
      while (a[k] === '-a') {
        k++;
        v = primary() && v;
      }
      return v;
    };
    const or = (): boolean => {
      let v = and();
      while (a[k] === '-o') {
        k++;
        v = and() || v;
      }
      return v;
    };
    const v = or();
    if (k < a.length) throw new TestError('too many arguments', `${a[k]}: unknown operand`);
    return v;
  };
  return byCount(args);
}

/** `test` or `[`: 0 when the expression is true, 1 when false, 2 on an error. */
function createTest(name: 'test' | '['): Command {
  return {
    name,
    usage: name === '[' ? '[ EXPRESSION ]' : 'test EXPRESSION',
    summary: 'evaluate a conditional expression',
    builtin: true,
    surface: {
      supported: [...UNARY, ...BINARY].map((op) => `${op} x${name === '[' ? ' ]' : ''}`),
      notSimulated: [...UNARY_UNSIMULATED].map((op) => `${op} x${name === '[' ? ' ]' : ''}`),
    },
    run(argv, ctx) {
      let args = argv.slice(1);
      const sh = ctx.frame.shell;
      const prefix = sh === 'bash' ? `bash: ${name}: ` : 'sh: ';
      if (name === '[') {
        if (args.at(-1) !== ']') {
          ctx.err(sh === 'bash' ? "bash: [: missing `]'\n" : 'sh: missing ]\n');
          return 2;
        }
        args = args.slice(0, -1);
      }
      try {
        return evaluate(args, ctx) ? 0 : 1;
      } catch (e) {
        if (e instanceof Unsimulated) return notSimulated(ctx, `${name} ${e.op}`);
        if (!(e instanceof TestError)) throw e;
        ctx.err(`${prefix}${e[sh]}\n`);
        return 2;
      }
    },
  };
}

export const test = createTest('test');
export const bracket = createTest('[');
