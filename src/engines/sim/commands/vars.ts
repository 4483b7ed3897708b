/** `export` and `unset` (bash manual, "Bourne Shell Builtins"; BusyBox ash): which variables children see. */
import type { Command, Ctx } from '../shell/types';
import { builtinOpts } from './builtin-opts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The exported variables, as `env` would show them to a child. */
function exported(ctx: Ctx): Array<[string, string]> {
  const f = ctx.frame;
  const vars = new Map([...f.vars].filter(([k]) => !f.unexported?.has(k)));
  if (!f.cleanEnv) {
    if (!vars.has('HOME') && !f.unsetVars?.has('HOME')) vars.set('HOME', f.home);
    vars.set('PWD', f.cwd);
  }
  return [...vars].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `export [-n] [NAME[=VALUE]]…`, `export -p`: marks variables for the environment of commands run later. */
export const exportCmd: Command = {
  name: 'export',
  usage: 'export [-n] NAME[=VALUE]... | export -p',
  summary: 'export variables to commands',
  builtin: true,
  surface: { supported: ['A=1', '-p', '-n A'], notSimulated: ['-f'] },
  run(argv, ctx) {
    const bash = ctx.frame.shell === 'bash';
    const o = builtinOpts(
      ctx,
      argv,
      bash ? 'pn' : 'p',
      bash ? 'f' : '',
      'export [-fn] [name[=value] ...] or export -p',
    );
    if (typeof o === 'number') return o;
    const f = ctx.frame;
    if (o.args.length === 0) {
      // bash: `declare -x NAME="value"`; ash: `export NAME='value'`.
      for (const [k, v] of exported(ctx))
        ctx.out(
          bash
            ? `declare -x ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"\n`
            : `export ${k}='${v.replace(/'/g, `'"'"'`)}'\n`,
        );
      return 0;
    }
    let code = 0;
    for (const a of o.args) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!NAME.test(name)) {
        ctx.err(bash ? `bash: export: \`${a}': not a valid identifier\n` : `sh: export: ${name}: bad variable name\n`);
        code = bash ? 1 : 2;
        continue;
      }
      if (eq >= 0) {
        f.vars.set(name, a.slice(eq + 1));
        f.unsetVars?.delete(name);
      }
      if (o.opts.has('n')) (f.unexported ??= new Set()).add(name);
      else f.unexported?.delete(name);
    }
    return code;
  },
};

/** `unset [-v|-f] NAME…`: removes variables (there are no shell functions to remove). */
export const unset: Command = {
  name: 'unset',
  usage: 'unset [-v] [-f] NAME...',
  summary: 'remove variables',
  builtin: true,
  surface: { supported: ['-v A', '-f A', 'A'], notSimulated: ['-n A'] },
  run(argv, ctx) {
    const bash = ctx.frame.shell === 'bash';
    const o = builtinOpts(ctx, argv, 'vf', bash ? 'n' : '', 'unset [-f] [-v] [-n] [name ...]');
    if (typeof o === 'number') return o;
    if (o.opts.has('f')) return 0;
    for (const name of o.args) {
      if (!NAME.test(name)) {
        // bash then tries a function of that name (there is none): no error, status 0.
        if (bash) continue;
        ctx.err(`sh: unset: ${name}: bad variable name\n`);
        return 2;
      }
      ctx.frame.vars.delete(name);
      ctx.frame.unexported?.delete(name);
      // HOME and USER come from the login account; once unset they stay unset (bash: `cd: HOME not set`).
      if (name === 'HOME' || name === 'USER') (ctx.frame.unsetVars ??= new Set()).add(name);
    }
    return 0;
  },
};
