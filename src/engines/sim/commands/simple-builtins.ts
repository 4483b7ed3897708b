/** Tiny shell builtins: cd, pwd, true, false, `:`. */
import type { Command } from '../shell/types';
import { listDir, readFile, resolvePath } from '../shell/vfs';
import { builtinOpts } from './builtin-opts';
import { NO_OPTIONS } from './honesty';

/** `cd [-L|-P] [DIR|-]`: changes the shell's working directory (the simulated tree has no symlinks, so -L = -P). */
export const cd: Command = {
  name: 'cd',
  usage: 'cd [DIR]',
  summary: 'change directory',
  builtin: true,
  surface: { supported: ['-L', '-P', '-', '/'], notSimulated: ['-e', '-@'] },
  run(argv, ctx) {
    const o = builtinOpts(ctx, argv, 'LP', 'e@', 'cd [-L|[-P [-e]] [-@]] [dir]');
    if (typeof o === 'number') return o;
    const vars = ctx.frame.vars;
    if (o.args.length > 1 && ctx.frame.shell === 'bash') {
      ctx.err('bash: cd: too many arguments\n');
      return 1;
    }
    let arg = o.args[0];
    const back = arg === '-';
    if (back) {
      arg = vars.get('OLDPWD');
      if (arg === undefined) {
        ctx.err(`${ctx.frame.shell}: cd: OLDPWD not set\n`);
        return 1;
      }
    }
    if (arg === undefined) {
      // Plain `cd` goes to $HOME, not to the account's home: `HOME=/tmp cd` lands in /tmp.
      arg = vars.get('HOME') ?? (ctx.frame.unsetVars?.has('HOME') ? undefined : ctx.frame.home);
      if (arg === undefined) {
        ctx.err(`${ctx.frame.shell}: cd: HOME not set\n`);
        return 1;
      }
    }
    const target = resolvePath(ctx.frame.cwd, arg);
    if (listDir(ctx.sim, ctx.frame, target) === undefined) {
      const file = readFile(ctx.sim, ctx.frame, target, ctx.selfPid, 0);
      const why = file.ok || file.errno === 'EACCES' ? 'Not a directory' : 'No such file or directory';
      ctx.err(ctx.frame.shell === 'bash' ? `bash: cd: ${arg}: ${why}\n` : `sh: cd: can't cd to ${arg}: ${why}\n`);
      return ctx.frame.shell === 'bash' ? 1 : 2;
    }
    vars.set('OLDPWD', ctx.frame.cwd);
    ctx.frame.cwd = target;
    if (back) ctx.out(`${target}\n`);
    return 0;
  },
};

/** `pwd [-L|-P]`: prints the working directory (no symlinks in the simulated tree: both agree). */
export const pwd: Command = {
  name: 'pwd',
  usage: 'pwd',
  summary: 'print working directory',
  builtin: true,
  surface: { supported: ['-L', '-P'], notSimulated: [] },
  run(argv, ctx) {
    const o = builtinOpts(ctx, argv, 'LP', '', 'pwd [-LP]');
    if (typeof o === 'number') return o;
    ctx.out(`${ctx.frame.cwd}\n`);
    return 0;
  },
};

/** `true`: succeeds (bash's builtin ignores its arguments). */
export const trueCmd: Command = {
  name: 'true',
  usage: 'true',
  summary: 'exit 0',
  builtin: true,
  surface: NO_OPTIONS,
  run: () => 0,
};
/** `:`: does nothing and succeeds (POSIX special builtin; `while :; do …`). */
export const colon: Command = {
  name: ':',
  usage: ':',
  summary: 'do nothing, successfully',
  builtin: true,
  surface: NO_OPTIONS,
  run: () => 0,
};
/** `false`: fails (bash's builtin ignores its arguments). */
export const falseCmd: Command = {
  name: 'false',
  usage: 'false',
  summary: 'exit 1',
  builtin: true,
  surface: NO_OPTIONS,
  run: () => 1,
};
