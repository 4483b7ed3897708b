/**
 * `printf FORMAT [ARG]…` (bash manual 4.2 "printf"; POSIX XCU `printf`; BusyBox printf): C-style
 * conversions %s %b %c %d %i %u %x %X %o %e %E %f %g %G with flags, width and precision, the format
 * reused while arguments remain, and bash's `-v VAR`. `%q` (bash's shell quoting) is not modelled.
 */
import type { Command, Ctx } from '../shell/types';
import { notSimulated } from './honesty';
import { formatFloat, INT_MAX, isNanWord, parseFloatArg, VISIBLE } from './printf-float';

/** An error in the arguments: printing goes on (with 0 or ''), the status becomes 1. */
interface State {
  ctx: Ctx;
  failed: boolean;
  stop: boolean;
}

/** Backslash escapes of the format and of `%b` arguments; `\c` (in `%b`) stops all output. */
function unescape(text: string, st: State, inB: boolean): string {
  const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" }; // prettier-ignore
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const rest = text.slice(i + 1);
    const oct = (inB ? /^0[0-7]{0,3}/ : /^[0-7]{1,3}/).exec(rest);
    const hex = /^x[0-9A-Fa-f]{1,2}/.exec(rest);
    if (oct) {
      out += String.fromCharCode(parseInt(oct[0], 8));
      i += oct[0].length;
    } else if (hex) {
      out += String.fromCharCode(parseInt(hex[0].slice(1), 16));
      i += hex[0].length;
    } else if (rest[0] === 'c' && (inB || st.ctx.frame.shell === 'sh')) {
      // `\c` ends all output in a %b argument; in the format only BusyBox honours it.
      st.stop = true;
      return out;
    } else if ((rest[0] as string) in simple) {
      out += simple[rest[0] as string];
      i++;
    } else out += c;
  }
  return out;
}

/** An integer argument: decimal, 0x hex, 0 octal, or 'c (the character's code); errors as each shell words them. */
function integer(arg: string | undefined, st: State): bigint {
  if ((arg === undefined || arg === '') && st.ctx.frame.shell === 'sh') {
    st.failed = true; // BusyBox wants a number even for a missing argument
    st.ctx.err("sh: invalid number ''\n");
    return 0n;
  }
  if (arg === undefined || arg === '') return 0n;
  if (/^['"]/.test(arg)) return BigInt(arg.codePointAt(1) ?? 0);
  const m = /^\s*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(arg);
  const bash = st.ctx.frame.shell === 'bash';
  if (!m || m[0].length !== arg.length) {
    st.failed = true;
    st.ctx.err(bash ? `bash: printf: ${arg}: invalid number\n` : `sh: invalid number '${arg}'\n`);
    if (!m || !bash) return 0n;
  }
  const digits = m[2] as string;
  const abs = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits);
  const v = m[1] === '-' ? -abs : abs;
  if (BigInt.asIntN(64, v) === v || /^0[xX]/.test(digits)) return v;
  // Past 64 bits: bash warns and clamps (strtoimax's ERANGE); BusyBox refuses the number.
  if (!bash) {
    st.failed = true;
    st.ctx.err(`sh: invalid number '${arg}'\n`);
    return 0n;
  }
  st.ctx.err(`bash: printf: warning: ${arg}: Numerical result out of range\n`);
  return v < 0n ? -(2n ** 63n) : 2n ** 63n - 1n;
}

/** Pads `body` to `width` as the flags say (`-` left, `0` with zeros after the sign). */
function pad(body: string, width: number, flags: string, numeric: boolean): string {
  if (body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width);
  if (flags.includes('0') && numeric) {
    const sign = /^[-+ ]|^0[xX]/.exec(body)?.[0] ?? '';
    return sign + body.slice(sign.length).padStart(width - sign.length, '0');
  }
  return body.padStart(width);
}

/** One conversion of `spec` (e.g. `-05.2f`) applied to `arg`. */
function convert(
  conv: string,
  flags: string,
  width: number,
  prec: number | undefined,
  arg: string | undefined,
  st: State,
): string {
  switch (conv) {
    case 's':
      return pad((arg ?? '').slice(0, prec), width, flags, false);
    case 'b':
      return pad(unescape(arg ?? '', st, true).slice(0, prec), width, flags, false);
    case 'c':
      return pad((arg ?? '').slice(0, 1), width, flags, false);
    case 'd':
    case 'i': {
      const v = BigInt.asIntN(64, integer(arg, st));
      let body = (v < 0n ? -v : v).toString().padStart(prec ?? 0, '0');
      body = (v < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
      return pad(body, width, prec === undefined ? flags : flags.replace('0', ''), true);
    }
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      const v = BigInt.asUintN(64, integer(arg, st));
      const base = conv === 'u' ? 10 : conv === 'o' ? 8 : 16;
      let body = v.toString(base).padStart(prec ?? 0, '0');
      if (conv === 'X') body = body.toUpperCase();
      if (flags.includes('#') && v !== 0n)
        body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + body;
      return pad(body, width, flags, true);
    }
    default: {
      // e, E, f, F, g, G
      const n = parseFloatArg(arg);
      if (n === 'range') throw new FloatRange(arg ?? '');
      if (Number.isNaN(n) && !isNanWord(arg)) {
        st.failed = true;
        st.ctx.err(
          st.ctx.frame.shell === 'bash' ? `bash: printf: ${arg}: invalid number\n` : `sh: invalid number '${arg}'\n`,
        );
      }
      const v = Number.isNaN(n) && !isNanWord(arg) ? 0 : n;
      let body = formatFloat(conv, v, prec ?? 6, general);
      if (conv === 'E' || conv === 'G' || conv === 'F') body = body.toUpperCase();
      if (v >= 0 && flags.includes('+')) body = `+${body}`;
      return pad(body, width, Number.isFinite(v) ? flags : flags.replace('0', ''), true);
    }
  }
}

/** A floating argument beyond a double's range: glibc's long double holds it, JavaScript cannot. */
class FloatRange {
  constructor(readonly arg: string) {}
}

/** C's `%g`: the shorter of %e and %f at `p` significant digits, trailing zeros dropped. */
function general(v: number, p: number): string {
  if (v === 0) return '0';
  const digits = p || 1;
  const exp = Number(v.toExponential(digits - 1).split('e')[1]);
  if (exp < -4 || exp >= digits)
    return v
      .toExponential(digits - 1)
      .replace(/\.?0+e/, 'e')
      .replace(/e([+-])(\d)$/, 'e$10$2');
  const fixed = v.toFixed(Math.max(0, digits - 1 - exp));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([sbcdiuxXoeEfFgG%])?/y;

/** Formats once through `format`, taking arguments from `args` (mutated); returns the text. */
function formatOnce(format: string, args: string[], st: State): string | null {
  let out = '';
  for (let i = 0; i < format.length && !st.stop;) {
    const pct = format.indexOf('%', i);
    const lit = pct < 0 ? format.slice(i) : format.slice(i, pct);
    out += unescape(lit, st, false);
    if (pct < 0) break;
    SPEC.lastIndex = pct;
    const m = SPEC.exec(format) as RegExpExecArray;
    const conv = m[4];
    if (conv === undefined || (conv === '%' && m[0] !== '%%')) {
      const bash = st.ctx.frame.shell === 'bash';
      const what = conv === '%' ? '%' : format.slice(pct, pct + m[0].length + 1);
      st.ctx.err(
        bash
          ? `bash: printf: \`${what}': ${conv === '%' ? 'invalid format character' : 'missing format character'}\n`
          : `sh: ${conv === '%' ? format.slice(pct) : m[0]}: invalid format\n`,
      );
      return null;
    }
    i = pct + m[0].length;
    if (conv === '%') {
      out += '%';
      continue;
    }
    const width = m[2] === '*' ? Number(integer(args.shift(), st)) : Number(m[2] ?? 0);
    const prec = m[3] === undefined ? undefined : m[3] === '*' ? Number(integer(args.shift(), st)) : Number(m[3] || 0);
    const flags = (m[1] ?? '') + (width < 0 ? '-' : '');
    const arg = args.shift();
    // Past INT_MAX glibc's vsnprintf fails and bash prints nothing for the conversion; below it, anything
    // wider than the terminal keeps is cut to what it keeps (the output is truncated there anyway).
    if (Math.abs(width) > INT_MAX || (prec ?? 0) > INT_MAX) continue;
    out += convert(
      conv,
      flags,
      Math.min(Math.abs(width), VISIBLE),
      prec === undefined ? prec : Math.min(prec, VISIBLE),
      arg,
      st,
    );
  }
  return out;
}

/** `printf [-v VAR] FORMAT [ARG]…`. */
export const printf: Command = {
  name: 'printf',
  usage: 'printf [-v VAR] FORMAT [ARG]...',
  summary: 'format and print data',
  builtin: true,
  surface: { supported: ["'%s\\n' a", '-v x hi'], notSimulated: ["'%q' a"] },
  run(argv, ctx) {
    const bash = ctx.frame.shell === 'bash';
    let args = argv.slice(1);
    let target: string | undefined;
    if (bash && args[0] === '-v') {
      target = args[1];
      args = args.slice(2);
    } else if (args[0] === '--') args = args.slice(1);
    else if (bash && /^-./.test(args[0] ?? '')) {
      ctx.err(
        `bash: printf: -${(args[0] as string)[1]}: invalid option\nprintf: usage: printf [-v var] format [arguments]\n`,
      );
      return 2;
    }
    const format = args.shift();
    if (format === undefined || (bash && target === undefined && argv[1] === '-v')) {
      ctx.err(
        bash ? 'printf: usage: printf [-v var] format [arguments]\n' : 'sh: usage: printf FORMAT [ARGUMENT...]\n',
      );
      return 2;
    }
    if (/%[-+ #0*\d.]*q/.test(format)) return notSimulated(ctx, 'printf %q', undefined, 'it exists in the real bash');
    const st: State = { ctx, failed: false, stop: false };
    let out = '';
    // The format is used again while arguments remain (and once when there are none).
    try {
      do {
        const once = formatOnce(format, args, st);
        if (once === null) {
          ctx.out(out);
          return 1;
        }
        out += once;
      } while (args.length && !st.stop && /%[^%]/.test(format.replace(/%%/g, '')));
    } catch (e) {
      if (!(e instanceof FloatRange)) throw e;
      ctx.out(out);
      return notSimulated(
        ctx,
        `printf of ${e.arg}`,
        undefined,
        "it is beyond a double's range; bash's long double holds it",
      );
    }
    if (target !== undefined) ctx.frame.vars.set(target, out);
    else ctx.out(out);
    return st.failed ? 1 : 0;
  },
};
