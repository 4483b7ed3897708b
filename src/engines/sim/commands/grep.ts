/** `grep`: POSIX basic or extended regular expressions (or fixed strings) over files or stdin. */
import type { Command, Ctx } from '../shell/types';
import { readFile, resolvePath, STRERROR } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';
import { posixToJs, RegexError } from './posix-regex';

/** GNU grep's options; those that select files or add context are real but not modelled. */
const SPEC: OptSpec = {
  flags: {
    '-i': 'i', '-y': 'i', '--ignore-case': 'i', '-v': 'v', '--invert-match': 'v', '-c': 'c', '--count': 'c',
    '-E': 'E', '--extended-regexp': 'E', '-F': 'F', '--fixed-strings': 'F', '-G': 'G', '--basic-regexp': 'G',
    '-q': 'q', '--quiet': 'q', '--silent': 'q', '-n': 'n', '--line-number': 'n', '-x': 'x', '--line-regexp': 'x',
    '-w': 'w', '--word-regexp': 'w', '-o': 'o', '--only-matching': 'o', '-s': 's', '--no-messages': 's',
    '-h': 'h', '--no-filename': 'h', '-H': 'H', '--with-filename': 'H',
  },
  values: { '-e': 'e', '--regexp': 'e' },
  unsimulated: [
    '-r', '-R', '--recursive', '--dereference-recursive', '-l', '--files-with-matches', '-L',
    '--files-without-match', '-A', '--after-context', '-B', '--before-context', '-C', '--context', '-m',
    '--max-count', '-f', '--file', '-P', '--perl-regexp', '-z', '--null-data', '-Z', '--null', '--color',
    '--colour', '-a', '--text', '-b', '--byte-offset', '-T', '--initial-tab', '-U', '--binary', '--label',
    '--line-buffered', '-D', '--devices', '-d', '--directories', '--include', '--exclude', '--exclude-dir', '-I',
    '--binary-files', '-V', '--version', '--help',
  ],
}; // prettier-ignore

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

/** The compiled pattern, or grep's message for a malformed one. */
function compile(patterns: string[], o: Record<string, string | true>): RegExp | string {
  try {
    const one = (p: string) =>
      o.F ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : posixToJs(p, o.E === true && o.G === undefined);
    let src = patterns.map((p) => `(?:${one(p)})`).join('|');
    if (o.w) src = `(?<![\\w])(?:${src})(?![\\w])`;
    if (o.x) src = `^(?:${src})$`;
    return new RegExp(src, `g${o.i ? 'i' : ''}`);
  } catch (e) {
    return e instanceof RegexError ? e.message : 'Invalid regular expression';
  }
}

/** `grep [-ivcqnxwoEFsHh] [-e PATTERN] PATTERN [FILE…]`. */
export const grep: Command = {
  name: 'grep',
  usage: 'grep [OPTION]... PATTERNS [FILE]...',
  summary: 'print matching lines',
  surface: surfaceOf(SPEC),
  run(argv, ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), SPEC);
    const bad = optionError(ctx, 'grep', p, { busybox, status: 2, after: busybox ? '' : USAGE });
    if (bad !== null) return bad;
    const o = p.opts;
    const patterns = p.lists.e ?? (p.args.length ? [p.args.shift() as string] : []);
    if (!patterns.length) {
      ctx.err(USAGE);
      return 2;
    }
    const re = compile(
      patterns.flatMap((x) => x.split('\n')),
      o,
    );
    if (typeof re === 'string') {
      ctx.err(`grep: ${re}\n`);
      return 2;
    }
    const files = p.args.length ? p.args : ['-'];
    const named = o.H === true || (files.length > 1 && !o.h);
    let matched = false;
    let failed = false;
    for (const f of files) {
      const text = f === '-' ? (ctx.readStdin() ?? '') : read(ctx, f, o.s === true);
      if (text === null) {
        failed = true;
        continue;
      }
      const n = scan(ctx, re, text, named ? `${f === '-' ? '(standard input)' : f}:` : '', o);
      matched ||= n > 0;
      if (matched && o.q) return 0;
    }
    return failed && !(o.q && matched) ? 2 : matched ? 0 : 1;
  },
};

/** A file's text, or null after grep's message (unless -s). */
function read(ctx: Ctx, file: string, quiet: boolean): string | null {
  const res = readFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, file), ctx.selfPid, ctx.uid);
  if (res.ok) return res.text;
  if (!quiet) ctx.err(`grep: ${file}: ${STRERROR[res.errno]}\n`);
  return null;
}

/** Prints the selected lines (or their count, or only the matches) of one input; returns how many were selected. */
function scan(ctx: Ctx, re: RegExp, text: string, prefix: string, o: Record<string, string | true>): number {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let count = 0;
  let out = '';
  lines.forEach((line, i) => {
    re.lastIndex = 0;
    if (re.test(line) === (o.v === true)) return;
    count++;
    const at = `${prefix}${o.n ? `${i + 1}:` : ''}`;
    if (!o.o || o.v) out += `${at}${line}\n`;
    else {
      re.lastIndex = 0;
      for (const m of line.matchAll(re)) if (m[0] !== '') out += `${at}${m[0]}\n`;
    }
  });
  if (!o.q) ctx.out(o.c ? `${prefix}${count}\n` : out);
  return count;
}
