/**
 * `sed` with its `s` command only (GNU sed 4.9 manual, "The s Command"; BusyBox sed): enough to edit a
 * Dockerfile in place (`sed -i 's/nginx:1.31/nginx:1.31.3/' Dockerfile`). Other sed commands and addresses
 * are real but not modelled, and say so.
 */
import type { Command, Ctx } from '../shell/types';
import { readFile, resolvePath, STRERROR, writeFile } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';
import { posixToJs, RegexError } from './posix-regex';

const SPEC: OptSpec = {
  flags: { '-i': 'i', '--in-place': 'i', '-E': 'E', '-r': 'E', '--regexp-extended': 'E', '-n': 'n', '--quiet': 'n', '--silent': 'n' }, // prettier-ignore
  values: { '-e': 'e', '--expression': 'e' },
  unsimulated: ['-f', '--file', '-s', '--separate', '-z', '--null-data', '-u', '--unbuffered', '-l', '--line-length', '--posix', '--debug', '--sandbox', '--follow-symlinks', '-b', '--binary', '--help', '--version'], // prettier-ignore
};

const USAGE = 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n';

/** One `s/RE/REPL/FLAGS` command, compiled. */
interface Subst {
  re: RegExp;
  repl: string;
  nth: number;
  global: boolean;
  print: boolean;
}

/** Parses a script of `s` commands separated by `;` or newlines; the error text or "not simulated" otherwise. */
function parseScript(script: string, ere: boolean, n: number): Subst[] | { error: string } | { unsimulated: true } {
  const out: Subst[] = [];
  let i = 0;
  const at = (pos: number, what: string) => ({ error: `sed: -e expression #${n}, char ${pos}: ${what}` });
  while (i < script.length) {
    while (/[\s;]/.test(script[i] ?? '')) i++;
    if (i >= script.length) break;
    if (script[i] !== 's') return { unsimulated: true };
    const delim = script[i + 1];
    if (delim === undefined || delim === '\\' || delim === '\n') return at(i + 1, "unterminated `s' command");
    const parts: string[] = [];
    let cur = '';
    let j = i + 2;
    for (; j < script.length && parts.length < 2; j++) {
      const ch = script[j] as string;
      if (ch === '\\' && script[j + 1] === delim) {
        cur += delim;
        j++;
      } else if (ch === '\\') {
        cur += ch + (script[j + 1] ?? '');
        j++;
      } else if (ch === delim) {
        parts.push(cur);
        cur = '';
      } else cur += ch;
    }
    if (parts.length < 2) return at(script.length, "unterminated `s' command");
    const flags = /^[0-9gpiI]*/.exec(script.slice(j))?.[0] ?? '';
    j += flags.length;
    if (j < script.length && !/[\s;]/.test(script[j] as string)) return at(j + 1, "unknown option to `s'");
    let source: string;
    try {
      source = posixToJs(parts[0] as string, ere);
    } catch (e) {
      return { error: `sed: -e expression #${n}, char ${j}: ${e instanceof RegexError ? e.message : 'Invalid regular expression'}` }; // prettier-ignore
    }
    out.push({
      re: new RegExp(source, `g${/[iI]/.test(flags) ? 'i' : ''}`),
      repl: parts[1] as string,
      nth: Number(/\d+/.exec(flags)?.[0] ?? 1),
      global: flags.includes('g'),
      print: flags.includes('p'),
    });
    i = j;
  }
  return out;
}

/** The replacement for one match: `&` the match, `\1`…`\9` its groups, `\n` a newline. */
function expand(repl: string, m: RegExpExecArray): string {
  return repl.replace(/\\([0-9n&\\])|&/g, (_all, c: string | undefined) =>
    c === undefined ? m[0] : c === 'n' ? '\n' : c === '&' ? '&' : c === '\\' ? '\\' : (m[Number(c)] ?? ''),
  );
}

/** Applies the commands to one line; returns it and whether a `p` flag printed it. */
function apply(line: string, cmds: Subst[]): { line: string; printed: number } {
  let printed = 0;
  for (const c of cmds) {
    let count = 0;
    let done = false;
    c.re.lastIndex = 0;
    line = line.replace(c.re, (...args) => {
      count++;
      if (done || count < c.nth || (!c.global && count > c.nth)) return args[0] as string;
      if (!c.global) done = true;
      const m = Object.assign([...args.slice(0, -2)] as string[], {
        index: 0,
        input: '',
      }) as unknown as RegExpExecArray;
      return expand(c.repl, m);
    });
    if (count >= c.nth && c.print) printed++;
  }
  return { line, printed };
}

/** `sed [-i] [-n] [-E] [-e] 's/RE/REPL/[g]' [FILE…]`. */
export const sed: Command = {
  name: 'sed',
  usage: "sed [-i] [-n] [-E] 's/RE/REPL/[gpI]' [FILE...]",
  summary: 'stream editor (the s command)',
  surface: { ...surfaceOf(SPEC), supported: ['s/a/b/', '-E s/a/b/', '-n s/a/b/p', '-e s/a/b/g'] },
  run(argv, ctx: Ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'sed', p, { busybox, after: busybox ? '' : USAGE });
    if (bad !== null) return bad;
    const scripts = p.lists.e ?? (p.args.length ? [p.args.shift() as string] : []);
    if (!scripts.length) {
      ctx.err(USAGE);
      return 1;
    }
    const cmds: Subst[] = [];
    for (const [k, s] of scripts.entries()) {
      const r = parseScript(s, p.opts.E === true, k + 1);
      if ('unsimulated' in r) return notSimulated(ctx, `sed '${s}'`, undefined, 'only the s command is modelled');
      if ('error' in r) {
        ctx.err(`${r.error}\n`);
        return 1;
      }
      cmds.push(...r);
    }
    const edit = (text: string) => {
      const lines = text.split('\n');
      const last = lines.pop();
      if (last !== '') lines.push(last as string);
      let out = '';
      for (const l of lines) {
        const r = apply(l, cmds);
        out += `${r.line}\n`.repeat(r.printed + (p.opts.n ? 0 : 1));
      }
      return last === '' || !out ? out : out.replace(/\n$/, '');
    };
    if (!p.args.length) {
      if (p.opts.i) {
        ctx.err('sed: no input files\n');
        return 1;
      }
      ctx.out(edit(ctx.readStdin() ?? ''));
      return 0;
    }
    let code = 0;
    for (const f of p.args) {
      const path = resolvePath(ctx.frame.cwd, f);
      const r = readFile(ctx.sim, ctx.frame, path, ctx.selfPid, ctx.uid);
      if (!r.ok) {
        ctx.err(r.errno === 'EISDIR' ? `sed: couldn't edit ${f}: not a regular file\n` : `sed: can't read ${f}: ${STRERROR[r.errno]}\n`); // prettier-ignore
        code = p.opts.i && r.errno === 'EISDIR' ? 4 : 2;
        continue;
      }
      if (!p.opts.i) ctx.out(edit(r.text));
      else {
        const e = writeFile(ctx.sim, ctx.frame, path, edit(r.text), false, ctx.uid);
        if (e) {
          ctx.err(`sed: couldn't open temporary file ${path.slice(0, path.lastIndexOf('/')) || '/'}/sedAbc123: ${STRERROR[e]}\n`); // prettier-ignore
          code = 4;
        }
      }
    }
    return code;
  },
};
