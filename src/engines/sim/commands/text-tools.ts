/** Filters for pipes: grep, head, tail, wc. They read files or stdin. */
import type { Command, Ctx } from '../shell/types';
import { readFile, resolvePath, STRERROR } from '../shell/vfs';
import { parseOpts } from './opts';
import { hogUntilKilled } from './memory-hog';

/** The input text: the named file, or stdin. */
function input(ctx: Ctx, name: string, file?: string): string | null {
  if (file === undefined) return ctx.stdin ?? '';
  const res = readFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, file), ctx.selfPid, ctx.uid);
  if (res.ok) return res.text;
  ctx.err(`${name}: ${file}: ${STRERROR[res.errno]}\n`);
  return null;
}

/** Lines of a text, without the empty string after a final newline. */
function lines(text: string): string[] {
  const l = text.split('\n');
  if (l.at(-1) === '') l.pop();
  return l;
}

/** `grep [-i] [-v] [-c] PATTERN [FILE]`: fixed-string match (regex syntax is not modelled). */
export const grep: Command = {
  name: 'grep',
  usage: 'grep [-ivc] PATTERN [FILE]',
  summary: 'print matching lines',
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), { flags: { '-i': 'i', '-v': 'v', '-c': 'c', '-E': 'E', '-F': 'F' } });
    if (p.unknown) {
      ctx.err(
        `grep: invalid option -- '${p.unknown.replace(/^-+/, '')}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\n`,
      );
      return 2;
    }
    const [pattern, file] = p.args;
    if (pattern === undefined) {
      ctx.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    const text = input(ctx, 'grep', file);
    if (text === null) return 2;
    const needle = p.opts.i ? pattern.toLowerCase() : pattern;
    const hits = lines(text).filter((l) => (p.opts.i ? l.toLowerCase() : l).includes(needle) !== Boolean(p.opts.v));
    ctx.out(p.opts.c ? `${hits.length}\n` : hits.map((l) => `${l}\n`).join(''));
    return hits.length ? 0 : 1;
  },
};

/** head/tail share option parsing: `-n N` or `-N`. */
function headTail(name: 'head' | 'tail', pick: (l: string[], n: number) => string[]): Command {
  return {
    name,
    usage: `${name} [-n N] [FILE]`,
    summary: name === 'head' ? 'first lines' : 'last lines',
    run(argv, ctx) {
      const args = argv.slice(1).map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
      const p = parseOpts(args, { values: { '-n': 'n', '--lines': 'n' }, flags: { '-f': 'f' } });
      if (p.unknown) {
        ctx.err(`${name}: invalid option -- '${p.unknown.replace(/^-+/, '')}'\n`);
        return 1;
      }
      if (name === 'tail' && p.args[0] === '/dev/zero') return hogUntilKilled(ctx);
      const n = Number(p.opts.n ?? 10);
      if (!Number.isInteger(n) || n < 0) {
        ctx.err(`${name}: invalid number of lines: '${p.opts.n}'\n`);
        return 1;
      }
      const text = input(ctx, name, p.args[0]);
      if (text === null) return 1;
      ctx.out(
        pick(lines(text), n)
          .map((l) => `${l}\n`)
          .join(''),
      );
      return 0;
    },
  };
}

/** `head`: first N lines. */
export const head = headTail('head', (l, n) => l.slice(0, n));
/** `tail`: last N lines; `tail /dev/zero` never finds a newline and grows until the OOM killer stops it. */
export const tail = headTail('tail', (l, n) => (n === 0 ? [] : l.slice(-n)));

/** `wc [-l|-w|-c] [FILE]`. */
export const wc: Command = {
  name: 'wc',
  usage: 'wc [-lwc] [FILE]',
  summary: 'count lines, words, bytes',
  run(argv, ctx) {
    const p = parseOpts(argv.slice(1), { flags: { '-l': 'l', '-w': 'w', '-c': 'c' } });
    if (p.unknown) {
      ctx.err(`wc: invalid option -- '${p.unknown.replace(/^-+/, '')}'\n`);
      return 1;
    }
    const text = input(ctx, 'wc', p.args[0]);
    if (text === null) return 1;
    const counts = {
      l: (text.match(/\n/g) ?? []).length,
      w: text.split(/\s+/).filter(Boolean).length,
      c: new TextEncoder().encode(text).length,
    };
    const chosen = (['l', 'w', 'c'] as const).filter((k) => p.opts[k]);
    const shown = (chosen.length ? chosen : (['l', 'w', 'c'] as const)).map((k) =>
      String(counts[k]).padStart(chosen.length === 1 ? 0 : 7),
    );
    ctx.out(`${shown.join(' ')}${p.args[0] ? ` ${p.args[0]}` : ''}\n`);
    return 0;
  },
};
