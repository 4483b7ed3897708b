/** Filters for pipes: head, tail, wc (grep has its own file). They read files or stdin. */
import type { Command, Ctx } from '../shell/types';
import { readFile, resolvePath, STRERROR } from '../shell/vfs';
import { viewOf } from '../shell/view';
import { notSimulated, optionError, surfaceOf } from './honesty';
import { hogUntilKilled } from './memory-hog';
import { parseOpts, type OptSpec } from './opts';

export { grep } from './grep';

/** The input text: the named file (`-` is stdin), or stdin. */
function input(ctx: Ctx, name: string, file?: string): string | null {
  if (file === undefined || file === '-') return ctx.readStdin() ?? '';
  const res = readFile(ctx.sim, ctx.frame, resolvePath(ctx.frame.cwd, file), ctx.selfPid, ctx.uid);
  if (res.ok) return res.text;
  const why = STRERROR[res.errno];
  const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
  ctx.err(
    name === 'wc' || busybox
      ? `${name}: ${busybox ? `can't open '${file}'` : file}: ${why}\n`
      : `${name}: cannot open '${file}' for reading: ${why}\n`,
  );
  return null;
}

/** Lines of a text, without the empty string after a final newline. */
function lines(text: string): string[] {
  const l = text.split('\n');
  if (l.at(-1) === '') l.pop();
  return l;
}

const COMMON = ['--help', '--version'];
const HEAD: OptSpec = {
  values: { '-n': 'n', '--lines': 'n' },
  flags: { '-q': 'q', '--quiet': 'q', '--silent': 'q', '-v': 'v', '--verbose': 'v' },
  unsimulated: ['-c', '--bytes', '-z', '--zero-terminated', ...COMMON],
};
const TAIL: OptSpec = {
  ...HEAD,
  unsimulated: [
    ...(HEAD.unsimulated ?? []),
    ...['-f', '--follow', '-F', '-s', '--sleep-interval', '--pid', '--retry', '--max-unchanged-stats'],
  ],
};

/** head/tail share option parsing: `-n N`, `-N`; with several files each gets a `==> FILE <==` header. */
function headTail(name: 'head' | 'tail', spec: OptSpec, pick: (l: string[], n: number) => string[]): Command {
  return {
    name,
    usage: `${name} [-n N] [FILE]...`,
    summary: name === 'head' ? 'first lines' : 'last lines',
    surface: surfaceOf(spec),
    run(argv, ctx) {
      const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
      const args = argv.slice(1).map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
      const p = parseOpts(args, spec);
      const bad = optionError(ctx, name, p, { busybox });
      if (bad !== null) return bad;
      if (name === 'tail' && p.args[0] === '/dev/zero') return hogUntilKilled(ctx);
      const raw = String(p.opts.n ?? 10);
      if (/^[+-]/.test(raw)) return notSimulated(ctx, `${name} -n ${raw[0]}N (counting from the other end)`);
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) {
        ctx.err(`${name}: invalid number of lines: '${p.opts.n}'\n`);
        return 1;
      }
      const files = p.args.length ? p.args : [undefined];
      const headers = (files.length > 1 && !p.opts.q) || p.opts.v === true;
      let code = 0;
      files.forEach((f, i) => {
        const text = input(ctx, name, f);
        if (text === null) {
          code = 1;
          return;
        }
        const shown = f === undefined || f === '-' ? 'standard input' : f;
        if (headers) ctx.out(`${i > 0 ? '\n' : ''}==> ${shown} <==\n`);
        ctx.out(
          pick(lines(text), n)
            .map((l) => `${l}\n`)
            .join(''),
        );
      });
      return code;
    },
  };
}

/** `head`: first N lines. */
export const head = headTail('head', HEAD, (l, n) => l.slice(0, n));
/** `tail`: last N lines; `tail /dev/zero` never finds a newline and grows until the OOM killer stops it. */
export const tail = headTail('tail', TAIL, (l, n) => (n === 0 ? [] : l.slice(-n)));

const WC: OptSpec = {
  flags: { '-l': 'l', '--lines': 'l', '-w': 'w', '--words': 'w', '-c': 'c', '--bytes': 'c', '-m': 'm', '--chars': 'm' },
  unsimulated: ['-L', '--max-line-length', '--files0-from', '--total', ...COMMON],
};

/** `wc [-lwcm] [FILE]...`: with several files, a `total` line follows. */
export const wc: Command = {
  name: 'wc',
  usage: 'wc [-lwcm] [FILE]...',
  summary: 'count lines, words, bytes',
  surface: surfaceOf(WC),
  run(argv, ctx) {
    const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
    const p = parseOpts(argv.slice(1), WC);
    const bad = optionError(ctx, 'wc', p, { busybox });
    if (bad !== null) return bad;
    const keys = (['l', 'w', 'm', 'c'] as const).filter((k) => p.opts[k]);
    const chosen = keys.length ? keys : (['l', 'w', 'c'] as const);
    const files = p.args.length ? p.args : [undefined];
    const total = { l: 0, w: 0, m: 0, c: 0 };
    const rows: Array<[typeof total, string]> = [];
    let code = 0;
    for (const f of files) {
      const text = input(ctx, 'wc', f);
      if (text === null) {
        code = 1;
        continue;
      }
      const c = {
        l: (text.match(/\n/g) ?? []).length,
        w: text.split(/\s+/).filter(Boolean).length,
        m: [...text].length,
        c: new TextEncoder().encode(text).length,
      };
      for (const k of chosen) total[k] += c[k];
      rows.push([c, f ?? '']);
    }
    if (files.length > 1) rows.push([total, 'total']);
    // One count alone is printed bare; several are right-aligned to a common width (7 for stdin).
    const width = chosen.length === 1 && rows.length === 1 ? 0 : 7;
    ctx.out(
      rows
        .map(([c, f]) => `${chosen.map((k) => String(c[k]).padStart(width)).join(' ')}${f ? ` ${f}` : ''}\n`)
        .join(''),
    );
    return code;
  },
};
