/** Tiny shell builtins: cd, pwd, export, true, false. */
import type { Command } from '../shell/types';
import { listDir, resolvePath } from '../shell/vfs';

/** `cd [DIR]`: changes the shell's working directory. */
export const cd: Command = {
  name: 'cd',
  usage: 'cd [DIR]',
  summary: 'change directory',
  builtin: true,
  run(argv, ctx) {
    const target = resolvePath(ctx.frame.cwd, argv[1] ?? ctx.frame.home);
    if (listDir(ctx.sim, ctx.frame, target) === undefined) {
      ctx.err(
        ctx.frame.shell === 'bash'
          ? `bash: cd: ${argv[1]}: No such file or directory\n`
          : `sh: cd: can't cd to ${argv[1]}: No such file or directory\n`,
      );
      return ctx.frame.shell === 'bash' ? 1 : 2;
    }
    ctx.frame.cwd = target;
    return 0;
  },
};

/** `pwd`: prints the working directory. */
export const pwd: Command = {
  name: 'pwd',
  usage: 'pwd',
  summary: 'print working directory',
  builtin: true,
  run(_argv, ctx) {
    ctx.out(`${ctx.frame.cwd}\n`);
    return 0;
  },
};

/** `export NAME=VALUE…`: sets shell variables. */
export const exportCmd: Command = {
  name: 'export',
  usage: 'export NAME=VALUE...',
  summary: 'set a variable',
  builtin: true,
  run(argv, ctx) {
    for (const a of argv.slice(1)) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(a);
      if (!m) {
        ctx.err(`bash: export: \`${a}': not a valid identifier\n`);
        return 1;
      }
      if (m[2] !== undefined) ctx.frame.vars.set(m[1] as string, m[2]);
    }
    return 0;
  },
};

/** `true`: succeeds. */
export const trueCmd: Command = { name: 'true', usage: 'true', summary: 'exit 0', builtin: true, run: () => 0 };
/** `false`: fails. */
export const falseCmd: Command = { name: 'false', usage: 'false', summary: 'exit 1', builtin: true, run: () => 1 };
