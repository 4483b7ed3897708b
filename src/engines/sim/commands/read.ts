/**
 * `read [-r] [-p PROMPT] [NAME…]` (bash manual 4.2 "read"; POSIX XCU `read`; BusyBox ash): one line of
 * standard input split on blanks into variables, the last taking the rest. Standard input must be a
 * pipe or a file (`while read l; do …; done < f`): a running command cannot be typed to in this course.
 */
import type { Command } from '../shell/types';
import { builtinOpts } from './builtin-opts';
import { notSimulated } from './honesty';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Ch = { c: string; esc: boolean };

/**
 * Splits `chars` into `count` fields on $IFS (escaped characters never split): white space runs
 * separate and are trimmed, other IFS characters delimit one field each; the last field keeps the
 * rest of the line, less trailing white space and a single trailing delimiter (XCU `read`, 2.6.5).
 */
function split(chars: Ch[], count: number, ifs: string): string[] {
  const white = (x: Ch | undefined) => x !== undefined && !x.esc && ifs.includes(x.c) && /[ \t\n]/.test(x.c);
  const delim = (x: Ch | undefined) => x !== undefined && !x.esc && ifs.includes(x.c) && !/[ \t\n]/.test(x.c);
  const fields: string[] = [];
  let i = 0;
  while (white(chars[i])) i++;
  for (let f = 0; f < count - 1; f++) {
    let field = '';
    for (; i < chars.length && !white(chars[i]) && !delim(chars[i]); i++) field += (chars[i] as Ch).c;
    fields.push(field);
    while (white(chars[i])) i++;
    if (delim(chars[i])) i++;
    while (white(chars[i])) i++;
  }
  let end = chars.length;
  while (end > i && white(chars[end - 1])) end--;
  const rest = chars.slice(i, end);
  if (delim(rest.at(-1)) && !rest.slice(0, -1).some(delim)) rest.pop();
  fields.push(rest.map((x) => x.c).join(''));
  return fields;
}

export const read: Command = {
  name: 'read',
  usage: 'read [-r] [-p PROMPT] [NAME]...',
  summary: 'read a line into variables',
  builtin: true,
  surface: {
    supported: ['-r x < /etc/hostname'],
    notSimulated: ['-a x', '-d x', '-n 1', '-N 1', '-s', '-t 1', '-u 3', '-e', '-i x'],
  },
  run(argv, ctx) {
    const bash = ctx.frame.shell === 'bash';
    // -p takes the prompt as the next argument; it is shown only when input is a terminal (never here).
    const args = argv.slice();
    const p = args.indexOf('-p');
    if (p > 0 && p < args.length - 1 && args.slice(1, p).every((a) => a.startsWith('-'))) args.splice(p, 2);
    const o = builtinOpts(
      ctx,
      args,
      'r',
      bash ? 'adnNstuei' : 'dnstu',
      'read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]',
    );
    if (typeof o === 'number') return o;
    const names = o.args.length ? o.args : ['REPLY'];
    const bad = names.find((n) => !NAME.test(n));
    if (bad !== undefined) {
      ctx.err(bash ? `bash: read: \`${bad}': not a valid identifier\n` : `sh: read: '${bad}': bad variable name\n`);
      return 1;
    }
    let got = ctx.readLine();
    if (got === undefined)
      return notSimulated(
        ctx,
        'read from the terminal',
        undefined,
        'a running command cannot be typed to here; give it a file or a pipe',
      );
    const chars: Ch[] = [];
    let complete = got !== null && got.newline;
    for (let text = got?.line ?? ''; ;) {
      let continued = false;
      for (let i = 0; i < text.length; i++) {
        const c = text[i] as string;
        if (c === '\\' && !o.opts.has('r')) {
          if (i === text.length - 1)
            continued = true; // a backslash at the end joins the next line
          else chars.push({ c: text[++i] as string, esc: true });
        } else chars.push({ c, esc: false });
      }
      if (!continued || !complete) break;
      got = ctx.readLine() ?? null;
      complete = got !== null && got.newline;
      text = got?.line ?? '';
      if (got === null) break;
    }
    // With no NAME the line goes to REPLY as it is (bash); with names, split on blanks.
    const ifs = ctx.frame.vars.get('IFS') ?? ' \t\n';
    const values = o.args.length ? split(chars, names.length, ifs) : [chars.map((x) => x.c).join('')];
    names.forEach((n, i) => {
      if (!ctx.frame.vars.has(n)) (ctx.frame.unexported ??= new Set()).add(n);
      ctx.frame.vars.set(n, values[i] ?? '');
    });
    // At the end of input without a newline the data is still assigned, and read fails.
    return complete ? 0 : 1;
  },
};
