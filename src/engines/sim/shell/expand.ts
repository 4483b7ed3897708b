/**
 * Word expansion in POSIX order (XCU 2.6; bash manual "Shell Expansions"): tilde, parameters, command
 * substitution and arithmetic; then field splitting of unquoted results on blanks (the default IFS);
 * then pathname expansion, where a pattern that matches nothing stays as it was written.
 */
import { ArithError, evalArith } from './arith';
import type { List, Word, WordPart } from './ast';
import { BraceLimit, expandBraces, MAX_BRACE_WORDS } from './braces';
import { splitOnIfs } from './ifs';
import { caseModification } from './case-mod';
import { escapeGlob, expandPathname, globToRegExp, hasMagic, unescapeGlob, type GlobFs } from './glob';

/** An expansion error (`${x:?}`, a bad substitution, arithmetic): messages per shell and exit status. */
export class ExpandError {
  constructor(
    readonly bash: string,
    readonly sh: string,
    readonly status: { bash: number; sh: number },
  ) {}
}

/** A bash expansion the simulator leaves to a real shell (arrays, `${!x}`): the line says so. */
export class ExpandUnsupported {
  constructor(
    readonly what: string,
    readonly why: string,
  ) {}
}

/** What expansion needs from the shell. */
export interface ExpandEnv {
  /** A parameter's value (special ones included), or undefined when unset. */
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  home: string;
  /** The home directory of user `name` (for `~name`), or undefined when there is no such user. */
  userHome(name: string): string | undefined;
  /** Runs a command substitution and returns its standard output. */
  cmdsub(body: List): string;
  fs: GlobFs;
  /** Which shell expands: bash has brace expansion and `${x/#pat/rep}`; ash has neither. */
  shell: 'bash' | 'sh';
}

/** Text with glob characters escaped where they came from quotes; `quoted` keeps an empty field. */
interface Field {
  pattern: string;
  quoted: boolean;
  magic: boolean;
  /** An empty field a non-white IFS character delimits (`a::b`) stays; other empty ones go. */
  keep?: boolean;
}

/** Expands words to argv: fields split, patterns matched. */
export function expandWords(words: Word[], env: ExpandEnv): string[] {
  const out: string[] = [];
  for (const w of env.shell === 'bash' ? words.flatMap(braces) : words)
    for (const f of fieldsOf(w, env)) {
      if (!f.magic) {
        out.push(unescapeGlob(f.pattern));
        continue;
      }
      const matches = expandPathname(f.pattern, env.fs);
      if (matches.length) out.push(...matches);
      else out.push(unescapeGlob(f.pattern));
    }
  return out;
}

/** bash's brace expansion of one word; past the simulator's bound, the line says so. */
function braces(word: Word): Word[] {
  try {
    return expandBraces(word);
  } catch (e) {
    if (e instanceof BraceLimit)
      throw new ExpandUnsupported(
        `brace expansion to more than ${MAX_BRACE_WORDS} words`,
        'a real bash makes them all',
      );
    throw e;
  }
}

/** Expands one word to a single string: no field splitting, no pathname expansion (assignments, redirections). */
export function expandString(word: Word, env: ExpandEnv): string {
  return word.parts.map((p) => partText(p, env)).join('');
}

/** Expands a word to a pattern: quoted parts match literally (`${x#"*"}`). */
function expandPattern(word: Word | undefined, env: ExpandEnv): string {
  if (!word) return '';
  return word.parts.map((p) => (p.kind === 'text' && !p.quoted ? p.text : escapeGlob(partText(p, env)))).join('');
}

function fieldsOf(word: Word, env: ExpandEnv): Field[] {
  const fields: Field[] = [];
  let cur: Field = { pattern: '', quoted: false, magic: false };
  const finish = () => {
    if (cur.pattern !== '' || cur.quoted || cur.keep) fields.push(cur);
    cur = { pattern: '', quoted: false, magic: false };
  };
  for (const p of word.parts) {
    if (p.kind === 'text') {
      cur.pattern += p.quoted ? escapeGlob(p.text) : p.text;
      cur.magic ||= !p.quoted && hasMagic(p.text);
      cur.quoted ||= p.quoted;
      continue;
    }
    const value = partText(p, env);
    if (p.kind === 'tilde') {
      cur.pattern += escapeGlob(value);
      continue;
    }
    if (p.quoted) {
      cur.pattern += escapeGlob(value);
      // "$@" with no positional parameters is no field at all.
      cur.quoted ||= !(p.kind === 'param' && p.name === '@');
      continue;
    }
    // Unquoted results split on $IFS and may be patterns themselves (`x='*.txt'; ls $x`).
    splitOnIfs(value, env.get('IFS')).forEach((piece, i) => {
      if (i > 0) finish();
      cur.pattern += piece.text.replace(/\\/g, '\\\\');
      cur.magic ||= hasMagic(piece.text);
      if (piece.delimited) cur.keep = true;
    });
  }
  finish();
  return fields;
}

/** The text one part expands to. */
function partText(p: WordPart, env: ExpandEnv): string {
  switch (p.kind) {
    case 'text':
      return p.text;
    case 'tilde':
      // An unknown user's `~name` stays as it is written (XCU 2.6.1).
      return p.user === undefined ? env.home : (env.userHome(p.user) ?? `~${p.user}`);
    case 'cmdsub':
      // Trailing newlines are removed (XCU 2.6.3).
      return env.cmdsub(p.body).replace(/\n+$/, '');
    case 'arith':
      return arith(expandString(p.expr, env), env);
    case 'bad': {
      const cased = env.shell === 'bash' ? caseModification(p.text, (n) => env.get(n)) : undefined;
      if (cased === 'unsupported')
        throw new ExpandUnsupported('case modification with a pattern (${x^^pat})', 'it exists in the real bash');
      if (cased !== undefined) return cased;
      if (p.unsupported)
        throw new ExpandUnsupported(
          p.unsupported,
          `${p.unsupported === 'arrays' ? 'they exist' : 'it exists'} in the real bash`,
        );
      throw new ExpandError(`${p.text}: bad substitution`, 'syntax error: bad substitution', { bash: 1, sh: 2 });
    }
    case 'param':
      return param(p, env);
  }
}

/** `$((expr))`, with bash's and ash's errors. */
export function arith(expr: string, env: Pick<ExpandEnv, 'get' | 'set'>): string {
  try {
    return String(evalArith(expr, { get: (n) => env.get(n), set: (n, v) => env.set(n, v) }));
  } catch (e) {
    if (e instanceof ArithError) throw new ExpandError(e.bash, e.sh, { bash: 1, sh: 2 });
    throw e;
  }
}

function param(p: Extract<WordPart, { kind: 'param' }>, env: ExpandEnv): string {
  const value = env.get(p.name);
  const op = p.op;
  if (op === null) return value ?? '';
  if (op === 'length') return String([...(value ?? '')].length);
  const colon = op.startsWith(':');
  const missing = value === undefined || (colon && value === '');
  switch (op) {
    case ':-':
    case '-':
      return missing ? expandString(p.arg as Word, env) : (value as string);
    case ':=':
    case '=': {
      if (!missing) return value as string;
      const v = expandString(p.arg as Word, env);
      env.set(p.name, v);
      return v;
    }
    case ':+':
    case '+':
      return missing ? '' : expandString(p.arg as Word, env);
    case ':?':
    case '?': {
      if (!missing) return value as string;
      const msg =
        expandString(p.arg as Word, env) || (value === undefined ? 'parameter not set' : 'parameter null or not set');
      throw new ExpandError(`${p.name}: ${msg}`, `${p.name}: ${msg}`, { bash: 1, sh: 2 });
    }
    case 'substring':
      return substring(value ?? '', p, env);
    default:
      return trim(value ?? '', op, expandPattern(p.arg, env), p.arg2 ? expandString(p.arg2, env) : '', env.shell);
  }
}

/** `${x:off}` / `${x:off:len}`: offsets are arithmetic; negative ones count from the end. */
function substring(value: string, p: Extract<WordPart, { kind: 'param' }>, env: ExpandEnv): string {
  const chars = [...value];
  let off = Number(arith(expandString(p.arg as Word, env), env));
  if (off < 0) off = Math.max(0, chars.length + off);
  let end = chars.length;
  if (p.arg2) {
    const len = Number(arith(expandString(p.arg2, env), env));
    end = len < 0 ? chars.length + len : off + len;
    if (end < off)
      throw new ExpandError(`${len}: substring expression < 0`, 'syntax error: bad substitution', { bash: 1, sh: 2 });
  }
  return chars.slice(off, end).join('');
}

/** `#`, `##`, `%`, `%%` remove a matching prefix or suffix; `/` and `//` replace matches. */
function trim(value: string, op: string, pattern: string, rep: string, shell: 'bash' | 'sh'): string {
  if (pattern === '') return value;
  const re = globToRegExp(pattern);
  const n = value.length;
  if (op === '#' || op === '##') {
    for (let k = 0; k <= n; k++) {
      const i = op === '#' ? k : n - k;
      if (re.test(value.slice(0, i))) return value.slice(i);
    }
    return value;
  }
  if (op === '%' || op === '%%') {
    for (let k = 0; k <= n; k++) {
      const i = op === '%' ? n - k : k;
      if (re.test(value.slice(i))) return value.slice(0, i);
    }
    return value;
  }
  if (shell === 'bash' && (pattern[0] === '#' || pattern[0] === '%')) {
    // `${x/#pat/rep}` and `${x/%pat/rep}`: the longest match anchored at the start or the end.
    const anchored = globToRegExp(pattern.slice(1));
    if (pattern[0] === '#') {
      for (let j = n; j >= 0; j--) if (anchored.test(value.slice(0, j))) return rep + value.slice(j);
    } else for (let j = 0; j <= n; j++) if (anchored.test(value.slice(j))) return value.slice(0, j) + rep;
    return value;
  }
  let out = '';
  let i = 0;
  while (i <= n) {
    let end = -1;
    for (let j = n; j > i && end < 0; j--) if (re.test(value.slice(i, j))) end = j;
    if (end < 0) {
      out += value[i] ?? '';
      i++;
      continue;
    }
    out += rep;
    if (op === '/') return out + value.slice(end);
    i = end;
  }
  return out;
}
