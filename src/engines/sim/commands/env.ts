/** `env`: prints the environment, or runs a command in a changed one. */
import type { Command } from '../shell/types';
import { hasTool } from '../shell/toolset';
import { viewOf } from '../shell/view';
import { optionError, surfaceOf } from './honesty';
import { parseOpts, type OptSpec } from './opts';

/** GNU env's options (BusyBox has -i, -u and -0). */
const SPEC: OptSpec = {
  flags: { '-i': 'i', '--ignore-environment': 'i' },
  values: { '-u': 'u', '--unset': 'u' },
  unsimulated: [
    '-0',
    '--null',
    '-C',
    '--chdir',
    '-S',
    '--split-string',
    '-v',
    '--debug',
    '-a',
    '--argv0',
    '--block-signal',
    '--default-signal',
    '--ignore-signal',
    '--list-signal-handling',
    '--help',
    '--version',
  ],
  stopAtPositional: true,
};

/** Shell builtins that also exist as programs in /bin, so env can run them. */
const ALSO_PROGRAMS = new Set(['echo', 'true', 'false', 'pwd']);

/** `env [-i] [-u NAME] [NAME=VALUE]… [COMMAND [ARG]…]`; `find` looks commands up (no import cycle). */
export function createEnv(find: (name: string) => Command | undefined): Command {
  return {
    name: 'env',
    usage: 'env [-i] [-u NAME] [NAME=VALUE]... [COMMAND [ARG]...]',
    summary: 'print or change environment variables',
    surface: surfaceOf(SPEC),
    run(argv, ctx) {
      const args = argv.slice(1);
      if (args[0] === '-') args[0] = '-i'; // POSIX's old spelling of -i
      const p = parseOpts(args, SPEC);
      const busybox = viewOf(ctx.sim, ctx.frame.env).os.userland === 'busybox';
      const bad = optionError(ctx, 'env', p, { busybox, status: 125 });
      if (bad !== null) return bad;
      const vars = new Map<string, string>();
      if (!p.opts.i) {
        for (const [k, v] of ctx.frame.vars) if (!ctx.frame.unexported?.has(k)) vars.set(k, v);
        if (!ctx.frame.cleanEnv) {
          // The login's HOME and USER, unless the shell changed (`export HOME=…`) or unset them.
          const keep = (k: string) => vars.has(k) || ctx.frame.unsetVars?.has(k);
          if (!keep('HOME')) vars.set('HOME', ctx.frame.home);
          vars.set('PWD', ctx.frame.cwd);
          if (ctx.frame.env.kind !== 'container' && !keep('USER')) vars.set('USER', ctx.frame.user);
        }
      }
      for (const name of p.lists.u ?? []) vars.delete(name);
      let i = 0;
      for (; i < p.args.length; i++) {
        const m = /^([^=]+)=(.*)$/s.exec(p.args[i] as string);
        if (!m) break;
        vars.set(m[1] as string, m[2] as string);
      }
      const cmd = p.args.slice(i);
      if (cmd.length === 0) {
        ctx.out([...vars].map(([k, val]) => `${k}=${val}\n`).join(''));
        return 0;
      }
      const prog = cmd[0] as string;
      const found = find(prog.slice(prog.lastIndexOf('/') + 1));
      if (!found || !(hasTool(ctx.sim, ctx.frame.env, found.name) || ALSO_PROGRAMS.has(found.name))) {
        ctx.err(
          busybox
            ? `env: can't execute '${prog}': No such file or directory\n`
            : `env: '${prog}': No such file or directory\n`,
        );
        return 127;
      }
      return ctx.run(cmd, { ...ctx.frame, vars, cleanEnv: true });
    },
  };
}
